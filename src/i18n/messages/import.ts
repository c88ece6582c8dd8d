import { defineMessages } from '../languages';

/** The import dialog. MindSpore's own error text is shown verbatim, never translated. */
export const importMessages = defineMessages({
  title: { en: 'Import a configuration', zh: '导入配置' },
  pasteLabel: { en: 'Python, JSON or YAML', zh: 'Python、JSON 或 YAML' },
  pasteDescription: {
    en: 'Paste a CheckpointConfig(...) / ModelCheckpoint(...) snippet, the builder’s JSON, or a MindFormers callbacks block. Nothing is run; nothing changes until you apply it.',
    zh: '粘贴 CheckpointConfig(...) / ModelCheckpoint(...) 代码片段、配置器的 JSON 或 MindFormers callbacks 配置块。不会执行任何代码;在点击“应用”之前不会有任何改变。',
  },
  versionLabel: {
    en: 'MindSpore version (if the text does not say)',
    zh: 'MindSpore 版本(文本未注明时)',
  },
  empty: {
    en: 'Paste something to see MindSpore’s verdict.',
    zh: '粘贴内容后即可看到 MindSpore 的判定。',
  },
  detected: { en: 'Detected: {format}', zh: '识别为:{format}' },
  accepts: { en: 'MindSpore accepts this', zh: 'MindSpore 接受此配置' },
  acceptsAsIs: {
    en: 'The policy is used as given.',
    zh: '保存与保留策略按输入原样使用。',
  },
  normalises: { en: 'and normalises:', zh: '并会规范化:' },
  raises: { en: 'MindSpore raises', zh: 'MindSpore 会抛出异常' },
  unreadable: { en: 'The text cannot be read', zh: '无法读取此文本' },
  unsupported: { en: 'The builder cannot represent this', zh: '配置器无法表示此内容' },
  position: { en: 'Line {line}, column {column}', zh: '第 {line} 行,第 {column} 列' },
  positionLine: { en: 'Line {line}', zh: '第 {line} 行' },
  unreadableHelp: {
    en: 'Fix the text at the marked place; the builder reads Python literals, JSON and YAML only.',
    zh: '请修改标出位置的文本;配置器只读取 Python 字面量、JSON 和 YAML。',
  },
  unsupportedHelp: {
    en: 'Write the value as a literal (a number, string, True/False, None, list or dict).',
    zh: '请把值写成字面量(数字、字符串、True/False、None、列表或字典)。',
  },
  moreErrors: { en: 'Then also:', zh: '其后还有:' },
  notes: { en: 'Notes', zh: '说明' },
  warnings: { en: 'Warnings that would apply', zh: '将会出现的警告' },
  noWarnings: { en: 'No warnings apply.', zh: '没有适用的警告。' },
  apply: { en: 'Apply', zh: '应用' },
  cancel: { en: 'Cancel', zh: '取消' },
  close: { en: 'Close without importing', zh: '关闭,不导入' },
  applyHint: {
    en: 'Applying replaces the whole configuration and the training run with what was read.',
    zh: '应用会用读取到的内容替换整个配置和训练设置。',
  },
});

/**
 * The importer's notes by `importNoteKey(note)` (the id, or `id/variant`), filled with the note's
 * `params`. Each English text equals the importer's own message for the same params (checked by
 * src/features/import/import-notes.test.ts); a note without an entry shows the importer's English.
 */
export const importNoteMessages = defineMessages({
  'config-assumed': {
    en: 'config={name} is not assigned in the text; the import assumes it is {callee}(...) on line {line}.',
    zh: '文本中没有给 config={name} 赋值;导入时假定它就是第 {line} 行的 {callee}(...)。',
  },
  'config-not-passed': {
    en: '{callback}(...) on line {callbackLine} is not given config=, so MindSpore would use CheckpointConfig(); the import reads {config}(...) on line {configLine} as the configuration you meant.',
    zh: '第 {callbackLine} 行的 {callback}(...) 没有传入 config=,因此 MindSpore 会使用 CheckpointConfig();导入时把第 {configLine} 行的 {config}(...) 当作你想要的配置读取。',
  },
  'enc-key-length-assumed': {
    en: 'The key comes from the environment variable {name}; its length cannot be known from the code, so the builder assumes {length} bytes (AES-GCM accepts 16, 24 or 32). Change it if your key is longer.',
    zh: '密钥来自环境变量 {name};无法从代码得知其长度,因此配置器假定为 {length} 字节(AES-GCM 接受 16、24 或 32 字节)。如果你的密钥更长,请修改。',
  },
  'enc-key-length-assumed/str': {
    en: 'The key comes from the environment variable {name} (a str); its length cannot be known from the code, so the builder assumes {length} bytes (AES-GCM accepts 16, 24 or 32). Change it if your key is longer.',
    zh: '密钥来自环境变量 {name}(一个 str);无法从代码得知其长度,因此配置器假定为 {length} 字节(AES-GCM 接受 16、24 或 32 字节)。如果你的密钥更长,请修改。',
  },
  'enc-key-length-assumed/file': {
    en: 'The key comes from the file {name}; its length cannot be known from the code, so the builder assumes {length} bytes (AES-GCM accepts 16, 24 or 32). Change it if your key is longer.',
    zh: '密钥来自文件 {name};无法从代码得知其长度,因此配置器假定为 {length} 字节(AES-GCM 接受 16、24 或 32 字节)。如果你的密钥更长,请修改。',
  },
  'enc-key-expression-dropped': {
    en: "The expression given as enc_key was not kept: it may spell out the key, and the builder never keeps key material, since the state ends up in links and exports. Choose where the script reads the key (an environment variable or a file) in the form's enc_key field.",
    zh: '作为 enc_key 给出的表达式未被保留:它可能写出了密钥本身,而配置器从不保存密钥内容,因为其状态会进入链接和导出文件。请在表单的 enc_key 字段中选择脚本从何处读取密钥(环境变量或文件)。',
  },
  'enc-key-expression-dropped/json': {
    en: "The JSON's enc_key held a value that may spell out the key (text inside a list, a tuple, a dict or an expression); it was not kept: the builder never keeps key material, since the state ends up in links and exports. Choose where the script reads the key (an environment variable or a file) in the form's enc_key field.",
    zh: 'JSON 中的 enc_key 含有可能写出密钥的值(列表、元组、字典或表达式中的文本);它未被保留:配置器从不保存密钥内容,因为其状态会进入链接和导出文件。请在表单的 enc_key 字段中选择脚本从何处读取密钥(环境变量或文件)。',
  },
  'enc-key-literal-dropped': {
    en: 'The key written in the code ({length} bytes, {type}) was dropped: the builder never keeps key material, since the state ends up in links, exports and local storage. It now reads a key of the same length from the environment variable {env} at run time.',
    zh: '代码中写明的密钥({length} 字节,{type})已被丢弃:配置器从不保存密钥内容,因为其状态会进入链接、导出文件和本地存储。现在改为在运行时从环境变量 {env} 读取同样长度的密钥。',
  },
  'enc-key-literal-dropped/typed': {
    en: 'The key written in the code ({length} bytes, {type}) was dropped: the builder never keeps key material, since the state ends up in links, exports and local storage. It now reads a {type} key of the same length from the environment variable {env} at run time.',
    zh: '代码中写明的密钥({length} 字节,{type})已被丢弃:配置器从不保存密钥内容,因为其状态会进入链接、导出文件和本地存储。现在改为在运行时从环境变量 {env} 读取同样长度的 {type} 密钥。',
  },
  'enc-key-literal-dropped/json': {
    en: 'The JSON held the key itself ({length} bytes, {type}); it was dropped: the builder never keeps key material, since the state ends up in links, exports and local storage. It now reads a key of the same length from the environment variable {env} at run time.',
    zh: 'JSON 中包含密钥本身({length} 字节,{type});它已被丢弃:配置器从不保存密钥内容,因为其状态会进入链接、导出文件和本地存储。现在改为在运行时从环境变量 {env} 读取同样长度的密钥。',
  },
  'enc-key-literal-dropped/yaml': {
    en: 'The key written in the YAML was dropped: the builder never keeps key material, which would end up in links and exports. A YAML string is also a Python str, which MindSpore rejects (enc_key must be bytes): read the key at run time in a script instead.',
    zh: 'YAML 中写明的密钥已被丢弃:配置器从不保存密钥内容,否则它会进入链接和导出文件。YAML 字符串也是 Python 的 str,MindSpore 会拒绝它(enc_key 必须是 bytes):请改为在脚本中于运行时读取密钥。',
  },
  'enc-key-random-replaced': {
    en: '{callee}({length}) makes a new random key at every run, so files saved by one run cannot be decrypted by the next. The builder reads a {length}-byte key from the environment variable {env} instead.',
    zh: '{callee}({length}) 每次运行都会生成新的随机密钥,因此一次运行保存的文件无法被下一次运行解密。配置器改为从环境变量 {env} 读取 {length} 字节的密钥。',
  },
  'positional-second-is-seconds': {
    en: "CheckpointConfig's second positional argument is save_checkpoint_seconds, not keep_checkpoint_max: {value} was read as seconds.",
    zh: 'CheckpointConfig 的第二个位置参数是 save_checkpoint_seconds,而不是 keep_checkpoint_max:{value} 被当作秒数读取。',
  },
  'positional-second-is-seconds/third': {
    en: "CheckpointConfig's second positional argument is save_checkpoint_seconds, not keep_checkpoint_max: {value} was read as seconds, and the third as keep_checkpoint_max.",
    zh: 'CheckpointConfig 的第二个位置参数是 save_checkpoint_seconds,而不是 keep_checkpoint_max:{value} 被当作秒数读取,第三个位置参数被当作 keep_checkpoint_max 读取。',
  },
  'several-checkpoint-configs': {
    en: 'The text has {count} CheckpointConfig calls (lines {lines}); the import reads {callee}(...) on line {line}.',
    zh: '文本中有 {count} 处 CheckpointConfig 调用(第 {lines} 行);导入时读取第 {line} 行的 {callee}(...)。',
  },
  'several-model-checkpoints': {
    en: 'The text has {count} ModelCheckpoint calls; the import reads the first, {callee}(...) on line {line}.',
    zh: '文本中有 {count} 处 ModelCheckpoint 调用;导入时读取第一处,即第 {line} 行的 {callee}(...)。',
  },
  'version-from-comment': {
    en: 'A comment names MindSpore {version}; the import uses that version.',
    zh: '注释中写明了 MindSpore {version};导入时使用该版本。',
  },
  'version-from-comment/instead': {
    en: 'A comment names MindSpore {version}; the import uses it rather than {given}.',
    zh: '注释中写明了 MindSpore {version};导入时使用该版本,而不是 {given}。',
  },
  'version-from-comment/yaml': {
    en: 'The text names MindSpore {version}; it is used instead of {given}.',
    zh: '文本中写明了 MindSpore {version};将使用该版本,而不是 {given}。',
  },
  'yaml-append-info-default': {
    en: 'CheckpointMonitor replaces append_info None with [{epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1}].',
    zh: 'CheckpointMonitor 会把值为 None 的 append_info 替换为 [{epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1}]。',
  },
  'yaml-append-info-replaced': {
    en: "MindFormers' Trainer passes its own append_info (None unless resuming), so the YAML's is not used: CheckpointMonitor writes [{epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1}].",
    zh: 'MindFormers 的 Trainer 会传入自己的 append_info(除非续训,否则为 None),因此 YAML 中的 append_info 不会生效:CheckpointMonitor 写入的是 [{epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1}]。',
  },
  'yaml-use-legacy-safetensors': {
    en: "With use_legacy: False, MindFormers' Trainer turns the ckpt format into safetensors.",
    zh: '设置 use_legacy: False 时,MindFormers 的 Trainer 会把 ckpt 格式改为 safetensors。',
  },
  'yaml-ignored-by-version': {
    en: '{key} is passed as {name}=, which MindSpore {version} does not have: it is ignored.',
    zh: '{key} 会作为 {name}= 传入,而 MindSpore {version} 没有这个参数:它会被忽略。',
  },
  'yaml-mindformers-only': {
    en: '{key} is read by MindFormers only; the builder does not model it.',
    zh: '{key} 只由 MindFormers 读取;配置器不对它建模。',
  },
  'yaml-mindformers-only/config': {
    en: 'config is stored by CheckpointMonitor but not used.',
    zh: 'CheckpointMonitor 会保存 config,但不会使用它。',
  },
  'yaml-rank-paths': {
    en: 'MindFormers adds the rank: rank 0 writes {prefix}-… files into {directory}.',
    zh: 'MindFormers 会加上 rank 编号:rank 0 把 {prefix}-… 文件写入 {directory}。',
  },
  'yaml-runner-config': {
    en: 'runner_config sets the run: {epochs} epochs, sink_mode {sinkMode}, sink_size {sinkSize}.',
    zh: 'runner_config 设定了训练:{epochs} 个 epoch,sink_mode 为 {sinkMode},sink_size 为 {sinkSize}。',
  },
  'yaml-several-monitors': {
    en: 'The list has {count} CheckpointMonitor entries; the first one is read.',
    zh: '列表中有 {count} 个 CheckpointMonitor 条目;只读取第一个。',
  },
});

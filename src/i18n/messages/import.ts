import type { ImportProblemId } from '../../core/mindspore/diagnostic';
import { defineMessages } from '../languages';
import type { Message } from '../languages';
import { unknowableValueMessages } from './unknowable-value';

/** The import dialog. MindSpore's own error text is shown verbatim, never translated. */
export const importMessages = defineMessages({
  title: { en: 'Import a configuration', zh: '导入配置' },
  pasteLabel: { en: 'Python, JSON or YAML', zh: 'Python、JSON 或 YAML' },
  pasteDescription: {
    en: 'Paste a CheckpointConfig(...) / ModelCheckpoint(...) snippet, the builder’s JSON, or a MindFormers callbacks block. Nothing is run; nothing changes until you apply it.',
    zh: '粘贴 CheckpointConfig(...) / ModelCheckpoint(...) 代码片段、配置器的 JSON 或 MindFormers callbacks 配置块。不会执行任何代码；在点击“应用”之前不会有任何改变。',
  },
  versionLabel: {
    en: 'MindSpore version (if the text does not say)',
    zh: 'MindSpore 版本（文本未注明时）',
  },
  empty: {
    en: 'Paste something to see MindSpore’s verdict.',
    zh: '粘贴内容后即可看到 MindSpore 的判定。',
  },
  detected: { en: 'Detected: {format}', zh: '识别为：{format}' },
  accepts: { en: 'MindSpore accepts this', zh: 'MindSpore 接受此配置' },
  acceptsAsIs: {
    en: 'The policy is used as given.',
    zh: '保存与保留策略按输入原样使用。',
  },
  normalises: { en: 'and normalises:', zh: '并会规范化：' },
  raises: { en: 'MindSpore raises', zh: 'MindSpore 会抛出异常' },
  unreadable: { en: 'The text cannot be read', zh: '无法读取此文本' },
  unsupported: { en: 'The builder cannot represent this', zh: '配置器无法表示此内容' },
  position: { en: 'Line {line}, column {column}', zh: '第 {line} 行，第 {column} 列' },
  positionLine: { en: 'Line {line}', zh: '第 {line} 行' },
  noteAtLine: { en: '{note} (line {line})', zh: '{note}（第 {line} 行）' },
  unreadableHelp: {
    en: 'Fix the text at the marked place; the builder reads Python literals, JSON and YAML only.',
    zh: '请修改标出位置的文本；配置器只读取 Python 字面量、JSON 和 YAML。',
  },
  unsupportedHelp: {
    en: 'Write the value as a literal (a number, string, True/False, None, list or dict).',
    zh: '请把值写成字面量（数字、字符串、True/False、None、列表或字典）。',
  },
  moreErrors: { en: 'Then also:', zh: '其后还有：' },
  notes: { en: 'Notes', zh: '说明' },
  warnings: { en: 'Warnings that would apply', zh: '将会出现的警告' },
  noWarnings: { en: 'No warnings apply.', zh: '没有适用的警告。' },
  apply: { en: 'Apply', zh: '应用' },
  cancel: { en: 'Cancel', zh: '取消' },
  close: { en: 'Close without importing', zh: '关闭，不导入' },
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
    zh: '文本中没有给 config={name} 赋值；导入时假定它就是第 {line} 行的 {callee}(...)。',
  },
  'config-not-passed': {
    en: '{callback}(...) on line {callbackLine} is not given config=, so MindSpore would use CheckpointConfig(); the import reads {config}(...) on line {configLine} as the configuration you meant.',
    zh: '第 {callbackLine} 行的 {callback}(...) 没有传入 config=，因此 MindSpore 会使用 CheckpointConfig()；导入时把第 {configLine} 行的 {config}(...) 当作你想要的配置读取。',
  },
  'enc-key-length-assumed': {
    en: 'The key comes from the environment variable {name}; its length cannot be known from the code, so the builder assumes {length} bytes (AES-GCM accepts 16, 24 or 32). Change it if your key is longer.',
    zh: '密钥来自环境变量 {name}；无法从代码得知其长度，因此配置器假定为 {length} 字节（AES-GCM 接受 16、24 或 32 字节）。如果你的密钥更长，请修改。',
  },
  'enc-key-length-assumed/str': {
    en: 'The key comes from the environment variable {name} (a str); its length cannot be known from the code, so the builder assumes {length} bytes (AES-GCM accepts 16, 24 or 32). Change it if your key is longer.',
    zh: '密钥来自环境变量 {name}（一个 str）；无法从代码得知其长度，因此配置器假定为 {length} 字节（AES-GCM 接受 16、24 或 32 字节）。如果你的密钥更长，请修改。',
  },
  'enc-key-length-assumed/file': {
    en: 'The key comes from the file {name}; its length cannot be known from the code, so the builder assumes {length} bytes (AES-GCM accepts 16, 24 or 32). Change it if your key is longer.',
    zh: '密钥来自文件 {name}；无法从代码得知其长度，因此配置器假定为 {length} 字节（AES-GCM 接受 16、24 或 32 字节）。如果你的密钥更长，请修改。',
  },
  'enc-key-expression-dropped': {
    en: "The expression given as enc_key was not kept: it may spell out the key, and the builder never keeps key material, since the state ends up in links and exports. Choose where the script reads the key (an environment variable or a file) in the form's enc_key field.",
    zh: '作为 enc_key 给出的表达式未被保留：它可能写出了密钥本身，而配置器从不保存密钥内容，因为其状态会进入链接和导出文件。请在表单的 enc_key 字段中选择脚本从何处读取密钥（环境变量或文件）。',
  },
  'enc-key-expression-dropped/json': {
    en: "The JSON's enc_key held a value that may spell out the key (text inside a list, a tuple, a dict or an expression); it was not kept: the builder never keeps key material, since the state ends up in links and exports. Choose where the script reads the key (an environment variable or a file) in the form's enc_key field.",
    zh: 'JSON 中的 enc_key 含有可能写出密钥的值（列表、元组、字典或表达式中的文本）；它未被保留：配置器从不保存密钥内容，因为其状态会进入链接和导出文件。请在表单的 enc_key 字段中选择脚本从何处读取密钥（环境变量或文件）。',
  },
  'enc-key-literal-dropped': {
    en: 'The key written in the code ({length} bytes, {type}) was dropped: the builder never keeps key material, since the state ends up in links, exports and local storage. It now reads a key of the same length from the environment variable {env} at run time.',
    zh: '代码中写明的密钥（{length} 字节，{type}）已被丢弃：配置器从不保存密钥内容，因为其状态会进入链接、导出文件和本地存储。现在改为在运行时从环境变量 {env} 读取同样长度的密钥。',
  },
  'enc-key-literal-dropped/typed': {
    en: 'The key written in the code ({length} bytes, {type}) was dropped: the builder never keeps key material, since the state ends up in links, exports and local storage. It now reads a {type} key of the same length from the environment variable {env} at run time.',
    zh: '代码中写明的密钥（{length} 字节，{type}）已被丢弃：配置器从不保存密钥内容，因为其状态会进入链接、导出文件和本地存储。现在改为在运行时从环境变量 {env} 读取同样长度的 {type} 密钥。',
  },
  'enc-key-literal-dropped/json': {
    en: 'The JSON held the key itself ({length} bytes, {type}); it was dropped: the builder never keeps key material, since the state ends up in links, exports and local storage. It now reads a key of the same length from the environment variable {env} at run time.',
    zh: 'JSON 中包含密钥本身（{length} 字节，{type}）；它已被丢弃：配置器从不保存密钥内容，因为其状态会进入链接、导出文件和本地存储。现在改为在运行时从环境变量 {env} 读取同样长度的密钥。',
  },
  'enc-key-literal-dropped/yaml': {
    en: 'The key written in the YAML was dropped: the builder never keeps key material, which would end up in links and exports. A YAML string is also a Python str, which MindSpore rejects (enc_key must be bytes): read the key at run time in a script instead.',
    zh: 'YAML 中写明的密钥已被丢弃：配置器从不保存密钥内容，否则它会进入链接和导出文件。YAML 字符串也是 Python 的 str，MindSpore 会拒绝它（enc_key 必须是 bytes）：请改为在脚本中于运行时读取密钥。',
  },
  'enc-key-random-replaced': {
    en: '{callee}({length}) makes a new random key at every run, so files saved by one run cannot be decrypted by the next. The builder reads a {length}-byte key from the environment variable {env} instead.',
    zh: '{callee}({length}) 每次运行都会生成新的随机密钥，因此一次运行保存的文件无法被下一次运行解密。配置器改为从环境变量 {env} 读取 {length} 字节的密钥。',
  },
  'positional-second-is-seconds': {
    en: "CheckpointConfig's second positional argument is save_checkpoint_seconds, not keep_checkpoint_max: {value} was read as seconds.",
    zh: 'CheckpointConfig 的第二个位置参数是 save_checkpoint_seconds，而不是 keep_checkpoint_max：{value} 被当作秒数读取。',
  },
  'positional-second-is-seconds/third': {
    en: "CheckpointConfig's second positional argument is save_checkpoint_seconds, not keep_checkpoint_max: {value} was read as seconds, and the third as keep_checkpoint_max.",
    zh: 'CheckpointConfig 的第二个位置参数是 save_checkpoint_seconds，而不是 keep_checkpoint_max：{value} 被当作秒数读取，第三个位置参数被当作 keep_checkpoint_max 读取。',
  },
  'several-checkpoint-configs': {
    en: 'The text has {count} CheckpointConfig calls (lines {lines}); the import reads {callee}(...) on line {line}.',
    zh: '文本中有 {count} 处 CheckpointConfig 调用（第 {lines} 行）；导入时读取第 {line} 行的 {callee}(...)。',
  },
  'several-model-checkpoints': {
    en: 'The text has {count} ModelCheckpoint calls; the import reads the first, {callee}(...) on line {line}.',
    zh: '文本中有 {count} 处 ModelCheckpoint 调用；导入时读取第一处，即第 {line} 行的 {callee}(...)。',
  },
  'version-from-comment': {
    en: 'A comment names MindSpore {version}; the import uses that version.',
    zh: '注释中写明了 MindSpore {version}；导入时使用该版本。',
  },
  'version-from-comment/instead': {
    en: 'A comment names MindSpore {version}; the import uses it rather than {given}.',
    zh: '注释中写明了 MindSpore {version}；导入时使用该版本，而不是 {given}。',
  },
  'version-from-comment/yaml': {
    en: 'The text names MindSpore {version}; it is used instead of {given}.',
    zh: '文本中写明了 MindSpore {version}；将使用该版本，而不是 {given}。',
  },
  'yaml-append-info-default': {
    en: 'CheckpointMonitor replaces append_info None with [{epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1}].',
    zh: 'CheckpointMonitor 会把值为 None 的 append_info 替换为 [{epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1}]。',
  },
  'yaml-append-info-replaced': {
    en: "MindFormers' Trainer passes its own append_info (None unless resuming), so the YAML's is not used: CheckpointMonitor writes [{epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1}].",
    zh: 'MindFormers 的 Trainer 会传入自己的 append_info（除非续训，否则为 None），因此 YAML 中的 append_info 不会生效：CheckpointMonitor 写入的是 [{epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1}]。',
  },
  'yaml-use-legacy-safetensors': {
    en: "With use_legacy: False, MindFormers' Trainer turns the ckpt format into safetensors.",
    zh: '设置 use_legacy: False 时，MindFormers 的 Trainer 会把 ckpt 格式改为 safetensors。',
  },
  'yaml-ignored-by-version': {
    en: '{key} is passed as {name}=, which MindSpore {version} does not have: it is ignored.',
    zh: '{key} 会作为 {name}= 传入，而 MindSpore {version} 没有这个参数：它会被忽略。',
  },
  'yaml-mindformers-only': {
    en: '{key} is read by MindFormers only; the builder does not model it.',
    zh: '{key} 只由 MindFormers 读取；配置器不对它建模。',
  },
  'yaml-mindformers-only/config': {
    en: 'config is stored by CheckpointMonitor but not used.',
    zh: 'CheckpointMonitor 会保存 config，但不会使用它。',
  },
  'yaml-rank-paths': {
    en: 'MindFormers adds the rank: rank 0 writes {prefix}-… files into {directory}.',
    zh: 'MindFormers 会加上 rank 编号：rank 0 把 {prefix}-… 文件写入 {directory}。',
  },
  'yaml-runner-config': {
    en: 'runner_config sets the run: {epochs, plural, one {# epoch} other {# epochs}}, sink_mode {sinkMode}, sink_size {sinkSize}.',
    zh: 'runner_config 设定了训练：{epochs} 个 epoch，sink_mode 为 {sinkMode}，sink_size 为 {sinkSize}。',
  },
  'yaml-several-monitors': {
    en: 'The list has {count} CheckpointMonitor entries; the first one is read.',
    zh: '列表中有 {count} 个 CheckpointMonitor 条目；只读取第一个。',
  },
});

/**
 * The builder's own reasons it cannot read or represent a paste (`Diagnostic.reason`, kinds
 * "SyntaxError" and "Unsupported"), filled with the reason's `values`. Each English text equals the
 * importer's own message (checked by src/features/import/import-problems.test.ts). Python's own
 * SyntaxError texts and MindSpore's exceptions have no entry: they are shown as printed.
 */
export const importProblemMessages = defineMessages({
  ...unknowableValueMessages,
  'unreadable-text': {
    en: 'The builder could not read this text ({detail}).',
    zh: '配置器无法读取此文本（{detail}）。',
  },
  'no-call-found': {
    en: 'No CheckpointConfig(...) or ModelCheckpoint(...) call was found. Paste Python code that calls CheckpointConfig(...) (and, if you like, ModelCheckpoint(...)), the builder\'s own JSON, or a MindFormers YAML "callbacks:" block with a CheckpointMonitor entry.',
    zh: '没有找到 CheckpointConfig(...) 或 ModelCheckpoint(...) 调用。请粘贴调用 CheckpointConfig(...)（也可以同时调用 ModelCheckpoint(...)）的 Python 代码、配置器自己的 JSON，或带有 CheckpointMonitor 条目的 MindFormers YAML “callbacks:” 配置块。',
  },
  'star-unpacking': {
    en: '{callee}({star}…) unpacks arguments the builder cannot see; write them out as keyword arguments.',
    zh: '{callee}({star}…) 解包了配置器看不到的参数；请把它们逐个写成关键字参数。',
  },
  'config-not-assigned': {
    en: "ModelCheckpoint's config={name} is not assigned a CheckpointConfig(...) in the text, so the builder cannot tell what it is. Paste the CheckpointConfig(...) call too.",
    zh: '文本中没有把 CheckpointConfig(...) 赋给 ModelCheckpoint 的 config={name}，因此配置器无法知道它是什么。请把 CheckpointConfig(...) 调用也一并粘贴进来。',
  },
  'config-not-evaluable': {
    en: "ModelCheckpoint's config={expression} is an expression the builder cannot evaluate; pass a CheckpointConfig(...) call or a variable assigned one.",
    zh: 'ModelCheckpoint 的 config={expression} 是配置器无法求值的表达式；请传入 CheckpointConfig(...) 调用，或一个被赋值为该调用的变量。',
  },
  'python-named-escape': {
    en: 'The builder cannot read \\N{...} escapes; write the character itself.',
    zh: '配置器无法读取 \\N{...} 转义序列；请直接写出该字符本身。',
  },
  'no-monitor-found': {
    en: 'No CheckpointMonitor found: paste a MindFormers `callbacks:` list with an entry `type: CheckpointMonitor`.',
    zh: '没有找到 CheckpointMonitor：请粘贴含有 `type: CheckpointMonitor` 条目的 MindFormers `callbacks:` 列表。',
  },
  'json-invalid': {
    en: 'The text starts like JSON but is not valid JSON (line {line}, column {column}): {detail}',
    zh: '文本看起来像 JSON，但不是有效的 JSON（第 {line} 行，第 {column} 列）：{detail}',
  },
  'json-unknown-keys': {
    en: '{path} has keys a state does not have: {keys}.',
    zh: '{path} 含有状态中没有的键：{keys}。',
  },
  'json-unknown-keys-top': {
    en: 'The JSON has keys a state does not have: {keys}. A state has only mindspore_version, config, callback and run.',
    zh: 'JSON 中含有状态中没有的键：{keys}。状态只有 mindspore_version、config、callback 和 run 这几个键。',
  },
  'json-config-value': {
    en: '{path}: not a value the builder can hold. Use JSON for None, bools, ints, floats, str, lists and dicts with str keys, a {"$py": …} tagged value for other Python values (e.g. {"$py": "float", "value": "1.0"}), or for enc_key a key reference {source, name, length, type}.',
    zh: '{path}：不是配置器能保存的值。None、布尔值、整数、浮点数、str、列表以及键为 str 的字典请用 JSON 表示；其他 Python 值请用 {"$py": …} 标记值（例如 {"$py": "float", "value": "1.0"}）；enc_key 则请用密钥引用 {source, name, length, type}。',
  },
  'json-invalid-value': {
    en: '{path} has a value a state cannot hold ({detail}).',
    zh: '{path} 的值不是状态能保存的值（{detail}）。',
  },
  'json-invalid-value-top': {
    en: 'The JSON is not a state the builder can read ({detail}).',
    zh: '此 JSON 不是配置器能读取的状态（{detail}）。',
  },
  'json-version': {
    en: 'mindspore_version must be one of {versions}, as a str.',
    zh: 'mindspore_version 必须是 {versions} 之一，且写成 str。',
  },
  'prefix-not-str': {
    en: 'The simulator needs the prefix as a str: a callable prefix names files by its own rule, which the builder cannot know.',
    zh: '模拟器需要 str 类型的 prefix：可调用的 prefix 按它自己的规则给文件命名，配置器无法知道该规则。',
  },
  'format-not-str': {
    en: 'The simulator needs format as a str.',
    zh: '模拟器需要 str 类型的 format。',
  },
  'yaml-tab-indent': {
    en: 'This YAML cannot be read: line {line}: tabs cannot indent YAML; use spaces.',
    zh: '无法读取此 YAML：第 {line} 行用制表符缩进，而 YAML 不能用制表符缩进；请改用空格。',
  },
  'yaml-after-marker': {
    en: 'This YAML cannot be read: line {line}: content after a document marker.',
    zh: '无法读取此 YAML：第 {line} 行的文档标记之后还有内容。',
  },
  'yaml-after-document': {
    en: 'This YAML cannot be read: line {line}: unexpected indentation or content after the document.',
    zh: '无法读取此 YAML：第 {line} 行的缩进不符合预期，或文档结束后仍有内容。',
  },
  'yaml-multiline-quote': {
    en: 'This YAML cannot be read: line {line}: a quoted string is not closed on its line (multi-line strings are not supported).',
    zh: '无法读取此 YAML：第 {line} 行的带引号字符串没有在本行结束（不支持多行字符串）。',
  },
  'yaml-end': {
    en: 'This YAML cannot be read: unexpected end of the document.',
    zh: '无法读取此 YAML：文档意外结束。',
  },
  'yaml-indentation': {
    en: 'This YAML cannot be read: line {line}: unexpected indentation.',
    zh: '无法读取此 YAML：第 {line} 行的缩进不符合预期。',
  },
  'yaml-too-deep': {
    en: 'This YAML cannot be read: line {line}: nested more than {depth} levels deep.',
    zh: '无法读取此 YAML：第 {line} 行的嵌套超过了 {depth} 层。',
  },
  'yaml-expected-key': {
    en: 'This YAML cannot be read: line {line}: expected "key: value" in this mapping.',
    zh: '无法读取此 YAML：第 {line} 行应为此映射中的 "key: value" 形式。',
  },
  'yaml-unsupported-syntax': {
    en: 'This YAML cannot be read: line {line}: anchors, aliases, tags and block scalars ({char}) are not supported.',
    zh: '无法读取此 YAML：第 {line} 行使用了锚点、别名、标签或块标量（{char}），这些都不受支持。',
  },
  'yaml-text-after-quote': {
    en: 'This YAML cannot be read: line {line}: unexpected text after a quoted string.',
    zh: '无法读取此 YAML：第 {line} 行的带引号字符串之后有多余的文本。',
  },
  'yaml-text-after-flow': {
    en: 'This YAML cannot be read: line {line}: unexpected text after the flow collection.',
    zh: '无法读取此 YAML：第 {line} 行的流式集合之后有多余的文本。',
  },
  'yaml-unclosed-quote': {
    en: 'This YAML cannot be read: line {line}: unclosed quoted string.',
    zh: '无法读取此 YAML：第 {line} 行有未闭合的带引号字符串。',
  },
  'yaml-expected-list-end': {
    en: 'This YAML cannot be read: line {line}: expected "," or "]".',
    zh: '无法读取此 YAML：第 {line} 行此处应为 "," 或 "]"。',
  },
  'yaml-flow-key': {
    en: 'This YAML cannot be read: line {line}: a flow map key must be a scalar.',
    zh: '无法读取此 YAML：第 {line} 行流式映射的键必须是标量。',
  },
  'yaml-expected-map-end': {
    en: 'This YAML cannot be read: line {line}: expected "," or "}".',
    zh: '无法读取此 YAML：第 {line} 行此处应为 "," 或 "}"。',
  },
  'yaml-bad-escape': {
    en: 'This YAML cannot be read: line {line}: bad escape {escape}.',
    zh: '无法读取此 YAML：第 {line} 行的转义序列 {escape} 无效。',
  },
  'yaml-not-unicode': {
    en: 'This YAML cannot be read: line {line}: {escape} is not a Unicode character.',
    zh: '无法读取此 YAML：第 {line} 行的 {escape} 不是 Unicode 字符。',
  },
  'yaml-unknown-escape': {
    en: 'This YAML cannot be read: line {line}: unknown escape {escape}.',
    zh: '无法读取此 YAML：第 {line} 行的转义序列 {escape} 未知。',
  },
  'yaml-no-constructor': {
    en: "This YAML cannot be read: line {line}: could not determine a constructor for the tag 'tag:yaml.org,2002:{tag}' (PyYAML reads a bare {text} so; quote it to mean the text).",
    zh: "无法读取此 YAML：第 {line} 行无法为标签 'tag:yaml.org,2002:{tag}' 确定构造器（PyYAML 会这样读取单独的 {text}；若要表示文本本身，请给它加引号）。",
  },
} satisfies Record<ImportProblemId, Message>);

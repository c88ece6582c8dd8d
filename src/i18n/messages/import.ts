import { defineMessages } from '../languages';

/** The import dialog. MindSpore's own error text is shown verbatim, never translated. */
export const importMessages = defineMessages({
  open: { en: 'Import…', zh: '导入…' },
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

/** Translations of the importer's notes by id; other notes show the importer's English text. */
export const importNoteMessages = defineMessages({
  'enc-key-literal-dropped': {
    en: 'The encryption key written in the text was dropped: the builder never keeps key material, because its state ends up in links, exports and local storage. The script now reads a key of the same length at run time (see enc_key).',
    zh: '文本中写明的加密密钥已被丢弃:配置器从不保存密钥内容,因为其状态会进入链接、导出文件和本地存储。脚本改为在运行时读取同样长度的密钥(见 enc_key)。',
  },
  'positional-second-is-seconds': {
    en: 'CheckpointConfig’s second positional argument is save_checkpoint_seconds, not keep_checkpoint_max; it was read as seconds.',
    zh: 'CheckpointConfig 的第二个位置参数是 save_checkpoint_seconds,而不是 keep_checkpoint_max;它被当作秒数读取。',
  },
});

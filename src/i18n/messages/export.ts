import { defineMessages } from '../languages';

/** The export panel. Format names (Python, TypeScript, JSON, YAML) are not translated. */
export const exportMessages = defineMessages({
  title: { en: 'Export', zh: '导出' },
  description: {
    en: 'Code to paste into your training script, the builder’s own JSON, or a MindFormers YAML block.',
    zh: '可粘贴到训练脚本中的代码、配置器自己的 JSON，或 MindFormers YAML 配置块。',
  },
  formats: { en: 'Export format', zh: '导出格式' },
  onlyNonDefault: { en: 'Only non-default arguments', zh: '仅导出非默认参数' },
  onlyNonDefaultHelp: {
    en: 'Leave out arguments equal to MindSpore’s defaults for this version.',
    zh: '省略与此版本 MindSpore 默认值相同的参数。',
  },
  jsonWhole: {
    en: 'JSON always holds the whole state, so that it can be imported back unchanged.',
    zh: 'JSON 始终包含完整状态，以便原样导入。',
  },
  copy: { en: 'Copy', zh: '复制' },
  copied: { en: 'Copied', zh: '已复制' },
  copyFailed: {
    en: 'Copy failed: select the text and copy it',
    zh: '复制失败：请选中文本手动复制',
  },
  download: { en: 'Download {file}', zh: '下载 {file}' },
  loading: { en: 'Preparing the export…', zh: '正在准备导出…' },
  codeLabel: { en: '{format} export', zh: '{format} 导出内容' },
  raises: {
    en: 'This code fails when your script runs: MindSpore raises',
    zh: '这段代码在脚本运行时会失败：MindSpore 会抛出',
  },
  unchecked: {
    en: 'The builder cannot tell whether this code runs:',
    zh: '配置器无法判断这段代码能否运行：',
  },
  // The JSON is the builder's state, not code that runs.
  raisesState: {
    en: 'MindSpore raises for this configuration',
    zh: 'MindSpore 会对此配置抛出异常',
  },
});

import { defineMessages } from '../languages';

/** Undo, redo and reset of the configuration. */
export const historyMessages = defineMessages({
  toolbar: { en: 'Edit history', zh: '编辑历史' },
  undo: { en: 'Undo', zh: '撤销' },
  redo: { en: 'Redo', zh: '重做' },
  reset: { en: 'Reset to defaults', zh: '恢复默认值' },
  undoHint: { en: 'Undo the last change (Ctrl+Z)', zh: '撤销上一次更改（Ctrl+Z）' },
  redoHint: {
    en: 'Redo the change undone (Ctrl+Shift+Z or Ctrl+Y)',
    zh: '重做已撤销的更改（Ctrl+Shift+Z 或 Ctrl+Y）',
  },
  resetHint: {
    en: 'MindSpore’s defaults for this version; undo brings your settings back',
    zh: '恢复此版本的 MindSpore 默认值；可撤销',
  },
});

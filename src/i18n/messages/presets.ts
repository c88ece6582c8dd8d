import { defineMessages } from '../languages';

/** The preset picker; the presets' own names and descriptions live in the core (presets.ts). */
export const presetMessages = defineMessages({
  button: { en: 'Presets', zh: '预设' },
  menuLabel: { en: 'Common jobs', zh: '常见任务' },
  matches: { en: 'matches', zh: '匹配' },
  matchesPreset: { en: 'Matches preset: {name}', zh: '匹配预设：{name}' },
  custom: { en: 'Custom settings', zh: '自定义设置' },
  confirmTitle: { en: 'Replace your settings?', zh: '替换当前设置？' },
  confirmBody: {
    en: 'Your settings match no preset. Applying “{name}” replaces the CheckpointConfig arguments and the run fields it sets. You can undo it.',
    zh: '当前设置不匹配任何预设。应用“{name}”会替换 CheckpointConfig 参数及其设置的训练字段。可以撤销。',
  },
  confirmApply: { en: 'Apply preset', zh: '应用预设' },
  confirmCancel: { en: 'Cancel', zh: '取消' },
  confirmClose: { en: 'Close', zh: '关闭' },
});

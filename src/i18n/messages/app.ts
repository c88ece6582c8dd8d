import { defineMessages } from '../languages';

export const appMessages = defineMessages({
  title: { en: 'MindSpore Checkpoint Builder', zh: 'MindSpore Checkpoint 配置器' },
  tagline: {
    en: 'Build a CheckpointConfig and see exactly what MindSpore will save, delete and keep.',
    zh: '构建 CheckpointConfig，准确查看 MindSpore 会保存、删除和保留哪些文件。',
  },
  /** The document's <title>; its English is index.html's (the prerendered page is English). */
  documentTitle: { en: 'MindSpore Checkpoint Builder', zh: 'MindSpore Checkpoint 配置器' },
  /** The <meta name="description">; its English is index.html's. */
  documentDescription: {
    en: 'Build a MindSpore CheckpointConfig and see exactly what MindSpore will save, delete and keep.',
    zh: '构建 MindSpore CheckpointConfig，准确查看 MindSpore 会保存、删除和保留哪些文件。',
  },
  languageSwitch: { en: 'Language', zh: '语言' },
  themeToggleToDark: { en: 'Switch to dark theme', zh: '切换到深色主题' },
  themeToggleToLight: { en: 'Switch to light theme', zh: '切换到浅色主题' },
  versionLabel: { en: 'MindSpore version', zh: 'MindSpore 版本' },
  versionDescription: {
    en: 'Arguments, checks and file handling follow this release.',
    zh: '参数、检查和文件处理都按此版本进行。',
  },
  regionFailed: {
    en: 'This part of the page could not be loaded. Your settings are kept; reload the page to try again.',
    zh: '页面的这一部分未能加载。您的设置已保留；请重新加载页面再试。',
  },
});

import type { WarningRule } from '../types';
import { acceptedPrefix, fileExtension, previousRuns } from '../prefix';

/** Files of earlier runs make ModelCheckpoint pick a new prefix (spec §6.2). */
export const prefixRenamed: WarningRule = {
  id: 'prefix-renamed',
  severity: 'warning',
  when: 'construct',
  source: 'r2.2 L42-67, L439',
  messages: {
    en: 'Files from an earlier run exist, so this run writes {renamed}-… instead of {prefix}-…; the older files are never counted or deleted.',
    zh: '目录中已有之前训练留下的文件，因此本次训练写出的是 {renamed}-… 而不是 {prefix}-…；旧文件永远不会被计数或删除。',
  },
  explanation: {
    en: "When ModelCheckpoint is created it scans the directory for checkpoint files that start with the prefix and picks the next free suffix: a second run writes CKP_1-…, the third CKP_2-… . Retention only manages files of the current prefix, so the files of earlier runs stay on disk until you delete them, and keep_checkpoint_max counts only this run's files.",
    zh: '创建 ModelCheckpoint 时，它会扫描目录中以该前缀开头的 checkpoint 文件并选用下一个空闲后缀：第二次训练写 CKP_1-…，第三次写 CKP_2-…。保留策略只管理当前前缀的文件，因此之前训练的文件会一直留在磁盘上，直到你手动删除；keep_checkpoint_max 只统计本次训练的文件。',
  },
  check(context) {
    const prefix = acceptedPrefix(context);
    const runs = previousRuns(context);
    const extension = fileExtension(context);
    if (prefix === undefined || runs === 0 || extension === undefined) return null;
    // 2.4 and 2.5 rename only for .ckpt files (safetensors-no-rename covers the other case).
    if (!context.facts.renameExtensions.includes(extension)) return null;
    return {
      fields: ['prefix', 'directory', 'run.previous_runs'],
      params: { prefix, renamed: `${prefix}_${runs}`, runs },
    };
  },
};

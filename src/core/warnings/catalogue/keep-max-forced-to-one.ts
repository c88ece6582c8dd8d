import { withConfig } from '../edit';
import type { WarningRule } from '../types';

/** N2: both retention values falsy → MindSpore keeps only the newest file. */
export const keepMaxForcedToOne: WarningRule = {
  id: 'keep-max-forced-to-one',
  severity: 'warning',
  source: 'r2.2 L190-192',
  messages: {
    en: 'Only the newest checkpoint is kept: with both retention settings 0/None MindSpore uses keep_checkpoint_max = 1.',
    zh: '只会保留最新的一个 checkpoint：两个保留参数都是 0/None 时，MindSpore 使用 keep_checkpoint_max = 1。',
  },
  explanation: {
    en: 'Setting keep_checkpoint_max=0 reads like "no limit", but when keep_checkpoint_per_n_minutes is also 0 or None, CheckpointConfig replaces the max with 1. Every save then deletes the previous file, so a crash during a write can leave you with no usable checkpoint.',
    zh: 'keep_checkpoint_max=0 看起来像"不限数量"，但如果 keep_checkpoint_per_n_minutes 也是 0 或 None，CheckpointConfig 会把它改为 1。每次保存都会删除上一个文件，写入过程中崩溃可能导致没有可用的 checkpoint。',
  },
  check(context) {
    if (!context.policyAccepted) return null;
    const max = context.given('keep_checkpoint_max');
    const perN = context.given('keep_checkpoint_per_n_minutes');
    if (max || perN) return null;
    return { fields: ['keep_checkpoint_max', 'keep_checkpoint_per_n_minutes'] };
  },
  fix: {
    label: {
      en: 'Set keep_checkpoint_max = 1 (what MindSpore uses)',
      zh: '设 keep_checkpoint_max = 1（MindSpore 实际使用的值）',
    },
    preservesBehaviour: true,
    fields: () => ['keep_checkpoint_max'],
    apply: (state) => withConfig(state, 'keep_checkpoint_max', 1),
  },
};

import { acceptedInt } from '../context';
import { withConfig } from '../edit';
import type { WarningRule } from '../types';

/** N2: a positive keep_checkpoint_max silently drops keep_checkpoint_per_n_minutes. */
export const perNMinutesIgnored: WarningRule = {
  id: 'per-n-minutes-ignored',
  severity: 'warning',
  source: 'r2.2 L186-189',
  messages: {
    en: 'keep_checkpoint_per_n_minutes is ignored because keep_checkpoint_max is set.',
    zh: '由于设置了 keep_checkpoint_max，keep_checkpoint_per_n_minutes 被忽略。',
  },
  explanation: {
    en: 'CheckpointConfig keeps one retention rule. When keep_checkpoint_max is a positive int, it sets keep_checkpoint_per_n_minutes to None without an error: only the newest keep_checkpoint_max files are kept.',
    zh: 'CheckpointConfig 只保留一种保留规则。keep_checkpoint_max 为正整数时，它会把 keep_checkpoint_per_n_minutes 设为 None，且不报错：只保留最新的 keep_checkpoint_max 个文件。',
  },
  check(context) {
    if (!context.policyAccepted) return null;
    // Ints beyond 2^53 are stored tagged; MindSpore compares them all the same.
    const max = acceptedInt(context.given('keep_checkpoint_max'));
    const perN = acceptedInt(context.given('keep_checkpoint_per_n_minutes'));
    if (typeof max !== 'number' || typeof perN !== 'number') return null;
    if (!(max > 0 && perN > 0)) return null;
    return {
      fields: ['keep_checkpoint_per_n_minutes', 'keep_checkpoint_max'],
      params: { max, n: perN },
    };
  },
  fix: {
    label: {
      en: 'Clear keep_checkpoint_per_n_minutes (set it to 0)',
      zh: '清除 keep_checkpoint_per_n_minutes（设为 0）',
    },
    preservesBehaviour: true,
    fields: () => ['keep_checkpoint_per_n_minutes'],
    apply: (state) => withConfig(state, 'keep_checkpoint_per_n_minutes', 0),
  },
};

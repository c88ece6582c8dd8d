import { acceptedInt } from '../context';
import { withConfig } from '../edit';
import type { WarningRule } from '../types';

/** N1: a positive step interval silently drops the seconds interval. */
export const secondsIgnored: WarningRule = {
  id: 'seconds-ignored',
  severity: 'warning',
  source: 'r2.2 L181-184',
  messages: {
    en: 'save_checkpoint_seconds is ignored because save_checkpoint_steps is set; MindSpore silently sets it to None.',
    zh: '由于设置了 save_checkpoint_steps，save_checkpoint_seconds 被忽略；MindSpore 会悄悄把它设为 None。',
  },
  explanation: {
    en: 'CheckpointConfig keeps one save trigger. When save_checkpoint_steps is a positive int, it sets save_checkpoint_seconds to None without an error or a log line (the documentation says they "can\'t be used at the same time", but nothing enforces it). get_checkpoint_policy() then shows None for the seconds.',
    zh: 'CheckpointConfig 只保留一个保存触发条件。save_checkpoint_steps 为正整数时，它会把 save_checkpoint_seconds 设为 None，既不报错也不打日志（文档说二者"不能同时使用"，但代码并不检查）。get_checkpoint_policy() 中秒数随后显示为 None。',
  },
  check(context) {
    if (!context.policyAccepted) return null;
    // Ints beyond 2^53 are stored tagged; MindSpore compares them all the same.
    const steps = acceptedInt(context.given('save_checkpoint_steps'));
    const seconds = acceptedInt(context.given('save_checkpoint_seconds'));
    if (typeof steps !== 'number' || typeof seconds !== 'number') return null;
    if (!(steps > 0 && seconds > 0)) return null;
    return {
      fields: ['save_checkpoint_seconds', 'save_checkpoint_steps'],
      params: { seconds },
    };
  },
  fix: {
    label: {
      en: 'Clear save_checkpoint_seconds (set it to 0)',
      zh: '清除 save_checkpoint_seconds（设为 0）',
    },
    preservesBehaviour: true,
    fields: () => ['save_checkpoint_seconds'],
    apply: (state) => withConfig(state, 'save_checkpoint_seconds', 0),
  },
};

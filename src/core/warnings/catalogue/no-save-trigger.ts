import type { WarningRule } from '../types';

/** Both save triggers falsy: MindSpore accepts it (retention is set) but never writes a file. */
export const noSaveTrigger: WarningRule = {
  id: 'no-save-trigger',
  severity: 'warning',
  source: 'r2.2 L496-508',
  messages: {
    en: 'No checkpoint will ever be written: both save triggers are 0/None, and even the final save at the end of training is skipped.',
    zh: '永远不会写出任何 checkpoint：两个保存触发条件都是 0/None，连训练结束时的最后一次保存也会跳过。',
  },
  explanation: {
    en: 'MindSpore decides to save only when save_checkpoint_steps > 0 (every N steps) or, failing that, save_checkpoint_seconds > 0 (every N seconds). With both 0 or None the decision is always "not due", and the forced save at the end of training is skipped too, because forcing only overrides the interval, not the missing trigger. CheckpointConfig raises only when all four integers are 0/None; here a retention value is set, so the mistake goes unnoticed.',
    zh: 'MindSpore 只在 save_checkpoint_steps > 0（每 N 步）或其次 save_checkpoint_seconds > 0（每 N 秒）时才决定保存。两者都是 0 或 None 时，判断结果永远是"不到时间"，训练结束时的强制保存也会跳过，因为"强制"只跳过间隔检查，不能替代缺失的触发条件。只有四个整数全为 0/None 时 CheckpointConfig 才会报错；这里设置了保留参数，所以这个错误不会被发现。',
  },
  check(context) {
    if (!context.policyAccepted || context.trigger !== 'none') return null;
    return { fields: ['save_checkpoint_steps', 'save_checkpoint_seconds'] };
  },
};

import type { WarningRule } from '../types';

/**
 * `CheckpointConfig(1, 5)` sets save_checkpoint_seconds=5, not keep_checkpoint_max. The state keeps
 * keyword arguments only, so this rule reads `options.positionalArguments`, which importText knows
 * (it also reports the same fact as an import note with this id).
 */
export const positionalSecondIsSeconds: WarningRule = {
  id: 'positional-second-is-seconds',
  severity: 'warning',
  source: 'r2.2 L146-150; test_run_config.py L26-27',
  messages: {
    en: 'The second positional argument is save_checkpoint_seconds, not keep_checkpoint_max.',
    zh: '第二个位置参数是 save_checkpoint_seconds，不是 keep_checkpoint_max。',
  },
  explanation: {
    en: "CheckpointConfig's parameters in order are save_checkpoint_steps, save_checkpoint_seconds, keep_checkpoint_max, keep_checkpoint_per_n_minutes, … . CheckpointConfig(1, 5) therefore asks for a save every 5 seconds, which is then dropped because steps is set, and keeps the default 5 files. MindSpore's own unit test does exactly this. Keyword arguments avoid the trap.",
    zh: 'CheckpointConfig 的参数顺序是 save_checkpoint_steps、save_checkpoint_seconds、keep_checkpoint_max、keep_checkpoint_per_n_minutes……因此 CheckpointConfig(1, 5) 表示每 5 秒保存一次，而这又因为设置了 steps 被丢弃，保留的仍是默认的 5 个文件。MindSpore 自己的单元测试正是这样写的。使用关键字参数可以避免这个陷阱。',
  },
  check(context) {
    const count = context.options.positionalArguments ?? 0;
    if (count < 2) return null;
    return { fields: ['save_checkpoint_seconds'], params: { count } };
  },
};

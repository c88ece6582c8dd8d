import { withConfig } from '../edit';
import type { WarningRule } from '../types';

/** Graph-mode sink: the callback runs once per sink, so intervals snap to whole sinks. */
export const sinkIntervalDrift: WarningRule = {
  id: 'sink-interval-drift',
  severity: 'warning',
  source: 'r2.2 L75-77; model.py L711-712, L725',
  messages: {
    en: 'In graph-mode data sink MindSpore checks only at sink ends: saves come every {every} steps, not {steps}, and every file ends in _{suffix}.',
    zh: '图模式数据下沉时 MindSpore 只在每次下沉结束时检查：实际每 {every} 步保存一次，而不是 {steps} 步，并且每个文件名都以 _{suffix} 结尾。',
  },
  variants: {
    seconds: {
      en: 'In graph-mode data sink MindSpore checks only at sink ends (every {sink} steps): a save comes at the first sink end more than {seconds} s after the previous one, and every file ends in _{suffix}.',
      zh: '图模式数据下沉时 MindSpore 只在每次下沉结束时（每 {sink} 步）检查：距上次保存超过 {seconds} 秒后的第一个下沉结束时才保存，并且每个文件名都以 _{suffix} 结尾。',
    },
  },
  explanation: {
    en: 'With dataset_sink_mode=True on Ascend or GPU in GRAPH_MODE, one "step" of the callback is a whole sink of sink_size steps: step_end fires once per sink and cur_step_num jumps by sink_size. The save test "step ≥ last saved + save_checkpoint_steps" can therefore only pass at a sink end, which rounds the interval up to a multiple of the sink size. The step-in-epoch part of every name is the sink size, because each sink counts as one epoch.',
    zh: '在 Ascend 或 GPU 上以 GRAPH_MODE 开启 dataset_sink_mode=True 时，回调的一个"step"就是一整次下沉（sink_size 步）：step_end 每次下沉只触发一次，cur_step_num 一次增加 sink_size。"step ≥ 上次保存 + save_checkpoint_steps"的判断因此只能在下沉结束时成立，间隔被向上取整为下沉长度的倍数。由于每次下沉算作一个 epoch，文件名中的 step 部分总是下沉长度。',
  },
  check(context) {
    const { run } = context;
    if (!context.policyAccepted || !run.valid || run.path !== 'graph-sink') return null;
    const sink = run.sinkSteps;
    const runFields = ['run.dataset_sink_mode', 'run.sink_size'];
    if (context.trigger === 'steps') {
      const steps = context.policy.save_checkpoint_steps ?? 0;
      if (steps % sink === 0) return null;
      const every = Math.ceil(steps / sink) * sink;
      return {
        fields: ['save_checkpoint_steps', ...runFields],
        params: { steps, every, sink, suffix: String(sink) },
      };
    }
    if (context.trigger === 'seconds') {
      const seconds = context.policy.save_checkpoint_seconds ?? 0;
      return {
        fields: ['save_checkpoint_seconds', ...runFields],
        params: { variant: 'seconds', seconds, sink, suffix: String(sink) },
      };
    }
    return null;
  },
  fix: {
    label: {
      en: 'Set save_checkpoint_steps to the next multiple of the sink size',
      zh: '把 save_checkpoint_steps 设为下沉长度的下一个倍数',
    },
    // Saves already happen at that multiple; writing it down changes nothing MindSpore does.
    preservesBehaviour: true,
    // Not for the every-step default (1 means "every sink" there) nor for seconds mode.
    applies: (warning) =>
      warning.params?.variant === undefined && Number(warning.params?.steps) > 1,
    fields: () => ['save_checkpoint_steps'],
    apply: (state, warning) =>
      withConfig(state, 'save_checkpoint_steps', Number(warning.params?.every)),
  },
};

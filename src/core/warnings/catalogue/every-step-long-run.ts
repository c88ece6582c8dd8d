import { formatNumber, humanBytes } from '../text';
import type { WarningRule } from '../types';

/** More saves than this makes a run "long" for the every-step default. */
export const LONG_RUN_SAVES = 1000;

/** The every-step default on a run with many steps: thousands of full writes. */
export const everyStepLongRun: WarningRule = {
  id: 'every-step-long-run',
  severity: 'warning',
  source: 'r2.2 L147; simulation.md §3 (bytes_written)',
  messages: {
    en: 'Saving after every step (the default) writes {saves} checkpoints in this run, {bytes} in all; set save_checkpoint_steps to save less often.',
    zh: '每个 step 都保存（默认值）会在本次训练中写出 {saves} 个 checkpoint，共 {bytes}；请设置 save_checkpoint_steps 以降低保存频率。',
  },
  explanation: {
    en: `save_checkpoint_steps=1 is MindSpore's default and is rarely what a long job wants: each save writes the whole network, so the run writes one full checkpoint per step (per sink in graph-mode sink) even though retention deletes almost all of them again. This warning appears from ${formatNumber(LONG_RUN_SAVES)} saves on.`,
    zh: `save_checkpoint_steps=1 是 MindSpore 的默认值，但很少适合长时间训练：每次保存都写出整个网络，即使保留策略随后几乎全部删除，每个 step（图模式下沉时为每次下沉）仍要写一个完整的 checkpoint。保存次数超过 ${LONG_RUN_SAVES} 次时显示此警告。`,
  },
  check(context) {
    const { plan } = context;
    if (plan === null || context.policy.save_checkpoint_steps !== 1) return null;
    if (plan.saves <= LONG_RUN_SAVES) return null;
    return {
      fields: ['save_checkpoint_steps'],
      params: {
        saves: plan.saves,
        bytes: humanBytes(plan.saves * context.state.run.checkpoint_bytes),
      },
    };
  },
};

import { MICROSECONDS_PER_SECOND, toMicroseconds } from '../../simulation/exact-time';
import type { WarningRule } from '../types';

/**
 * Training waits for saves at least as long as it trains between them. A synchronous save blocks
 * for its whole write. A background save blocks too when the next wait comes before the write is
 * done (spec §8): on 2.2 and 2.3 MindSpore waits at the very next step end, so it blocks for the
 * write minus one step (or sink); from 2.4 it waits just before the next due save, so it blocks for
 * the write minus the interval.
 */
export const saveTimeDominates: WarningRule = {
  id: 'save-time-dominates',
  severity: 'warning',
  source: 'simulation.md §2; r2.2 L462-474; v2.4.10 L47-55',
  messages: {
    en: 'Each save blocks training for {save} s but comes only {interval} s of training after the previous one: about {percent}% of the run is spent saving.',
    zh: '每次保存会阻塞训练 {save} 秒，而两次保存之间只有 {interval} 秒的训练：大约 {percent}% 的时间花在保存上。',
  },
  variants: {
    async: {
      en: 'Each background save takes {save} s, and MindSpore {version} waits for it after only {interval} s of training: training stands still about {blocked} s per save, about {percent}% of the run.',
      zh: '每次后台保存耗时 {save} 秒，而 MindSpore {version} 在仅仅 {interval} 秒的训练之后就要等待它完成：每次保存训练停顿约 {blocked} 秒，约占整个训练的 {percent}%。',
    },
  },
  explanation: {
    en: 'With async_save=False the training loop stops while the file is written. With async_save on, the write runs in the background, but MindSpore waits for an unfinished write: in 2.2 and 2.3 at the next step end, from 2.4 before the next save. When the time training stands still per save is at least the training time between two saves, at least half of the run goes to saving. Save less often (a larger save_checkpoint_steps or save_checkpoint_seconds), or use async_save on 2.4 or later with an interval longer than a write.',
    zh: 'async_save=False 时，写文件期间训练会停下来。开启 async_save 后，写文件在后台进行，但 MindSpore 会等待未完成的写入：2.2 和 2.3 在下一个 step 结束时等待，从 2.4 起在下一次保存之前等待。如果每次保存让训练停顿的时间不少于两次保存之间的训练时间，至少一半的时间都花在保存上。请降低保存频率（更大的 save_checkpoint_steps 或 save_checkpoint_seconds），或在 2.4 及以后使用 async_save 并让间隔长于一次写入。',
  },
  check(context) {
    const { plan, synchronous, state } = context;
    if (plan === null || plan.periodicSaves === 0 || plan.intervalTrainingSeconds === null) {
      return null;
    }
    const write = toMicroseconds(state.run.save_seconds);
    const interval = toMicroseconds(plan.intervalTrainingSeconds);
    const cadence = toMicroseconds(context.run.cadenceSteps * state.run.step_seconds);
    const blocked = synchronous
      ? write
      : Math.max(0, write - (context.facts.asyncWait === 'every-step-end' ? cadence : interval));
    if (!(blocked > 0) || blocked < interval) return null;
    const field = plan.mode === 'steps' ? 'save_checkpoint_steps' : 'save_checkpoint_seconds';
    const params = {
      save: state.run.save_seconds,
      interval: plan.intervalTrainingSeconds,
      percent: Math.round((100 * blocked) / (blocked + interval)),
    };
    return {
      fields: [field, 'async_save', 'run.save_seconds'],
      params: synchronous
        ? params
        : {
            ...params,
            variant: 'async',
            blocked: blocked / MICROSECONDS_PER_SECOND,
            version: context.version,
          },
    };
  },
};

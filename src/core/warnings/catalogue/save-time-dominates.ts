import { micros } from '../run-facts';
import type { WarningRule } from '../types';

/** Synchronous saves that take at least as long as the training between them. */
export const saveTimeDominates: WarningRule = {
  id: 'save-time-dominates',
  severity: 'warning',
  source: 'simulation.md §2 (synchronous saves block training); r2.2 serialization.py L518-523',
  messages: {
    en: 'Each save blocks training for {save} s but comes only {interval} s of training after the previous one: about {percent}% of the run is spent saving.',
    zh: '每次保存会阻塞训练 {save} 秒,而两次保存之间只有 {interval} 秒的训练:大约 {percent}% 的时间花在保存上。',
  },
  explanation: {
    en: 'With async_save=False the training loop stops while the file is written. When the save interval, in training time, is no longer than one write, at least half of the wall time goes to saving. Save less often (a larger save_checkpoint_steps or save_checkpoint_seconds) or turn on async_save.',
    zh: 'async_save=False 时,写文件期间训练会停下来。如果两次保存之间的训练时间不比一次写文件长,至少一半的时间都花在保存上。请降低保存频率(更大的 save_checkpoint_steps 或 save_checkpoint_seconds),或开启 async_save。',
  },
  check(context) {
    const { plan, synchronous } = context;
    if (plan === null || !synchronous || plan.periodicSaves === 0) return null;
    const interval = plan.intervalTrainingSeconds;
    const save = context.state.run.save_seconds;
    if (interval === null || !(save > 0) || micros(save) < micros(interval)) return null;
    const field = plan.mode === 'steps' ? 'save_checkpoint_steps' : 'save_checkpoint_seconds';
    return {
      fields: [field, 'async_save', 'run.save_seconds'],
      params: { save, interval, percent: Math.round((100 * save) / (save + interval)) },
    };
  },
};

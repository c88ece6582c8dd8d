import type { WarningRule } from '../types';

/** The trigger never fires during the run: only the forced save at the end writes a file. */
export const intervalExceedsRun: WarningRule = {
  id: 'interval-exceeds-run',
  severity: 'warning',
  source: 'r2.2 L496-508 (forced save at the end of training)',
  messages: {
    en: 'Saves come every {interval} steps, more than the {total, plural, one {# step} other {# steps}} this run trains: only the forced save at the end of training writes a file.',
    zh: '每 {interval} 步才保存一次，超过本次训练的 {total} 步：只有训练结束时的强制保存会写出文件。',
  },
  variants: {
    seconds: {
      en: 'save_checkpoint_seconds = {seconds} is longer than this run (about {duration} s of training): only the forced save at the end of training writes a file.',
      zh: 'save_checkpoint_seconds = {seconds} 超过本次训练的时长（约 {duration} 秒）：只有训练结束时的强制保存会写出文件。',
    },
  },
  explanation: {
    en: 'The save trigger is checked at every step end but never becomes due in this run, so the only checkpoint is the one forced when training ends. If training crashes before the end, nothing is saved.',
    zh: '每个 step 结束时都会检查保存条件，但在本次训练中它从未满足，因此唯一的 checkpoint 是训练结束时强制保存的那个。如果训练在结束前崩溃，就什么也没有保存。',
  },
  check(context) {
    const { plan } = context;
    if (plan === null || plan.mode === 'none' || plan.periodicSaves > 0) return null;
    if (plan.mode === 'steps') {
      return {
        fields: ['save_checkpoint_steps', 'run.epoch', 'run.dataset_size'],
        params: {
          interval: plan.intervalSteps ?? 0,
          total: context.run.totalSteps,
        },
      };
    }
    return {
      fields: ['save_checkpoint_seconds', 'run.epoch', 'run.dataset_size'],
      params: {
        variant: 'seconds',
        seconds: context.policy.save_checkpoint_seconds ?? 0,
        duration: plan.trainingSeconds,
      },
    };
  },
};

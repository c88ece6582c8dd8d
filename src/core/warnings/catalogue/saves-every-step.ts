import type { WarningRule } from '../types';

/** The default interval: a checkpoint after every step (or every sink). */
export const savesEveryStep: WarningRule = {
  id: 'saves-every-step',
  severity: 'info',
  source: 'r2.2 L147',
  messages: {
    en: 'A checkpoint is written after every step (every sink in graph-mode sink); this is the default.',
    zh: '每个 step 之后都会写一个 checkpoint（图模式数据下沉时为每次下沉之后）；这是默认值。',
  },
  explanation: {
    en: 'save_checkpoint_steps defaults to 1. With keep_checkpoint_max=5 only five files stay on disk, but every step still pays for a full write, and training waits for it unless async_save is on.',
    zh: 'save_checkpoint_steps 的默认值是 1。keep_checkpoint_max=5 时磁盘上只留 5 个文件，但每个 step 仍要完整写一次文件；除非开启 async_save，训练都要等待写完。',
  },
  check(context) {
    if (!context.policyAccepted || context.policy.save_checkpoint_steps !== 1) return null;
    return { fields: ['save_checkpoint_steps'] };
  },
};

import type { WarningRule } from '../types';

/** The same ModelCheckpoint for several train() calls keeps its counters (spec §7.9). */
export const reuseCallback: WarningRule = {
  id: 'reuse-callback',
  severity: 'warning',
  source: 'r2.2 L411, L512-513',
  messages: {
    en: 'Reusing a ModelCheckpoint suppresses saves in later train() calls and repeats earlier file names.',
    zh: '重复使用同一个 ModelCheckpoint 会让之后的 train() 调用不再保存，并重复之前的文件名。',
  },
  explanation: {
    en: "Each train() call restarts its step counter at 0, but the callback keeps the step of its last save and its timers. In steps mode nothing is saved until the new counter passes the old last saved step, and the names it then writes repeat (and overwrite) the first call's files. Create a new ModelCheckpoint for each train() call.",
    zh: '每次 train() 调用都会把 step 计数器重置为 0，但回调会保留上次保存的 step 和计时器。在按步保存模式下，直到新的计数超过旧的上次保存 step 之前都不会保存，之后写出的文件名也会与第一次调用的文件重复（并覆盖它们）。请为每次 train() 调用新建一个 ModelCheckpoint。',
  },
  check(context) {
    const calls = context.state.run.train_calls;
    if (!(calls > 1)) return null;
    return { fields: ['run.train_calls'], params: { calls } };
  },
};

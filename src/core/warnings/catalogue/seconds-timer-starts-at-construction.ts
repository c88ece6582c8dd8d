import type { WarningRule } from '../types';

/** Seconds mode: the timer starts when the callback is built, not at the first step. */
export const secondsTimerStartsAtConstruction: WarningRule = {
  id: 'seconds-timer-starts-at-construction',
  severity: 'info',
  source: 'r2.2 L409, L502-506',
  messages: {
    en: 'The seconds timer starts when ModelCheckpoint is created, so the first step may save immediately if start-up takes longer than {seconds} s.',
    zh: '秒计时器在创建 ModelCheckpoint 时就开始计时，因此如果启动耗时超过 {seconds} 秒，第一个 step 可能会立即保存。',
  },
  variants: {
    immediate: {
      en: 'The seconds timer starts when ModelCheckpoint is created: with {startup} s of start-up, more than {seconds} s, the very first step saves.',
      zh: '秒计时器在创建 ModelCheckpoint 时就开始计时：启动耗时 {startup} 秒，超过 {seconds} 秒，因此第一个 step 就会保存。',
    },
  },
  explanation: {
    en: "In seconds mode MindSpore saves at the first step end that is more than save_checkpoint_seconds after its timer, and the timer starts in ModelCheckpoint's constructor. Graph compilation and data loading happen after that, so a long start-up makes the first step end save at once; after each save the timer restarts.",
    zh: '按秒保存时，MindSpore 在距计时起点超过 save_checkpoint_seconds 后的第一个 step 结束时保存，而计时器在 ModelCheckpoint 的构造函数中启动。图编译和数据加载发生在此之后，因此启动时间较长时第一个 step 结束就会保存；每次保存后计时器重新开始。',
  },
  check(context) {
    if (context.trigger !== 'seconds') return null;
    const seconds = context.policy.save_checkpoint_seconds ?? 0;
    const startup = context.state.run.startup_seconds;
    const fields = ['save_checkpoint_seconds', 'run.startup_seconds'];
    if (startup > seconds) return { fields, params: { variant: 'immediate', seconds, startup } };
    return { fields, params: { seconds } };
  },
};

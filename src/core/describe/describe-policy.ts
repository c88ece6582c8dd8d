import { readState, type StateToRead } from '../config/state';
import { validate } from '../mindspore/validate';
import { firstSaveError } from '../simulation/first-save';
import { buildContext, type WarningContext } from '../warnings/context';
import { formatNumber, humanDuration, type Language } from '../warnings/text';

/**
 * Each language's sentences come from its own templates (never fragments of the other language
 * glued together). Numbers are preformatted; `{…}` are filled by `fill`.
 */
const TEXT = {
  en: {
    rejected: 'MindSpore rejects these values (see the errors), so nothing is saved.',
    failsAtFirstSave:
      'MindSpore raises at the first save (see the errors): training stops there, and no checkpoint is written.',
    failsInBackground:
      'Every save fails in the background (see the errors): training goes on, but no checkpoint is written.',
    failsInBackgroundEmpty:
      'Every save fails in the background (see the errors): training goes on, but each save leaves only an empty file.',
    never:
      'Never saves: save_checkpoint_steps and save_checkpoint_seconds are both 0 or None, so not even the final save at the end of training is written.',
    everyStep: 'Saves after every step',
    everySink: 'Saves at the end of every {sink}-step sink',
    everyN: 'Saves every {every} steps',
    drift:
      'Saves every {every} steps, not {steps}, because in graph-mode data sink MindSpore checks only at the end of each {sink}-step sink',
    stepsTiming: ' — about every {duration} at {step} s per step —',
    onlyFinalSteps:
      'Saves only once, at the end of training, because the interval of {every} steps is longer than this {total}-step run,',
    seconds:
      'Saves about every {duration} (at the first step end more than {seconds} s after the previous save)',
    secondsSink:
      'Saves about every {duration} (at the first end of a {sink}-step sink more than {seconds} s after the previous save)',
    secondsNoRun: 'Saves at the first step end more than {seconds} s after the previous save',
    onlyFinalSeconds:
      'Saves only once, at the end of training, because save_checkpoint_seconds = {seconds} is longer than this run,',
    join: '{trigger} and {retention}.',
    keepMax: 'keeps the {max} newest files',
    keepOne: 'keeps only the newest file',
    keepForcedOne:
      'keeps only the newest file (with both retention settings 0/None MindSpore uses keep_checkpoint_max = 1)',
    keepPerN: 'keeps about one file per {n} minutes, without limit',
    keepPerMinute: 'keeps about one file per minute, without limit',
    secondsIgnored: 'save_checkpoint_seconds is ignored because save_checkpoint_steps is set.',
    perNIgnored: 'keep_checkpoint_per_n_minutes is ignored because keep_checkpoint_max is set.',
  },
  zh: {
    rejected: 'MindSpore 会拒绝这些参数值（见错误信息），因此不会保存任何文件。',
    failsAtFirstSave:
      'MindSpore 会在第一次保存时抛出异常（见错误信息）：训练就此停止，不会写出任何文件。',
    failsInBackground: '每次保存都会在后台失败（见错误信息）：训练继续进行，但不会写出任何文件。',
    failsInBackgroundEmpty:
      '每次保存都会在后台失败（见错误信息）：训练继续进行，但每次保存只留下一个空文件。',
    never:
      '永远不会保存：save_checkpoint_steps 和 save_checkpoint_seconds 都是 0 或 None，连训练结束时的最后一次保存也不会写出。',
    everyStep: '每个 step 之后都保存',
    everySink: '每次 {sink} 步的下沉结束时都保存',
    everyN: '每 {every} 步保存一次',
    drift:
      '每 {every} 步保存一次（而不是 {steps} 步），因为图模式数据下沉时 MindSpore 只在每次 {sink} 步的下沉结束时检查',
    stepsTiming: '（按每步 {step} 秒计，约每 {duration}一次）',
    onlyFinalSteps: '只在训练结束时保存一次，因为 {every} 步的间隔超过了本次训练的 {total} 步',
    seconds: '大约每 {duration}保存一次（距上次保存超过 {seconds} 秒后的第一个 step 结束时）',
    secondsSink:
      '大约每 {duration}保存一次（距上次保存超过 {seconds} 秒后的第一次 {sink} 步下沉结束时）',
    secondsNoRun: '距上次保存超过 {seconds} 秒后的第一个 step 结束时保存',
    onlyFinalSeconds:
      '只在训练结束时保存一次，因为 save_checkpoint_seconds = {seconds} 超过了本次训练的时长',
    join: '{trigger}，{retention}。',
    keepMax: '保留最新的 {max} 个文件',
    keepOne: '只保留最新的一个文件',
    keepForcedOne:
      '只保留最新的一个文件（两个保留参数都是 0/None 时，MindSpore 使用 keep_checkpoint_max = 1）',
    keepPerN: '大约每 {n} 分钟保留一个文件，数量不设上限',
    keepPerMinute: '大约每分钟保留一个文件，数量不设上限',
    secondsIgnored: '由于设置了 save_checkpoint_steps，save_checkpoint_seconds 被忽略。',
    perNIgnored: '由于设置了 keep_checkpoint_max，keep_checkpoint_per_n_minutes 被忽略。',
  },
} as const;

type Texts = (typeof TEXT)[Language];

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function triggerClause(context: WarningContext, text: Texts, language: Language): string {
  const { plan, run, policy, state } = context;
  const step = formatNumber(state.run.step_seconds);
  const sink = formatNumber(run.sinkSteps);
  if (context.trigger === 'steps') {
    const steps = policy.save_checkpoint_steps ?? 0;
    const every = plan?.intervalSteps ?? steps;
    const values = { steps: formatNumber(steps), every: formatNumber(every), sink, step };
    if (plan !== null && plan.periodicSaves === 0) {
      return fill(text.onlyFinalSteps, { ...values, total: formatNumber(run.totalSteps) });
    }
    const graphSink = run.valid && run.path === 'graph-sink';
    const base =
      graphSink && every !== steps && steps !== 1
        ? text.drift
        : graphSink && every === run.sinkSteps
          ? text.everySink
          : every === 1
            ? text.everyStep
            : text.everyN;
    const timed = plan !== null && base !== text.everyStep && base !== text.everySink;
    if (!timed) return fill(base, values);
    const duration = humanDuration(every * state.run.step_seconds, language);
    return fill(base, values) + fill(text.stepsTiming, { ...values, duration });
  }
  const seconds = formatNumber(policy.save_checkpoint_seconds ?? 0);
  if (plan === null) return fill(text.secondsNoRun, { seconds });
  if (plan.periodicSaves === 0) return fill(text.onlyFinalSeconds, { seconds });
  // Wall time between two saves: the training between them plus a synchronous write.
  const gap =
    (plan.intervalTrainingSeconds ?? 0) + (context.synchronous ? state.run.save_seconds : 0);
  const duration = humanDuration(gap, language);
  const template = run.path === 'graph-sink' ? text.secondsSink : text.seconds;
  return fill(template, { seconds, duration, sink });
}

function retentionClause(context: WarningContext, text: Texts): string {
  const { policy } = context;
  if (context.retention === 'max') {
    const max = policy.keep_checkpoint_max ?? 1;
    const given = context.given('keep_checkpoint_max');
    if (!given || given === 0) return text.keepForcedOne;
    return max === 1 ? text.keepOne : fill(text.keepMax, { max: formatNumber(max) });
  }
  const n = policy.keep_checkpoint_per_n_minutes ?? 0;
  return n === 1 ? text.keepPerMinute : fill(text.keepPerN, { n: formatNumber(n) });
}

/**
 * The effective policy as whole sentences in one language, like a cron explainer:
 * `describePolicy(completeState({ config: { save_checkpoint_steps: 1000 }, run: { step_seconds: 1.5 } }), 'en')`
 * → "Saves every 1,000 steps — about every 25 minutes at 1.5 s per step — and keeps the 5 newest files."
 */
export function describePolicy(stateGiven: StateToRead, language: Language): string {
  const state = readState(stateGiven);
  const context = buildContext(state);
  const text = TEXT[language];
  // Any exception at construction (the config's or ModelCheckpoint's), not only the policy's.
  if (!context.policyAccepted || validate(state).length > 0) return text.rejected;
  if (context.trigger === 'none') return text.never;
  const failure = firstSaveError(state);
  if (failure !== null) {
    // Only encryption fails inside the write, which async_save moves to a background worker
    // (the simulator's errorInBackground); 2.2/2.3 write in place and leave the empty file.
    if (failure.code !== 'E31' || context.synchronous) return text.failsAtFirstSave;
    return context.facts.formatExtension ? text.failsInBackground : text.failsInBackgroundEmpty;
  }
  const sentences = [
    fill(text.join, {
      trigger: triggerClause(context, text, language),
      retention: retentionClause(context, text),
    }),
  ];
  const given = (name: string) => {
    const value = context.given(name);
    return typeof value === 'number' && value > 0;
  };
  if (given('save_checkpoint_steps') && given('save_checkpoint_seconds')) {
    sentences.push(text.secondsIgnored);
  }
  if (given('keep_checkpoint_max') && given('keep_checkpoint_per_n_minutes')) {
    sentences.push(text.perNIgnored);
  }
  return sentences.join(language === 'en' ? ' ' : '');
}

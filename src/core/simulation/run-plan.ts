import type { BuilderState } from '../config/state';
import type { Diagnostic, RunProblem } from '../mindspore/diagnostic';
import { effectivePolicy } from '../mindspore/policy';
import { pyTruthy, type PyValue } from '../python/py-value';
import { VERSION_FACTS, type MindSporeVersion } from '../versions';
import { ceilToMultiple, clockFitting, floorDiv, toTicks } from './exact-time';
import { firstSaveError, pyString, type FirstSaveError } from './first-save';

/** The most save attempts one simulation plays; beyond it the result is an error, quickly. */
export const MAX_SAVE_ATTEMPTS = 10_000_000;

/**
 * Everything the event loop needs, derived once from the state (simulation.md §1, spec §7.1):
 * whole ticks of the plan's clock for times (exact-time.ts), 0 for a falsy policy value.
 */
export interface RunPlan {
  version: MindSporeVersion;
  /** The clock's ticks per second: 10^6 (microseconds), or finer for times with more decimals. */
  ticksPerSecond: number;
  /** save_checkpoint_steps when positive (steps mode), else 0. */
  stepsInterval: number;
  /** save_checkpoint_seconds in ticks when in seconds mode, else 0. */
  secondsIntervalTicks: number;
  /** keep_checkpoint_max when positive (max mode), else 0. */
  keepMax: number;
  /** keep_checkpoint_per_n_minutes × 60 s in ticks in per-n mode, else 0. */
  perNWindowTicks: number;
  /** Steps between two step_end calls: the sink length in graph-mode sink, else 1. */
  cadence: number;
  /** cur_step_num at the end of one train() call. */
  stepsPerCall: number;
  stepsPerEpoch: number;
  /** The modulus of the step number in file names. */
  batchNum: number;
  initialEpoch: number;
  /** 1 when MS_ENABLE_CKPT_D2H_ASYNC=1 lowers the step in names (2.5+, GRAPH_MODE). */
  nameShift: number;
  stepTicks: number;
  startupTicks: number;
  saveTicks: number;
  checkpointBytes: number;
  trainCalls: number;
  asyncSave: boolean;
  /** 2.2/2.3: every step_end waits for unfinished background saves; 2.4+: only a due save does. */
  waitEveryStepEnd: boolean;
  extension: string;
  givenPrefix: string;
  previousRuns: number;
  firstSaveError: FirstSaveError | null;
  /** The first-save error happens in the background worker (E31 with async_save): training goes on. */
  errorInBackground: boolean;
  /** A failed write leaves an empty file under the checkpoint's own name (2.2/2.3 write in place). */
  failedWriteLeavesFile: boolean;
}

export type PlanOutcome = { ok: true; plan: RunPlan } | { ok: false; error: Diagnostic };

/**
 * A run the simulator refuses (kind "RunModel"). `problem` says which of the builder's sentences
 * it is, for the page to say in the reader's language; the fallbacks for what validateRun reports
 * first (simulate checks it before planning) have none and keep their English.
 */
const refusal = (field: string, message: string, problem?: RunProblem): Diagnostic => ({
  kind: 'RunModel',
  field: `run.${field}`,
  message,
  ...(problem === undefined ? {} : { problem }),
});

const runError = (field: string, message: string, problem?: RunProblem): PlanOutcome => ({
  ok: false,
  error: refusal(field, message, problem),
});

/**
 * Checks the run model (a fallback for what `validateRun` reports) and derives the plan.
 * `planRun(defaultState())` → `{ ok: true, plan: { stepsPerCall: 10000, … } }`.
 */
export function planRun(state: BuilderState): PlanOutcome {
  const run = state.run;
  const isInt = (x: number) => Number.isInteger(x);
  if (!isInt(run.epoch) || run.epoch < 1)
    return runError('epoch', `epoch must be a whole number ≥ 1, not ${run.epoch}.`);
  if (!isInt(run.initial_epoch) || run.initial_epoch < 0)
    return runError(
      'initial_epoch',
      `initial_epoch must be a whole number ≥ 0, not ${run.initial_epoch}.`,
    );
  if (run.initial_epoch >= run.epoch)
    return {
      ok: false,
      error: {
        kind: 'ValueError',
        field: 'run.initial_epoch',
        code: 'E38',
        message: `For 'Model.train', the parameter 'epoch' must bigger than parameter 'initial_epoch', but got the parameter 'epoch' is ${run.epoch}, 'initial_epoch' is ${run.initial_epoch}.`,
      },
    };
  if (run.dataset_size === 0)
    return {
      ok: false,
      error: {
        kind: 'ValueError',
        field: 'run.dataset_size',
        code: 'E39',
        message: 'There is no valid data in dataset, please check dataset file firstly.',
      },
    };
  if (!isInt(run.dataset_size) || run.dataset_size < 1)
    return runError(
      'dataset_size',
      `dataset_size must be a whole number ≥ 1, not ${run.dataset_size}.`,
    );
  if (!isInt(run.sink_size))
    return runError('sink_size', `sink_size must be a whole number, not ${run.sink_size}.`);
  if (run.sink_size < -1 || run.sink_size === 0)
    return {
      ok: false,
      error: {
        kind: 'ValueError',
        field: 'run.sink_size',
        code: 'E37',
        message: `For 'Model.train', The argument 'sink_size' must be -1 or positive, but got ${run.sink_size}.`,
      },
    };
  if (!(run.step_seconds > 0))
    return runError('step_seconds', `step_seconds must be more than 0, not ${run.step_seconds}.`);
  if (run.step_seconds < 1e-12)
    return runError(
      'step_seconds',
      'step_seconds must be at least one picosecond (1e-12 s); the clock counts whole picoseconds at its finest.',
    );
  for (const field of ['startup_seconds', 'save_seconds', 'checkpoint_bytes'] as const) {
    if (run[field] < 0) return runError(field, `${field} must be 0 or more, not ${run[field]}.`);
  }
  for (const [field, least] of [
    ['previous_runs', 0],
    ['device_num', 1],
    ['pipeline_stages', 1],
    ['train_calls', 1],
  ] as const) {
    const x = run[field];
    if (!isInt(x) || x < least)
      return runError(field, `${field} must be a whole number ≥ ${least}, not ${x}.`);
  }
  if (run.train_calls > MAX_SAVE_ATTEMPTS)
    return runError(
      'train_calls',
      `train_calls is limited to ${MAX_SAVE_ATTEMPTS.toLocaleString('en-US')} in the simulator.`,
    );

  const prefix = pyString(state.callback.prefix as PyValue);
  if (prefix === undefined)
    return {
      ok: false,
      error: {
        kind: 'Unsupported',
        field: 'prefix',
        message:
          'The simulator needs the prefix as a str: a callable prefix names files by its own rule, which the builder cannot know.',
        reason: { id: 'prefix-not-str', values: {} },
      },
    };

  const facts = VERSION_FACTS[state.mindspore_version];
  let extension = 'ckpt';
  if (facts.formatExtension) {
    const format = pyString((state.config.format ?? 'ckpt') as PyValue);
    if (format === undefined)
      return {
        ok: false,
        error: {
          kind: 'Unsupported',
          field: 'format',
          message: 'The simulator needs format as a str.',
          reason: { id: 'format-not-str', values: {} },
        },
      };
    extension = format;
  }

  const policy = effectivePolicy(state);
  const positive = (x: number | null) => (x !== null && x > 0 ? x : 0);
  const stepsInterval = positive(policy.save_checkpoint_steps);
  const seconds = stepsInterval > 0 ? 0 : positive(policy.save_checkpoint_seconds);
  const keepMax = positive(policy.keep_checkpoint_max);
  const perN = keepMax > 0 ? 0 : positive(policy.keep_checkpoint_per_n_minutes);

  // Spec §7.1: sink_size −1 is the dataset size; CPU runs the ordinary loop but names steps modulo
  // sink_size; graph-mode sink calls step_end once per sink.
  const D = run.dataset_size;
  const S = run.sink_size > 0 ? run.sink_size : D;
  const sinkActive = run.dataset_sink_mode && run.device_target !== 'CPU';
  const stepsPerEpoch = sinkActive ? S : D;
  const batchNum = run.dataset_sink_mode && run.sink_size > 0 ? run.sink_size : D;
  const cadence = sinkActive && run.mode === 'GRAPH_MODE' ? S : 1;
  const stepsPerCall = (run.epoch - run.initial_epoch) * stepsPerEpoch;
  if (!Number.isSafeInteger(stepsPerCall * run.train_calls))
    return runError('epoch', 'The run has more than 2^53 steps; the simulator cannot count them.', {
      id: 'too-many-steps',
      values: {},
    });

  const asyncSave = pyTruthy((state.config.async_save ?? false) as PyValue) === true;
  const error = firstSaveError(state);
  const planAt = (ticksPerSecond: number): RunPlan => ({
    version: state.mindspore_version,
    ticksPerSecond,
    stepsInterval,
    secondsIntervalTicks: seconds > 0 ? seconds * ticksPerSecond : 0,
    keepMax,
    perNWindowTicks: perN * 60 * ticksPerSecond,
    cadence,
    stepsPerCall,
    stepsPerEpoch,
    batchNum,
    initialEpoch: run.initial_epoch,
    nameShift:
      facts.d2hAsyncShift && run.ms_enable_ckpt_d2h_async && run.mode === 'GRAPH_MODE' ? 1 : 0,
    stepTicks: toTicks(run.step_seconds, ticksPerSecond),
    startupTicks: toTicks(run.startup_seconds, ticksPerSecond),
    saveTicks: toTicks(run.save_seconds, ticksPerSecond),
    checkpointBytes: run.checkpoint_bytes,
    trainCalls: run.train_calls,
    asyncSave,
    waitEveryStepEnd: facts.asyncWait === 'every-step-end',
    extension,
    givenPrefix: prefix,
    previousRuns: run.previous_runs,
    firstSaveError: error,
    errorInBackground: error !== null && error.code === 'E31' && asyncSave,
    failedWriteLeavesFile: !facts.formatExtension,
  });

  // The finest clock the run's times need (exactly as written), coarser while the run's end does
  // not fit in 2^53 ticks, down to microseconds; a run too long even then is refused.
  const tooLongAt = (ticksPerSecond: number) => {
    const limit = checkLimits(planAt(ticksPerSecond));
    return limit !== null && !limit.ok && limit.error.problem?.id === 'too-long';
  };
  const times = [run.step_seconds, run.startup_seconds, run.save_seconds];
  const plan = planAt(clockFitting(times, (ticksPerSecond) => !tooLongAt(ticksPerSecond)));
  return checkLimits(plan) ?? { ok: true, plan };
}

/** Whether the plan has a save trigger at all (spec §7.4: none ⇒ nothing is ever written). */
export function hasTrigger(plan: RunPlan): boolean {
  return plan.stepsInterval > 0 || plan.secondsIntervalTicks > 0;
}

/**
 * Bounds on the number of due saves of one run, found arithmetically (never by looping):
 * exact in steps mode; in seconds mode two consecutive non-forced saves are more than the interval
 * apart and each save blocks training at most `saveTicks`, which bounds the count from above, while
 * the next callback past the interval bounds it from below.
 */
export function saveBounds(plan: RunPlan): { lower: number; upper: number } {
  if (!hasTrigger(plan)) return { lower: 0, upper: 0 };
  const T = plan.stepsPerCall;
  if (plan.firstSaveError !== null && !plan.errorInBackground) return { lower: 1, upper: 1 };
  if (plan.stepsInterval > 0) {
    // Only the first train() call saves: afterwards lastSavedStep = T (spec §7.9).
    const q = ceilToMultiple(plan.stepsInterval, plan.cadence);
    const n = q > T ? 1 : floorDiv(T, q) + (T % q === 0 ? 0 : 1);
    return { lower: n, upper: n };
  }
  const calls = plan.trainCalls;
  const callbacks = calls * (T / plan.cadence + 1);
  const sec = plan.secondsIntervalTicks;
  const base = plan.startupTicks + calls * T * plan.stepTicks;
  let upper = callbacks;
  if (sec > plan.saveTicks) {
    upper = Math.min(upper, Math.floor((base + (calls + 1) * sec) / (sec - plan.saveTicks)) + 1);
  }
  const gap = sec + plan.cadence * plan.stepTicks + 2 * plan.saveTicks;
  const lower = Math.max(1, Math.floor((calls * T * plan.stepTicks) / gap) - 1);
  return { lower: Math.min(lower, upper), upper };
}

function checkLimits(plan: RunPlan): PlanOutcome | null {
  const { lower, upper } = saveBounds(plan);
  const limit = MAX_SAVE_ATTEMPTS.toLocaleString('en-US');
  if (lower > MAX_SAVE_ATTEMPTS) {
    const about = lower.toLocaleString('en-US');
    return runError(
      'epoch',
      `This run needs about ${about} checkpoint saves or more; the simulator plays at most ${limit}. Save less often or simulate a shorter run.`,
      { id: 'too-many-saves-estimated', values: { about, limit } },
    );
  }
  const saves = Math.min(upper, MAX_SAVE_ATTEMPTS);
  const end =
    plan.startupTicks +
    plan.trainCalls * plan.stepsPerCall * plan.stepTicks +
    saves * plan.saveTicks;
  if (!Number.isSafeInteger(end)) {
    return runError(
      'step_seconds',
      'The run lasts more than 2^53 microseconds (about 285 years); the simulator cannot time it exactly.',
      { id: 'too-long', values: {} },
    );
  }
  return null;
}

/** The limit message when a run turns out to need more attempts than MAX_SAVE_ATTEMPTS. */
export function limitError(): Diagnostic {
  const limit = MAX_SAVE_ATTEMPTS.toLocaleString('en-US');
  return refusal(
    'epoch',
    `This run needs more than ${limit} checkpoint saves; the simulator plays at most ${limit}. Save less often or simulate a shorter run.`,
    { id: 'too-many-saves', values: { limit } },
  );
}

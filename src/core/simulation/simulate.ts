import { readState, type BuilderState, type StateToRead } from '../config/state';
import type { Diagnostic, ImportProblem, RunProblem } from '../mindspore/diagnostic';
import { validate, validateRun } from '../mindspore/validate';
import { pyString } from './first-save';
import { runEngine, type EarlierFile, type EngineOutput } from './engine';
import { toSeconds } from './exact-time';
import { hasTrigger, limitError, MAX_SAVE_ATTEMPTS, planRun, type RunPlan } from './run-plan';
import type { SimulateOptions, SimulationResult } from './types';
import { VERSION_FACTS } from '../versions';
import type { PyValue } from '../python/py-value';

/*
 * Decisions where the spec leaves room (see also engine.ts, run-plan.ts):
 * - Times are whole ticks (microseconds, or finer when the run's times have more decimals,
 *   exact-time.ts); user seconds are converted to ticks once.
 * - A later train() call (run.train_calls) starts when the previous one ended, with no startup.
 * - total_steps counts the steps of every train() call.
 * - A first-save error in the foreground (E32–E35, or E31 with a synchronous save) ends training at
 *   that save: end_time is its start, and the empty/.tmp file the failed write leaves is not listed.
 *   E31 with async_save is raised in the background worker: training goes on, every due save fails
 *   the same way and takes no time; on 2.2/2.3 each leaves an empty file under the checkpoint's own
 *   name (a save event with `failed: true`, 0 bytes, counted by retention, not in stats.saves);
 *   on 2.4+ it leaves only a .tmp file, so nothing is listed.
 * - Earlier runs rename the prefix only if a run with these settings leaves a file whose extension
 *   is in the version's rename set. On 2.4/2.5 with safetensors their leftovers are played run by
 *   run, each ending just before the next is constructed; stats and series count this run's files.
 * - Buckets have one width (a power-of-two multiple of the first guess), the last one cut at
 *   end_time; the disk series keeps each bin's lowest, highest and last point.
 */
const DEFAULT_MAX_LIFESPANS = 2000;
const DEFAULT_MAX_SERIES_POINTS = 400;

/**
 * Plays the training run and returns what MindSpore writes, deletes and keeps (simulation.md):
 * `simulate(defaultState()).retained.length === 5`. States MindSpore rejects at construction give
 * no events and `error`; a first-save error gives the events up to that save's deletions.
 */
export function simulate(stateGiven: StateToRead, options: SimulateOptions = {}): SimulationResult {
  const state = readState(stateGiven);
  const construction = validate(state)[0] ?? validateRun(state)[0];
  if (construction !== undefined) return rejected(state, construction, null);
  const planned = planRun(state);
  if (!planned.ok) return rejected(state, planned.error, null);
  const plan = planned.plan;

  const maxEvents = Math.max(0, Math.floor(options.maxEvents ?? Number.POSITIVE_INFINITY));
  const base = {
    plan,
    maxEvents,
    maxLifespans: Math.max(0, Math.floor(options.maxLifespans ?? DEFAULT_MAX_LIFESPANS)),
    maxSeriesPoints: Math.max(5, Math.floor(options.maxSeriesPoints ?? DEFAULT_MAX_SERIES_POINTS)),
  };

  let budget = MAX_SAVE_ATTEMPTS;
  let earlierFiles: EarlierFile[] = [];
  let prefix = plan.givenPrefix;
  if (plan.previousRuns > 0) {
    if (earlierRunsAreManaged(plan)) {
      // 2.4/2.5 with safetensors: renaming ignores .safetensors files, the manager does not, so
      // this run inherits what the same run left before it (simulation.md §3), oldest first.
      const chained = chainEarlierRuns(plan, base);
      if (chained === null) return rejected(state, limitError(), plan);
      earlierFiles = chained.files;
      budget -= chained.attempts;
    } else if (earlierRunsLeaveFiles(plan)) {
      prefix = `${plan.givenPrefix}_${plan.previousRuns}`;
    }
  }

  const out = runEngine({ ...base, prefix, earlierFiles, record: true, attemptBudget: budget });
  if (out.overLimit) return rejected(state, limitError(), plan);
  return toResult(prefix, plan, out);
}

function toResult(prefix: string, plan: RunPlan, out: EngineOutput): SimulationResult {
  const result: SimulationResult = {
    prefix,
    events: out.events,
    retained: out.retained,
    total_steps: plan.stepsPerCall * plan.trainCalls,
    end_time: toSeconds(out.endTicks, plan.ticksPerSecond),
    truncated: out.truncated,
    stats: out.stats,
    series: out.series,
  };
  if (out.error !== null) {
    result.error = { kind: out.error.kind, message: out.error.message, step: out.error.step };
  }
  return result;
}

/** Earlier runs' files count as this run's managed files (spec §7.6, the 2.4/2.5 safetensors case). */
function earlierRunsAreManaged(plan: RunPlan): boolean {
  const facts = VERSION_FACTS[plan.version];
  return (
    facts.formatExtension &&
    !facts.renameExtensions.includes(`.${plan.extension}`) &&
    plan.extension === 'safetensors'
  );
}

/**
 * Whether a run with these settings leaves a file that makes the next one rename its prefix
 * (spec §6.2): it must write something, and what it writes must have an extension in the rename set.
 * A failed encryption still leaves its empty file on 2.2/2.3 (written in place); 2.4+ leave a .tmp.
 */
function earlierRunsLeaveFiles(plan: RunPlan): boolean {
  if (!hasTrigger(plan)) return false;
  const error = plan.firstSaveError;
  // Only encryption fails inside the write itself; E32–E35 are raised before any file is opened.
  if (error !== null && !(error.code === 'E31' && plan.failedWriteLeavesFile)) return false;
  return VERSION_FACTS[plan.version].renameExtensions.includes(`.${plan.extension}`);
}

function chainEarlierRuns(
  plan: RunPlan,
  base: { plan: RunPlan; maxEvents: number; maxLifespans: number; maxSeriesPoints: number },
): { files: EarlierFile[]; attempts: number } | null {
  let files: EarlierFile[] = [];
  let attempts = 0;
  let signature = '';
  for (let run = 0; run < plan.previousRuns; run++) {
    const out = runEngine({
      ...base,
      prefix: plan.givenPrefix,
      earlierFiles: files,
      record: false,
      attemptBudget: MAX_SAVE_ATTEMPTS - attempts,
    });
    attempts += out.attempts;
    if (out.overLimit) return null;
    // Written before t = 0, in the same order: the run ended just as this one is constructed.
    files = out.leftovers.map((f) => ({ ...f, mtimeTicks: f.mtimeTicks - out.endTicks }));
    const next = JSON.stringify(files);
    // Same leftovers as the run before: every further earlier run leaves exactly these too.
    if (next === signature) break;
    signature = next;
  }
  return { files, attempts };
}

/**
 * Which of the builder's own sentences (`Diagnostic.problem`) the "RunModel" error of
 * `simulate(state)` is, so that the page can say it in the reader's language; undefined when
 * `message` is none of them. The result's error keeps the shape simulation.md gives it.
 */
export function runProblemOf(stateGiven: StateToRead, message: string): RunProblem | undefined {
  return ownErrors(readState(stateGiven)).find(
    (candidate) => candidate.problem !== undefined && candidate.message === message,
  )?.problem;
}

/**
 * Which of the builder's own sentences (`Diagnostic.reason`) the "Unsupported" error of
 * `simulate(state)` is (a value it cannot know, a prefix or format that is no str), so that the
 * page can say it in the reader's language; undefined when `message` is none of them.
 */
export function unsupportedReasonOf(
  stateGiven: StateToRead,
  message: string,
): ImportProblem | undefined {
  return ownErrors(readState(stateGiven)).find(
    (candidate) => candidate.kind === 'Unsupported' && candidate.message === message,
  )?.reason;
}

/** Every error `simulate(state)` may give that is the builder's own, with its sentence's id. */
function ownErrors(state: BuilderState): Diagnostic[] {
  const candidates = [...validate(state), ...validateRun(state)];
  const planned = planRun(state);
  if (!planned.ok) candidates.push(planned.error);
  candidates.push(limitError());
  return candidates;
}

function rejected(state: BuilderState, error: Diagnostic, plan: RunPlan | null): SimulationResult {
  const prefix = pyString(state.callback.prefix as PyValue) ?? '';
  return {
    prefix,
    events: [],
    retained: [],
    total_steps: plan === null ? 0 : plan.stepsPerCall * plan.trainCalls,
    end_time: 0,
    truncated: false,
    error: { kind: error.kind, message: error.message },
    stats: {
      saves: 0,
      deletes: 0,
      overwrites: 0,
      peak_files: 0,
      peak_bytes: 0,
      bytes_written: 0,
      blocked_seconds: 0,
    },
    series: { disk: [], buckets: [], lifespans: [], lifespans_truncated: false },
  };
}

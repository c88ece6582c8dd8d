import type { FirstSaveError } from './first-save';
import { FileStore, FLAG_EARLIER_RUN, FLAG_FAILED } from './file-store';
import { ceilToMultiple, floorDiv, toSeconds } from './exact-time';
import { hasTrigger, type RunPlan } from './run-plan';
import { LifespanSampler, SeriesBuilder } from './series-builder';
import type {
  DeleteEvent,
  SaveEvent,
  SimulationEvent,
  SimulationSeries,
  SimulationStats,
} from './types';

/** A managed file already in the directory when the run starts (earlier runs, spec §7.6). */
export interface EarlierFile {
  step: number;
  mtimeTicks: number;
  failed: boolean;
}

export interface EngineInput {
  plan: RunPlan;
  prefix: string;
  earlierFiles: readonly EarlierFile[];
  /** Record events, series and lifespans (the run shown); earlier runs only need their leftovers. */
  record: boolean;
  maxEvents: number;
  maxLifespans: number;
  maxSeriesPoints: number;
  /** Save attempts still allowed; the engine stops with `overLimit` beyond it. */
  attemptBudget: number;
}

export interface EngineOutput {
  events: SimulationEvent[];
  truncated: boolean;
  retained: string[];
  endTicks: number;
  attempts: number;
  overLimit: boolean;
  error: (FirstSaveError & { step: number }) | null;
  stats: SimulationStats;
  series: SimulationSeries;
  /** Managed files left at the end, oldest first, with mtimes on this run's clock. */
  leftovers: EarlierFile[];
}

type Policy = DeleteEvent['policy'];
type EndedBy = SimulationSeries['lifespans'][number]['ended_by'];

/**
 * Plays one run of one ModelCheckpoint (spec §7.3–§7.5, simulation.md §2) from save to save: the
 * next due step is computed, never searched step by step, so the cost grows with the saves.
 */
export function runEngine(input: EngineInput): EngineOutput {
  const { plan, prefix, record } = input;
  const T = plan.stepsPerCall;
  const g = plan.cadence;
  const stepTicks = plan.stepTicks;
  const saveTicks = plan.saveTicks;
  const stepsMode = plan.stepsInterval > 0;
  const secondsMode = !stepsMode && plan.secondsIntervalTicks > 0;
  const waitEvery = plan.waitEveryStepEnd;
  const maxEvents = input.maxEvents;
  const suffix = `.${plan.extension}`;
  const head = `${prefix}-`;

  const names =
    input.earlierFiles.length > 0 ||
    plan.trainCalls > 1 ||
    (plan.batchNum < plan.stepsPerEpoch && plan.batchNum > 0);
  const store = new FileStore(names);
  const events: SimulationEvent[] = [];
  let truncated = false;
  const series = record
    ? new SeriesBuilder(
        plan.startupTicks + plan.trainCalls * T * stepTicks,
        input.maxSeriesPoints,
        plan.ticksPerSecond,
      )
    : null;
  const lifespans = new LifespanSampler(record ? input.maxLifespans : 0);

  const stats: SimulationStats = {
    saves: 0,
    deletes: 0,
    overwrites: 0,
    peak_files: 0,
    peak_bytes: 0,
    bytes_written: 0,
    blocked_seconds: 0,
  };
  let ownFiles = 0;
  let ownBytes = 0;
  let saveIndex = 0;

  let clock = plan.startupTicks;
  let blocked = 0;
  let lastSaved = 0;
  let secTimer = 0;
  let keepTimer = 0;
  let pending = -1;
  let s = 0;
  let lastStep = 0;
  let attempts = 0;
  let overLimit = false;
  let stopped = false;
  let error: EngineOutput['error'] = null;

  // Consecutive names mostly share their epoch: keep "{prefix}-{epoch}_" for the last one.
  let namedEpoch = -1;
  let epochHead = '';
  const fileName = (step: number): string => {
    const epoch = plan.initialEpoch + floorDiv(step - 1, plan.stepsPerEpoch) + 1;
    if (epoch !== namedEpoch) {
      namedEpoch = epoch;
      epochHead = `${head}${epoch}_`;
    }
    return epochHead + (((step - 1) % plan.batchNum) + 1 - plan.nameShift) + suffix;
  };
  const bytesOf = (node: number) =>
    ((store.flags[node] as number) & FLAG_FAILED) !== 0 ? 0 : plan.checkpointBytes;
  const isOwn = (node: number) => ((store.flags[node] as number) & FLAG_EARLIER_RUN) === 0;

  for (const file of input.earlierFiles) {
    const node = store.append(
      file.mtimeTicks,
      file.step,
      -1,
      FLAG_EARLIER_RUN | (file.failed ? FLAG_FAILED : 0),
    );
    store.byName?.set(fileName(file.step), node);
  }

  const endLife = (node: number, endTicks: number, endStep: number, by: EndedBy) => {
    if (!isOwn(node)) return;
    const index = store.saveIndex[node] as number;
    if (!lifespans.wants(index)) return;
    const mtime = store.mtime[node] as number;
    const failed = ((store.flags[node] as number) & FLAG_FAILED) !== 0;
    const startTicks = failed ? mtime : mtime - saveTicks;
    const step = store.step[node] as number;
    lifespans.add(index, {
      file: fileName(step),
      start: toSeconds(startTicks, plan.ticksPerSecond),
      end: toSeconds(endTicks, plan.ticksPerSecond),
      start_step: step,
      end_step: endStep,
      ended_by: by,
    });
  };

  const forget = (node: number) => {
    if (isOwn(node)) {
      ownFiles -= 1;
      ownBytes -= bytesOf(node);
    }
    if (store.byName !== null) store.byName.delete(fileName(store.step[node] as number));
    store.remove(node);
  };

  const deleteFile = (node: number, t: number, step: number, policy: Policy) => {
    stats.deletes += 1;
    if (record) {
      series?.delete(t);
      endLife(node, t, step, policy);
      if (events.length < maxEvents) {
        events.push({
          kind: 'delete',
          step,
          time: toSeconds(t, plan.ticksPerSecond),
          file: fileName(store.step[node] as number),
          policy,
        });
      } else truncated = true;
    }
    forget(node);
  };

  // Spec §7.5, run just before the write at `t`.
  const retain = (t: number, step: number) => {
    if (plan.keepMax > 0) {
      if (store.count >= plan.keepMax && store.head >= 0)
        deleteFile(store.head, t, step, 'keep_checkpoint_max');
      return;
    }
    const window = plan.perNWindowTicks;
    if (window <= 0 || !(t - keepTimer < window)) return;
    // W is the tail of files with t − mtime < window; its first file is the oldest.
    let first = -1;
    for (let node = store.tail; node >= 0; node = store.prev[node] as number) {
      if (!(t - (store.mtime[node] as number) < window)) break;
      first = node;
    }
    if (first < 0) return;
    const keep = (store.mtime[first] as number) < t ? first : -1;
    for (let node = first; node >= 0;) {
      const following = store.next[node] as number;
      if (node !== keep) deleteFile(node, t, step, 'keep_checkpoint_per_n_minutes');
      node = following;
    }
  };

  // Moves the clock to the step_end of callback step `target` (2.2/2.3: the first step_end after
  // a background save waits for it).
  const arrive = (target: number) => {
    if (target <= s) return;
    let wait = 0;
    if (waitEvery && pending >= 0) {
      wait = Math.max(0, pending - (clock + g * stepTicks));
      pending = -1;
    }
    clock += (target - s) * stepTicks + wait;
    blocked += wait;
    s = target;
    lastStep = target;
  };

  const write = (step: number, t: number, failed: boolean) => {
    // Names cost a string per save: build one only when it is looked up or shown.
    const name =
      store.byName !== null || (record && events.length < maxEvents) ? fileName(step) : '';
    let overwrote = false;
    if (store.byName !== null) {
      const existing = store.byName.get(name);
      if (existing !== undefined) {
        overwrote = true;
        stats.overwrites += 1;
        if (record) endLife(existing, t, step, 'overwritten');
        forget(existing);
      }
    }
    const mtime = failed ? t : t + saveTicks;
    const node = store.append(mtime, step, saveIndex, failed ? FLAG_FAILED : 0);
    saveIndex += 1;
    store.byName?.set(name, node);
    ownFiles += 1;
    if (!failed) {
      ownBytes += plan.checkpointBytes;
      stats.saves += 1;
    }
    if (ownFiles > stats.peak_files) stats.peak_files = ownFiles;
    if (ownBytes > stats.peak_bytes) stats.peak_bytes = ownBytes;
    if (record) {
      if (!failed) series?.save(t);
      series?.point(t, step, ownFiles, ownBytes);
      if (events.length < maxEvents) {
        const epoch = plan.initialEpoch + floorDiv(step - 1, plan.stepsPerEpoch) + 1;
        const event: SaveEvent = {
          kind: 'save',
          step,
          epoch,
          step_in_epoch: ((step - 1) % plan.batchNum) + 1 - plan.nameShift,
          time: toSeconds(t, plan.ticksPerSecond),
          file: name,
          overwrote,
        };
        if (failed) event.failed = true;
        events.push(event);
      } else truncated = true;
    }
  };

  // Spec §7.4 from step 5 on, for a save found due at the current clock.
  const save = (step: number) => {
    attempts += 1;
    if (attempts > input.attemptBudget) {
      overLimit = true;
      stopped = true;
      return;
    }
    let t = clock;
    if (!waitEvery && plan.asyncSave && pending >= 0) {
      if (pending > t) {
        blocked += pending - t;
        t = pending;
      }
      pending = -1;
      clock = t;
    }
    retain(t, step);
    keepTimer = t;
    lastSaved = step;
    const failure = plan.firstSaveError;
    if (failure !== null) {
      if (error === null) error = { ...failure, step };
      if (!plan.errorInBackground) {
        // The exception leaves the callback: training stops with this save's deletions done.
        series?.point(t, step, ownFiles, ownBytes);
        stopped = true;
        return;
      }
      // Encryption fails in the background worker (E31): logged, training goes on. 2.2/2.3 leave
      // an empty file under the checkpoint's name; 2.4+ only a .tmp file, which is not managed.
      if (plan.failedWriteLeavesFile) write(step, t, true);
      return;
    }
    write(step, t, false);
    if (plan.asyncSave) pending = t + saveTicks;
    else {
      clock = t + saveTicks;
      blocked += saveTicks;
    }
  };

  const trigger = hasTrigger(plan);
  for (let call = 0; call < plan.trainCalls && !stopped; call++) {
    // Without a trigger nothing happens; in steps mode a reused callback saves nothing once
    // lastSavedStep reached the end of a call (spec §7.9). Both leave only the clock to advance.
    if (!trigger || (stepsMode && call > 0 && lastSaved === T)) {
      clock += (plan.trainCalls - call) * T * stepTicks;
      lastStep = T;
      break;
    }
    s = 0;
    for (;;) {
      let next: number;
      if (stepsMode) {
        next = ceilToMultiple(lastSaved + plan.stepsInterval, g);
      } else {
        const wait = waitEvery && pending >= 0 ? Math.max(0, pending - (clock + g * stepTicks)) : 0;
        const needed = plan.secondsIntervalTicks + secTimer - clock - wait;
        const j = needed < 0 ? 1 : floorDiv(needed, g * stepTicks) + 1;
        next = s + j * g;
        // step_end at lastSavedStep returns before reading the clock.
        if (next === lastSaved) next += g;
      }
      if (next > T) break;
      arrive(next);
      if (secondsMode) secTimer = clock;
      save(next);
      if (stopped) break;
    }
    if (stopped) break;
    arrive(T);
    // Training end: a forced attempt, then a wait for background saves (spec §7.3).
    if (T !== lastSaved) {
      if (secondsMode) secTimer = clock;
      save(T);
      if (stopped) break;
    }
    if (pending >= 0) {
      const wait = Math.max(0, pending - clock);
      clock += wait;
      blocked += wait;
      pending = -1;
    }
  }

  const endTicks = clock;
  stats.bytes_written = stats.saves * plan.checkpointBytes;
  stats.blocked_seconds = toSeconds(blocked, plan.ticksPerSecond);

  const retained: string[] = [];
  const leftovers: EarlierFile[] = [];
  for (let node = store.head; node >= 0; node = store.next[node] as number) {
    const step = store.step[node] as number;
    const failed = ((store.flags[node] as number) & FLAG_FAILED) !== 0;
    leftovers.push({ step, mtimeTicks: store.mtime[node] as number, failed });
    if (isOwn(node)) {
      if (record) {
        retained.push(fileName(step));
        endLife(node, endTicks, lastStep, 'kept');
      }
    }
  }
  retained.sort();

  let seriesOut: SimulationSeries = {
    disk: [],
    buckets: [],
    lifespans: [],
    lifespans_truncated: false,
  };
  if (series !== null) {
    const { disk, buckets } = series.finish(endTicks, lastStep, ownFiles, ownBytes);
    const sampled = lifespans.finish();
    seriesOut = {
      disk,
      buckets,
      lifespans: sampled.lifespans,
      lifespans_truncated: sampled.truncated,
    };
  }

  return {
    events,
    truncated,
    retained,
    endTicks,
    attempts,
    overLimit,
    error,
    stats,
    series: seriesOut,
    leftovers,
  };
}

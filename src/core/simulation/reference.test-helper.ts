import type { EarlierFile } from './engine';
import type { RunPlan } from './run-plan';
import type { SimulationEvent } from './types';

/**
 * A literal, step-by-step transcription of spec §7.3–§7.5 for tests: every step advances the
 * clock, every step_end runs TRY_SAVE, retention sorts the directory listing by mtime. Slow on
 * purpose; the event-driven engine must agree with it on every small run.
 */
export function referenceRun(
  plan: RunPlan,
  prefix: string,
  earlier: readonly EarlierFile[] = [],
): {
  events: SimulationEvent[];
  retained: string[];
  endTicks: number;
  errorStep: number | null;
  leftovers: EarlierFile[];
} {
  interface File {
    name: string;
    step: number;
    failed: boolean;
    mtime: number;
    seq: number;
    own: boolean;
  }
  let seq = 0;
  const name = (step: number) =>
    `${prefix}-${plan.initialEpoch + Math.ceil(step / plan.stepsPerEpoch)}_${((step - 1) % plan.batchNum) + 1 - plan.nameShift}.${plan.extension}`;
  let dir: File[] = earlier.map((f) => ({
    name: name(f.step),
    step: f.step,
    failed: f.failed,
    mtime: f.mtimeTicks,
    seq: seq++,
    own: false,
  }));
  const events: SimulationEvent[] = [];
  let now = plan.startupTicks;
  let lastSaved = 0;
  let secTimer = 0;
  let keepTimer = 0;
  let pending: number | null = null;
  let stopped = false;
  let errorStep: number | null = null;
  const T = plan.stepsPerCall;

  const waitPending = () => {
    if (pending !== null) now = Math.max(now, pending);
    pending = null;
  };
  const remove = (
    f: File,
    step: number,
    t: number,
    policy: 'keep_checkpoint_max' | 'keep_checkpoint_per_n_minutes',
  ) => {
    dir = dir.filter((x) => x !== f);
    events.push({ kind: 'delete', step, time: t / 1e6, file: f.name, policy });
  };
  const trySave = (step: number, forced: boolean) => {
    if (step === lastSaved) return;
    let due = false;
    if (plan.stepsInterval > 0) due = step >= lastSaved + plan.stepsInterval || forced;
    else if (plan.secondsIntervalTicks > 0) {
      if (now - secTimer > plan.secondsIntervalTicks || forced) {
        due = true;
        secTimer = now;
      }
    }
    if (!due) return;
    if (!plan.waitEveryStepEnd && plan.asyncSave) waitPending();
    const t = now;
    const managed = [...dir].sort((a, b) => a.mtime - b.mtime || a.seq - b.seq);
    if (plan.keepMax > 0 && managed.length >= plan.keepMax) {
      remove(managed[0] as File, step, t, 'keep_checkpoint_max');
    } else if (
      plan.keepMax === 0 &&
      plan.perNWindowTicks > 0 &&
      t - keepTimer < plan.perNWindowTicks
    ) {
      const window = managed.filter((f) => t - f.mtime < plan.perNWindowTicks);
      let oldest: File | null = null;
      let oldestTime = t;
      for (const f of window) {
        if (f.mtime < oldestTime) {
          oldestTime = f.mtime;
          oldest = f;
        }
      }
      for (const f of window) if (f !== oldest) remove(f, step, t, 'keep_checkpoint_per_n_minutes');
    }
    keepTimer = t;
    lastSaved = step;
    if (plan.firstSaveError !== null) {
      errorStep ??= step;
      if (!plan.errorInBackground) {
        stopped = true;
        return;
      }
      if (!plan.failedWriteLeavesFile) return;
    }
    const failed = plan.firstSaveError !== null;
    const file = name(step);
    const existing = dir.find((f) => f.name === file);
    if (existing !== undefined) dir = dir.filter((f) => f !== existing);
    dir.push({
      name: file,
      step,
      failed,
      mtime: failed ? t : t + plan.saveTicks,
      seq: seq++,
      own: true,
    });
    const event: SimulationEvent = {
      kind: 'save',
      step,
      epoch: plan.initialEpoch + Math.ceil(step / plan.stepsPerEpoch),
      step_in_epoch: ((step - 1) % plan.batchNum) + 1 - plan.nameShift,
      time: t / 1e6,
      file,
      overwrote: existing !== undefined,
    };
    if (failed) event.failed = true;
    events.push(event);
    if (failed) return;
    if (plan.asyncSave) pending = t + plan.saveTicks;
    else now = t + plan.saveTicks;
  };

  for (let call = 0; call < plan.trainCalls && !stopped; call++) {
    for (let step = 1; step <= T && !stopped; step++) {
      now += plan.stepTicks;
      if (step % plan.cadence !== 0) continue;
      if (plan.waitEveryStepEnd) waitPending();
      trySave(step, false);
    }
    if (stopped) break;
    trySave(T, true);
    if (stopped) break;
    waitPending();
  }
  const retained = dir
    .filter((f) => f.own)
    .map((f) => f.name)
    .sort();
  const leftovers = [...dir]
    .sort((a, b) => a.mtime - b.mtime || a.seq - b.seq)
    .map((f) => ({ step: f.step, mtimeTicks: f.mtime, failed: f.failed }));
  return { events, retained, endTicks: now, errorStep, leftovers };
}

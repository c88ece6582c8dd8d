import { clockFitting, toTicks } from '../simulation/exact-time';
import type { RunModel } from '../config/run-model';
import type { EffectivePolicy } from '../mindspore/policy';

/** Which training loop MindSpore runs (spec §7.1): ordinary, graph-mode sink, PyNative sink. */
export type TrainPath = 'ordinary' | 'graph-sink' | 'pynative-sink';

/** What the run model implies about MindSpore's loop (simulation.md §1, "Derived quantities"). */
export interface RunFacts {
  /** False for a run Model.train rejects or the simulator cannot play (then run-aware rules stay quiet). */
  valid: boolean;
  /** Sink mode is on and the device is not CPU (CPU runs the ordinary loop). */
  sinkActive: boolean;
  path: TrainPath;
  /** S: sink_size when positive, else dataset_size. */
  sinkSteps: number;
  /** The modulus in file names: sink_size when sink mode is on and sink_size > 0 (also on CPU). */
  batchNum: number;
  stepsPerEpoch: number;
  /** epoch − initial_epoch: the epochs this train() call runs. */
  epochsRun: number;
  totalSteps: number;
  /** Steps between two step_end calls: S in graph-mode sink, else 1. */
  cadenceSteps: number;
  /** How many times step_end fires. */
  stepEnds: number;
}

const isInt = (value: number) => Number.isInteger(value);

/** The loop MindSpore runs for this model: `runFacts(DEFAULT_RUN).totalSteps === 10000`. */
export function runFacts(run: RunModel): RunFacts {
  const valid =
    isInt(run.epoch) &&
    run.epoch >= 1 &&
    isInt(run.dataset_size) &&
    run.dataset_size >= 1 &&
    isInt(run.sink_size) &&
    (run.sink_size === -1 || run.sink_size >= 1) &&
    isInt(run.initial_epoch) &&
    run.initial_epoch >= 0 &&
    run.initial_epoch < run.epoch &&
    run.step_seconds > 0 &&
    run.startup_seconds >= 0 &&
    run.save_seconds >= 0 &&
    run.checkpoint_bytes >= 0;
  const sinkActive = run.dataset_sink_mode && run.device_target !== 'CPU';
  const path: TrainPath = !sinkActive
    ? 'ordinary'
    : run.mode === 'GRAPH_MODE'
      ? 'graph-sink'
      : 'pynative-sink';
  const sinkSteps = run.sink_size > 0 ? run.sink_size : run.dataset_size;
  const batchNum = run.dataset_sink_mode && run.sink_size > 0 ? run.sink_size : run.dataset_size;
  const stepsPerEpoch = sinkActive ? sinkSteps : run.dataset_size;
  const epochsRun = Math.max(0, run.epoch - run.initial_epoch);
  const totalSteps = epochsRun * stepsPerEpoch;
  const cadenceSteps = path === 'graph-sink' ? sinkSteps : 1;
  return {
    valid,
    sinkActive,
    path,
    sinkSteps,
    batchNum,
    stepsPerEpoch,
    epochsRun,
    totalSteps,
    cadenceSteps,
    stepEnds: valid ? totalSteps / cadenceSteps : 0,
  };
}

/**
 * When saves happen, worked out from the run model alone (no simulation): exact for steps mode,
 * and for seconds mode exact in its cadence of step_end calls (waits for background saves aside).
 */
export interface SavePlan {
  mode: 'steps' | 'seconds' | 'none';
  /** Steps between two saves as MindSpore makes them (graph sink: rounded up to whole sinks). */
  intervalSteps: number | null;
  /** Training seconds between two saves (save time excluded). */
  intervalTrainingSeconds: number | null;
  /** Saves made by the trigger, before the end of training. */
  periodicSaves: number;
  /** Whether the forced save at the end of training writes a file. */
  finalSave: boolean;
  saves: number;
  /** Start-up plus all steps, save time excluded. */
  trainingSeconds: number;
  /** Training seconds plus synchronous write time: about when the run ends. */
  estimatedEndSeconds: number;
}

/** The saves a policy makes over a (valid) run: `savePlan(policy, DEFAULT_RUN, facts).saves`. */
export function savePlan(
  policy: EffectivePolicy,
  run: RunModel,
  facts: RunFacts,
  synchronous: boolean,
): SavePlan {
  const steps = policy.save_checkpoint_steps ?? 0;
  const seconds = policy.save_checkpoint_seconds ?? 0;
  const trainingSeconds = run.startup_seconds + facts.totalSteps * run.step_seconds;
  const writeSeconds = synchronous ? run.save_seconds : 0;
  const plan = (
    mode: SavePlan['mode'],
    intervalSteps: number | null,
    intervalTrainingSeconds: number | null,
    periodicSaves: number,
    finalSave: boolean,
  ): SavePlan => {
    const saves = periodicSaves + (finalSave ? 1 : 0);
    return {
      mode,
      intervalSteps,
      intervalTrainingSeconds,
      periodicSaves,
      finalSave,
      saves,
      trainingSeconds,
      estimatedEndSeconds: trainingSeconds + saves * writeSeconds,
    };
  };
  if (steps > 0) {
    // Due when step ≥ last saved + N, checked at each step_end: in graph sink the step jumps by S,
    // so the interval becomes the first multiple of S that reaches N (spec §7.4, V11).
    const interval = Math.ceil(steps / facts.cadenceSteps) * facts.cadenceSteps;
    const periodic = Math.floor(facts.totalSteps / interval);
    return plan(
      'steps',
      interval,
      interval * run.step_seconds,
      periodic,
      facts.totalSteps % interval !== 0,
    );
  }
  if (seconds > 0) {
    // Due at the first step_end strictly more than `seconds` after the timer; the timer starts at
    // construction and is stamped at each decision, before a synchronous write (spec §7.4, §7.8).
    // On the simulator's clock (exact-time.ts): ticks fine enough for every decimal of the times.
    const tps = clockFitting([run.step_seconds, run.startup_seconds, run.save_seconds], (ticks) =>
      Number.isSafeInteger(Math.ceil(trainingSeconds * ticks)),
    );
    const ticks = (value: number) => toTicks(value, tps);
    const cadence = facts.cadenceSteps * ticks(run.step_seconds);
    const limit = seconds * tps;
    const first = Math.max(1, Math.floor((limit - ticks(run.startup_seconds)) / cadence) + 1);
    const every = Math.max(1, Math.floor((limit - ticks(writeSeconds)) / cadence) + 1);
    const periodic = first > facts.stepEnds ? 0 : 1 + Math.floor((facts.stepEnds - first) / every);
    const lastSaved = periodic === 0 ? 0 : first + (periodic - 1) * every;
    return plan(
      'seconds',
      every * facts.cadenceSteps,
      (every * cadence) / tps,
      periodic,
      lastSaved !== facts.stepEnds,
    );
  }
  return plan('none', null, null, 0, false);
}

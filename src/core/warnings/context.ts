import type { BuilderState } from '../config/state';
import { effectivePolicy, POLICY_FIELDS, type EffectivePolicy } from '../mindspore/policy';
import { isTagged, pyIntValue, pyTruthy, type PyValue } from '../python/py-value';
import { simulate } from '../simulation/simulate';
import { VERSION_FACTS, type MindSporeVersion, type VersionFacts } from '../versions';
import type { EncKeyRef } from '../config/enc-key';
import { runFacts, savePlan, type RunFacts, type SavePlan } from './run-facts';

/** What findWarnings may be told beyond the state. */
export interface FindWarningsOptions {
  /**
   * How many positional arguments the pasted `CheckpointConfig(...)` call had. The state keeps
   * only keyword arguments, so `importText` passes this (it also reports it as an import note).
   */
  positionalArguments?: number;
}

/** Disk figures of the run, from the simulator when it can run, else from arithmetic. */
export interface DiskTotals {
  peakFiles: number;
  /** Bytes on one rank, this run's files only. */
  peakBytes: number;
  /** Exact arithmetic (max mode, no repeated names), the simulator, or an estimate. */
  source: 'arithmetic' | 'simulation' | 'estimate';
}

/** Everything a rule reads, computed once per findWarnings call. */
export interface WarningContext {
  state: BuilderState;
  version: MindSporeVersion;
  facts: VersionFacts;
  options: FindWarningsOptions;
  /** The four policy integers pass MindSpore's checks and are not all falsy (no E01–E05). */
  policyAccepted: boolean;
  policy: EffectivePolicy;
  trigger: 'steps' | 'seconds' | 'none';
  retention: 'max' | 'per-n';
  run: RunFacts;
  /** The saves over the run; null when the policy or the run is not one MindSpore plays. */
  plan: SavePlan | null;
  /** Whether a save blocks training (async_save falsy). */
  synchronous: boolean;
  /** Peak disk use; runs the simulator at most once, only when a rule asks and arithmetic is not exact. */
  disk(): DiskTotals | null;
  /** The value given for a config argument (undefined when not given). */
  given(name: string): PyValue | EncKeyRef | undefined;
}

/**
 * Whether a stored config value is a key reference. The state was checked against its schema when
 * it was read, so the shape is enough (and far cheaper than re-running the schema per rule).
 */
export function isKeyRef(value: PyValue | EncKeyRef | undefined): value is EncKeyRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !('$py' in value) &&
    'source' in value &&
    'length' in value &&
    'type' in value
  );
}

/** A policy integer as given: a number when MindSpore's checks accept it, else undefined. */
/**
 * A policy value as MindSpore's int check reads it: the int (a tagged one beyond 2^53 too), null
 * for None, undefined for what the check refuses: `acceptedInt({ $py: 'int', value: '10' }) === 10`.
 */
export function acceptedInt(value: PyValue | EncKeyRef | undefined): number | null | undefined {
  if (value === null) return null;
  if (value === undefined || isKeyRef(value)) return undefined;
  const int = pyIntValue(value);
  if (int === undefined || int < 0n) return undefined;
  return Number(int);
}

/** Python truthiness of a config value; unknown names and expressions count as false: `truthy('thread')`. */
export function truthy(value: PyValue | EncKeyRef | undefined): boolean {
  if (value === undefined) return false;
  if (isKeyRef(value)) return true;
  return pyTruthy(value) ?? false;
}

/** The text of a str value (plain or tagged), else undefined: `strValue({ $py: 'str', value: 'x' }) === 'x'`. */
export function strValue(value: PyValue | EncKeyRef | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (value !== undefined && value !== null && !isKeyRef(value) && isTagged(value)) {
    if (value.$py === 'str') return value.value;
  }
  return undefined;
}

/** Builds the context the rules read: `buildContext(defaultState()).trigger === 'steps'`. */
export function buildContext(
  state: BuilderState,
  options: FindWarningsOptions = {},
): WarningContext {
  const version = state.mindspore_version;
  const ints = POLICY_FIELDS.map((field) => acceptedInt(state.config[field]));
  const policyAccepted =
    ints.every((value) => value !== undefined) && ints.some((value) => !!value);
  const policy = effectivePolicy(state);
  const trigger = !policyAccepted
    ? 'none'
    : (policy.save_checkpoint_steps ?? 0) > 0
      ? 'steps'
      : (policy.save_checkpoint_seconds ?? 0) > 0
        ? 'seconds'
        : 'none';
  const retention = (policy.keep_checkpoint_max ?? 0) > 0 ? 'max' : 'per-n';
  const run = runFacts(state.run);
  const synchronous = !truthy(state.config.async_save);
  const plan = policyAccepted && run.valid ? savePlan(policy, state.run, run, synchronous) : null;

  let disk: DiskTotals | null | undefined;
  const context: WarningContext = {
    state,
    version,
    facts: VERSION_FACTS[version],
    options,
    policyAccepted,
    policy,
    trigger,
    retention,
    run,
    plan,
    synchronous,
    given: (name) => state.config[name],
    disk: () => {
      if (disk === undefined) disk = diskTotals(context);
      return disk;
    },
  };
  return context;
}

/**
 * Max mode without repeated names is exact by arithmetic: retention deletes one file before each
 * write once the count reaches keep_checkpoint_max, so at most that many of this run's files exist
 * at any moment, and the count reaches min(saves, max). Repeated names (CPU sink numbering, a reused
 * callback, 2.4/2.5 safetensors re-runs), seconds mode with background saves, and per-n retention
 * need the simulator.
 */
function needsSimulation(context: WarningContext): boolean {
  const { run } = context.state;
  if (context.retention !== 'max') return true;
  const cpuRepeats = run.device_target === 'CPU' && run.dataset_sink_mode && run.sink_size > 0;
  const reused = run.train_calls > 1;
  const managesOldFiles =
    run.previous_runs > 0 &&
    context.facts.formatExtension &&
    !context.facts.renameExtensions.includes('.safetensors') &&
    context.given('format') === 'safetensors';
  // Waits for background saves move the clock, and so the seconds-mode saves.
  const asyncSeconds = context.trigger === 'seconds' && !context.synchronous;
  return cpuRepeats || reused || managesOldFiles || asyncSeconds;
}

function diskTotals(context: WarningContext): DiskTotals | null {
  const { plan, state } = context;
  if (plan === null) return null;
  const estimate = (source: DiskTotals['source']): DiskTotals => {
    const peakFiles = estimatedKeptFiles(context, plan);
    return { peakFiles, peakBytes: peakFiles * state.run.checkpoint_bytes, source };
  };
  if (!needsSimulation(context)) return estimate('arithmetic');
  try {
    const result = simulate(state, { maxEvents: 0 });
    return {
      peakFiles: result.stats.peak_files,
      peakBytes: result.stats.peak_bytes,
      source: 'simulation',
    };
  } catch {
    // The simulator cannot play this state: fall back to the estimate.
    return estimate('estimate');
  }
}

/**
 * Files this run keeps at once: keep_checkpoint_max in max mode. In per-n mode (spec §7.5) each
 * save deletes the files of the last window except the oldest, so one "anchor" file survives until
 * it leaves the window; then the file of the previous save becomes the next anchor. With saves
 * `gap` seconds apart and writes of `w` seconds, anchors lie (k − 1)·gap apart, where k·gap is the
 * first multiple of gap reaching window + w; the newest file is kept as well. Spec V8 (saves every
 * 10 s, n = 1): anchors at 10, 60, 110, 160 s, plus the newest at 200 s.
 */
export function estimatedKeptFiles(context: WarningContext, plan: SavePlan): number {
  const { policy, state } = context;
  if (context.retention === 'max') return Math.min(plan.saves, policy.keep_checkpoint_max ?? 1);
  if (plan.saves <= 1 || plan.intervalTrainingSeconds === null) return plan.saves;
  const window = (policy.keep_checkpoint_per_n_minutes ?? 1) * 60;
  const write = state.run.save_seconds;
  const gap = plan.intervalTrainingSeconds + (context.synchronous ? write : 0);
  // Saves a window or more apart delete nothing.
  if (!(gap > 0) || gap >= window) return plan.saves;
  const k = Math.ceil((window + write) / gap - 1e-9);
  const spacing = (k - 1) * gap;
  const span = (plan.saves - 1) * gap;
  const anchors = span >= k * gap ? 2 + Math.floor((span - k * gap) / spacing + 1e-9) : 1;
  return Math.min(plan.saves, anchors + 1);
}

import { effectivePolicy } from '../../core/index';
import type { BuilderState } from '../../core/index';

/**
 * Roughly how many save attempts a state's run makes: what the simulator's cost grows with
 * (simulation.md §4). Arithmetic only, never a simulation; used to decide whether to simulate on
 * the main thread or in a worker, so being off by a small factor is harmless.
 */
export function estimateSaveAttempts(state: BuilderState): number {
  const run = state.run;
  const count = (value: number) => (Number.isFinite(value) && value > 0 ? Math.floor(value) : 0);
  const epochs = count(run.epoch);
  const datasetSize = count(run.dataset_size);
  const sinkActive = run.dataset_sink_mode && run.device_target !== 'CPU';
  const sink = run.sink_size > 0 ? count(run.sink_size) : datasetSize;
  const stepsPerEpoch = sinkActive ? sink : datasetSize;
  const calls = Math.max(1, count(run.train_calls));
  const totalSteps = epochs * stepsPerEpoch * calls;
  const perSink = sinkActive && run.mode === 'GRAPH_MODE' && sink > 0;
  const callbacks = perSink ? totalSteps / sink : totalSteps;

  const policy = effectivePolicy(state);
  let attempts: number;
  if (policy.save_checkpoint_steps !== null && policy.save_checkpoint_steps > 0) {
    attempts = Math.min(callbacks, totalSteps / policy.save_checkpoint_steps);
  } else if (policy.save_checkpoint_seconds !== null && policy.save_checkpoint_seconds > 0) {
    const stepSeconds = Number.isFinite(run.step_seconds) ? Math.max(0, run.step_seconds) : 0;
    const seconds = Math.max(0, run.startup_seconds) + totalSteps * stepSeconds;
    attempts = Math.min(callbacks, seconds / policy.save_checkpoint_seconds);
  } else {
    attempts = 0;
  }
  // The forced save at the end of each train() call.
  return Math.ceil(attempts) + calls;
}

import type { BuilderState } from '../config/state';
import type { Diagnostic } from './diagnostic';

// Placeholder with the final signature; the validation work replaces the body (issue 2).
/** The errors MindSpore raises constructing CheckpointConfig and ModelCheckpoint for this state. */
export function validate(_state: BuilderState): Diagnostic[] {
  return [];
}

/** The errors of an impossible training run (Model.train's E37–E39 and the run model's limits). */
export function validateRun(_state: BuilderState): Diagnostic[] {
  return [];
}

import type { BuilderState } from '../config/state';
import type { SimulateOptions, SimulationResult } from './types';

// Placeholder with the final signature; the simulator work replaces the body (issue 3).
/** Plays the training run and returns what MindSpore writes, deletes and keeps (simulation.md). */
export function simulate(_state: BuilderState, _options: SimulateOptions = {}): SimulationResult {
  throw new Error('simulate is not implemented yet');
}

import { simulate } from '../../core/index';
import type { BuilderState, SimulateOptions, SimulationResult } from '../../core/index';

/** What one simulation gave: a result, or why there is none (the simulator threw). */
export type SimulationOutcome =
  | { ok: true; result: SimulationResult; elapsedMs: number }
  | { ok: false; message: string; elapsedMs: number };

/** The options the timeline asks for: a pageable number of events, the default chart series. */
export const TIMELINE_OPTIONS: SimulateOptions = { maxEvents: 5000 };

/** Runs `simulate` and never throws, so that one bad state cannot take the page down. */
export function runSimulation(
  state: BuilderState,
  options: SimulateOptions = TIMELINE_OPTIONS,
): SimulationOutcome {
  const started = performance.now();
  try {
    const result = simulate(state, options);
    return { ok: true, result, elapsedMs: performance.now() - started };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      elapsedMs: performance.now() - started,
    };
  }
}

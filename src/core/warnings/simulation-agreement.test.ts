import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { completeState } from '../config/state';
import { simulate } from '../simulation/simulate';
import { MINDSPORE_VERSIONS } from '../versions';
import { buildContext, estimatedKeptFiles } from './context';

// The run-aware warnings use arithmetic where it is exact; the simulator is the reference.
const smallRun = fc.record({
  mindspore_version: fc.constantFrom(...MINDSPORE_VERSIONS),
  config: fc.record({
    save_checkpoint_steps: fc.constantFrom(0, 1, 2, 3, 7, 100),
    save_checkpoint_seconds: fc.constantFrom(0, 1, 3, 10),
    keep_checkpoint_max: fc.constantFrom(1, 2, 5),
    async_save: fc.boolean(),
  }),
  run: fc.record({
    epoch: fc.integer({ min: 1, max: 3 }),
    initial_epoch: fc.constant(0),
    dataset_size: fc.integer({ min: 1, max: 40 }),
    dataset_sink_mode: fc.boolean(),
    sink_size: fc.constantFrom(-1, 1, 4, 10),
    mode: fc.constantFrom('GRAPH_MODE' as const, 'PYNATIVE_MODE' as const),
    device_target: fc.constantFrom('Ascend' as const, 'GPU' as const),
    step_seconds: fc.constantFrom(0.1, 0.5, 1, 1.5),
    startup_seconds: fc.constantFrom(0, 2, 30),
    save_seconds: fc.constantFrom(0, 0.3, 2),
    checkpoint_bytes: fc.constant(1000),
  }),
});

describe('the arithmetic agrees with the simulator', () => {
  test('saves and peak files in max mode', () => {
    let compared = 0;
    fc.assert(
      fc.property(smallRun, (partial) => {
        const state = completeState(partial);
        const context = buildContext(state);
        const result = simulate(state, { maxEvents: 0 });
        if (context.plan === null || result.error !== undefined) return;
        // Waits for background saves move the clock in seconds mode; the plan ignores them.
        const waits = context.trigger === 'seconds' && !context.synchronous;
        if (!waits) expect(context.plan.saves).toBe(result.stats.saves);
        compared += 1;
        expect(estimatedKeptFiles(context, context.plan)).toBe(result.stats.peak_files);
        expect(context.disk()?.peakBytes).toBe(result.stats.peak_bytes);
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(250);
  }, 30_000);
});

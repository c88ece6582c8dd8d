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
    keep_checkpoint_max: fc.constantFrom(0, 1, 2, 5),
    keep_checkpoint_per_n_minutes: fc.constantFrom(0, 1, 2),
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
    // Times with more decimals than microseconds too: the simulator's clock keeps them.
    step_seconds: fc.constantFrom(0.1, 0.5, 1, 1.5, 0.3333334),
    startup_seconds: fc.constantFrom(0, 2, 30, 0.0000005),
    save_seconds: fc.constantFrom(0, 0.3, 2, 0.3333334),
    checkpoint_bytes: fc.constant(1000),
  }),
});

describe('the arithmetic agrees with the simulator', () => {
  test('saves, and peak files in both retention modes', () => {
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
        // The disk figure is exact (arithmetic where it can be, else the simulator).
        expect(context.disk()?.source).not.toBe('estimate');
        expect(context.disk()?.peakBytes).toBe(result.stats.peak_bytes);
        compared += 1;
        // In per-n mode the count is an estimate for evenly spaced synchronous saves: an off-grid
        // final save, or background writes longer than the gap between saves, can move it by one.
        const uneven = !context.synchronous || context.plan.finalSave;
        if (waits || (context.retention === 'per-n' && uneven)) return;
        expect(estimatedKeptFiles(context, context.plan)).toBe(result.stats.peak_files);
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(250);
  }, 30_000);
});

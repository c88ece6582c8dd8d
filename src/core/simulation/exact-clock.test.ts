import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { completeState, type PartialBuilderState } from '../config/state';
import { decimalPlaces, ticksPerSecondFor } from './exact-time';
import { simulate } from './simulate';
import type { SimulationResult } from './types';

// simulation.md §2: times are exact, never binary floats summed; traces compare within 1e-6 s.
// Times with more decimals than microseconds (a ms field typed 333.3334) keep them all.
const INSTANT = { step_seconds: 1, startup_seconds: 0, save_seconds: 0 };
const run = (partial: PartialBuilderState): SimulationResult =>
  simulate(completeState({ ...partial, run: { ...INSTANT, ...partial.run } }));
const saves = (result: SimulationResult) =>
  result.events
    .filter((event) => event.kind === 'save')
    .map((event) => `${event.file}@${event.step}`);

describe('the clock is exact for times with more decimals than microseconds', () => {
  test('seconds mode: 3 × 0.3333334 s = 1.0000002 s > 1 s, so the first save is at step 3', () => {
    const result = run({
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 1 },
      run: { epoch: 1, dataset_size: 10, step_seconds: 0.3333334 },
    });
    expect(saves(result)[0]).toBe('CKP-1_3.ckpt@3');
  });

  test('1,000 steps of 0.1234567 s end at 123.4567 s', () => {
    const result = run({
      config: { save_checkpoint_steps: 1000 },
      run: { epoch: 1, dataset_size: 1000, step_seconds: 0.1234567 },
    });
    expect(Math.abs(result.end_time - 123.4567)).toBeLessThan(1e-9);
  });

  test('per-n retention: a file exactly 60 s old is not deleted (save_seconds 0.3333334)', () => {
    const result = run({
      config: {
        save_checkpoint_steps: 59,
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 1,
      },
      run: { epoch: 1, dataset_size: 59 * 6, step_seconds: 0.25, save_seconds: 0.3333334 },
    });
    expect(result.retained).toEqual(['CKP-1_236.ckpt', 'CKP-1_354.ckpt', 'CKP-1_59.ckpt']);
  });

  test('a long run whose times need finer ticks than fit in 2^53 still plays, at a coarser clock', () => {
    // 10^9 steps of 1.000000001 s would need 10^-9 s ticks, and 10^18 of them do not fit in 2^53:
    // the clock falls back to microseconds (10^15 of them), as before.
    const result = run({
      config: { save_checkpoint_steps: 100_000_000 },
      run: { epoch: 1, dataset_size: 1_000_000_000, step_seconds: 1.000000001 },
    });
    expect(result.error).toBeUndefined();
    expect(result.stats.saves).toBe(10);
    expect(result.end_time).toBeCloseTo(1e9, 0);
  });

  test('ticks per second hold every time as written', () => {
    expect(ticksPerSecondFor([0.5, 120, 5])).toBe(1e6);
    expect(ticksPerSecondFor([0.3333334])).toBe(1e7);
    expect(ticksPerSecondFor([1e-9])).toBe(1e9);
    expect(ticksPerSecondFor([1 / 3])).toBe(1e12);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 9 }),
        (digits, places) => {
          const seconds = digits / 10 ** places;
          const tps = ticksPerSecondFor([seconds]);
          expect(decimalPlaces(seconds)).toBeLessThanOrEqual(Math.max(places, 0));
          // Whole ticks, read back to the same number.
          expect(Math.round(seconds * tps) / tps).toBe(seconds);
        },
      ),
    );
  });
});

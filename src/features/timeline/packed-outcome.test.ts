import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { completeState, DEFAULT_ENC_KEY_REF, MINDSPORE_VERSIONS, simulate } from '../../core/index';
import type { PartialBuilderState, SimulationResult } from '../../core/index';
import { packOutcome, unpackOutcome } from './packed-outcome';
import type { SimulationOutcome } from './simulation-outcome';

/** What the page gets: packed in the worker, posted (buffers moved), unpacked. */
function roundTrip(outcome: SimulationOutcome): SimulationOutcome {
  const { message, transfer } = packOutcome(outcome);
  return unpackOutcome(structuredClone(message, { transfer }));
}

function expectSame(result: SimulationResult) {
  const outcome: SimulationOutcome = { ok: true, result, elapsedMs: 12.5 };
  const back = roundTrip(outcome);
  expect(back).toStrictEqual(outcome);
  // Key order too: nothing downstream can tell the two apart.
  expect(JSON.stringify(back)).toBe(JSON.stringify(outcome));
}

const run = fc.record({
  mindspore_version: fc.constantFrom(...MINDSPORE_VERSIONS),
  config: fc.record({
    save_checkpoint_steps: fc.constantFrom(0, 1, 2, 3, 7),
    save_checkpoint_seconds: fc.constantFrom(0, 1, 3, 10),
    keep_checkpoint_max: fc.constantFrom(0, 1, 2, 5),
    keep_checkpoint_per_n_minutes: fc.constantFrom(0, 1, 2),
    async_save: fc.boolean(),
  }),
  run: fc.record({
    epoch: fc.integer({ min: 1, max: 3 }),
    initial_epoch: fc.constantFrom(0, 1),
    dataset_size: fc.integer({ min: 1, max: 40 }),
    dataset_sink_mode: fc.boolean(),
    sink_size: fc.constantFrom(-1, 1, 4),
    step_seconds: fc.constantFrom(0.1, 1.5),
    save_seconds: fc.constantFrom(0, 0.3, 2),
  }),
});

describe('packed outcomes (the worker’s answer)', () => {
  test('unpack(pack(outcome)) is the outcome, for any run', () => {
    fc.assert(
      fc.property(run, fc.constantFrom(5000, 7), (partial, maxEvents) => {
        expectSame(simulate(completeState(partial), { maxEvents, maxLifespans: 50 }));
      }),
      { numRuns: 150 },
    );
  });

  test.each<[string, PartialBuilderState, (result: SimulationResult) => boolean]>([
    [
      'failed background writes (failed: true)',
      {
        mindspore_version: '2.2',
        config: {
          enc_key: { ...DEFAULT_ENC_KEY_REF, length: 5 },
          async_save: true,
          keep_checkpoint_max: 2,
        },
        run: { epoch: 1, dataset_size: 4, save_seconds: 3 },
      },
      (result) => result.events.some((event) => event.kind === 'save' && event.failed === true),
    ],
    [
      'keep_checkpoint_per_n_minutes deletions',
      {
        config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 },
        run: { epoch: 2, dataset_size: 50, step_seconds: 10 },
      },
      (result) =>
        result.events.some(
          (event) => event.kind === 'delete' && event.policy === 'keep_checkpoint_per_n_minutes',
        ),
    ],
    [
      'a run MindSpore rejects (no events, an error)',
      { config: { save_checkpoint_steps: -1 } },
      (result) => result.error !== undefined && result.events.length === 0,
    ],
    [
      'overwritten files (CPU sink: names repeat)',
      {
        config: { save_checkpoint_steps: 1, keep_checkpoint_max: 10 },
        run: {
          epoch: 2,
          dataset_size: 6,
          dataset_sink_mode: true,
          sink_size: 3,
          device_target: 'CPU',
        },
      },
      (result) => result.events.some((event) => event.kind === 'save' && event.overwrote),
    ],
    ['the default run', {}, (result) => result.events.length === 5000],
  ])('%s', (_label, partial, covers) => {
    const result = simulate(completeState(partial), { maxEvents: 5000 });
    expect(covers(result)).toBe(true);
    expectSame(result);
  });

  test('an outcome without a result is posted as it is', () => {
    const outcome: SimulationOutcome = { ok: false, message: 'boom', elapsedMs: 3 };
    expect(packOutcome(outcome).transfer).toEqual([]);
    expect(roundTrip(outcome)).toStrictEqual(outcome);
  });
});

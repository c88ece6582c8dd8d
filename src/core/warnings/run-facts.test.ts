import { describe, expect, test } from 'vitest';
import { completeState, type PartialBuilderState } from '../config/state';
import { buildContext, estimatedKeptFiles } from './context';
import { runFacts } from './run-facts';

/** Path A runs of the spec's test vectors: 1 s steps, no start-up, instant saves. */
const A = { step_seconds: 1, startup_seconds: 0, save_seconds: 0 };

// The save steps of spec §7.10 and simulation.md §5, as counts: periodic saves, and whether the
// forced end save writes.
const VECTORS: [label: string, state: PartialBuilderState, periodic: number, final: boolean][] = [
  ['V1 defaults, 2 × 5', { run: { ...A, epoch: 2, dataset_size: 5 } }, 10, false],
  [
    'V2 steps 4, 2 × 5',
    { config: { save_checkpoint_steps: 4 }, run: { ...A, epoch: 2, dataset_size: 5 } },
    2,
    true,
  ],
  [
    'V3 steps 1875, 1 × 938',
    { config: { save_checkpoint_steps: 1875 }, run: { ...A, epoch: 1, dataset_size: 938 } },
    0,
    true,
  ],
  [
    'V4 seconds 3, 1 × 10',
    {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 3 },
      run: { ...A, epoch: 1, dataset_size: 10 },
    },
    2,
    true,
  ],
  [
    'V5 seconds 3, start-up 5 s',
    {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 3 },
      run: { ...A, startup_seconds: 5, epoch: 1, dataset_size: 10 },
    },
    3,
    true,
  ],
  [
    'V6 seconds 3, 1.5 s steps',
    {
      config: { save_checkpoint_steps: null, save_checkpoint_seconds: 3 },
      run: { ...A, step_seconds: 1.5, epoch: 1, dataset_size: 10 },
    },
    3,
    true,
  ],
  [
    'V9 no trigger',
    {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 0 },
      run: { ...A, epoch: 2, dataset_size: 5 },
    },
    0,
    false,
  ],
  [
    'V10 initial_epoch 2 of 3',
    {
      config: { save_checkpoint_steps: 2 },
      run: { ...A, epoch: 3, initial_epoch: 2, dataset_size: 3 },
    },
    1,
    true,
  ],
  [
    'V11 graph sink, steps 150',
    {
      config: { save_checkpoint_steps: 150 },
      run: { ...A, epoch: 6, dataset_size: 300, dataset_sink_mode: true, sink_size: 100 },
    },
    3,
    false,
  ],
  [
    'V12 graph sink, steps 100',
    {
      config: { save_checkpoint_steps: 100 },
      run: { ...A, epoch: 6, dataset_size: 300, dataset_sink_mode: true, sink_size: 100 },
    },
    6,
    false,
  ],
  [
    'V13 graph sink, sink_size -1',
    {
      config: { save_checkpoint_steps: 100 },
      run: { ...A, epoch: 3, dataset_size: 300, dataset_sink_mode: true, sink_size: -1 },
    },
    3,
    false,
  ],
  [
    'V14 CPU sink (ordinary loop)',
    {
      config: { save_checkpoint_steps: 2 },
      run: {
        ...A,
        epoch: 1,
        dataset_size: 10,
        dataset_sink_mode: true,
        sink_size: 4,
        device_target: 'CPU',
      },
    },
    5,
    false,
  ],
  [
    'seconds 10, start-up 30 s, 1 × 40',
    {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 10 },
      run: { ...A, startup_seconds: 30, epoch: 1, dataset_size: 40 },
    },
    4,
    true,
  ],
  [
    '0.1 s steps, seconds 3: step 31, not 30',
    {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 3 },
      run: { ...A, step_seconds: 0.1, epoch: 1, dataset_size: 31 },
    },
    1,
    false,
  ],
  [
    '0.1 s steps, seconds 3, 30 steps',
    {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 3 },
      run: { ...A, step_seconds: 0.1, epoch: 1, dataset_size: 30 },
    },
    0,
    true,
  ],
];

describe('the save plan from the run model', () => {
  test.each(VECTORS)('%s', (_label, partial, periodic, final) => {
    const plan = buildContext(completeState(partial)).plan;
    expect(plan?.periodicSaves).toBe(periodic);
    expect(plan?.finalSave).toBe(final);
  });

  test.each([
    ['V8: every step, 10 s steps, 1 × 20', 1, { epoch: 1, dataset_size: 20, step_seconds: 10 }, 5],
    ['steps 10, 1 s steps, 1 × 200', 10, { epoch: 1, dataset_size: 200, step_seconds: 1 }, 5],
  ])('per_n 1 keeps about one file a minute: %s keeps %i', (_label, steps, run, kept) => {
    const context = buildContext(
      completeState({
        config: {
          save_checkpoint_steps: steps,
          keep_checkpoint_max: 0,
          keep_checkpoint_per_n_minutes: 1,
        },
        run: { ...A, ...run },
      }),
    );
    expect(context.plan && estimatedKeptFiles(context, context.plan)).toBe(kept);
  });

  test.each([
    ['epoch 0', { epoch: 0 }],
    ['sink_size 0 (E37)', { sink_size: 0 }],
    ['initial_epoch = epoch (E38)', { epoch: 2, initial_epoch: 2 }],
    ['dataset size 0 (E39)', { dataset_size: 0 }],
    ['step time 0', { step_seconds: 0 }],
  ])('an impossible run (%s) has no plan', (_label, run) => {
    const state = completeState({ run });
    expect(runFacts(state.run).valid).toBe(false);
    expect(buildContext(state).plan).toBeNull();
  });
});

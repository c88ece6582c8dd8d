import { describe, expect, test } from 'vitest';
import { completeState } from '../../core/index';
import type { PartialBuilderState } from '../../core/index';
import { estimateSaveAttempts } from './estimate-work';

describe('estimateSaveAttempts', () => {
  test.each<[string, PartialBuilderState, number]>([
    ['every step, 10 × 1,000', { run: { epoch: 10, dataset_size: 1000 } }, 10_001],
    [
      'every 100 steps',
      { config: { save_checkpoint_steps: 100 }, run: { epoch: 10, dataset_size: 1000 } },
      101,
    ],
    [
      'a million steps saving every step',
      { run: { epoch: 1, dataset_size: 1_000_000 } },
      1_000_001,
    ],
    [
      'graph sink: one callback per sink caps the attempts',
      {
        run: {
          epoch: 6,
          dataset_size: 300,
          dataset_sink_mode: true,
          sink_size: 100,
          mode: 'GRAPH_MODE',
        },
      },
      7,
    ],
    [
      'seconds mode: run time over the interval',
      {
        config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 60 },
        run: { epoch: 1, dataset_size: 1200, step_seconds: 1, startup_seconds: 0 },
      },
      21,
    ],
    [
      'no trigger: only the end',
      { config: { save_checkpoint_steps: 0 }, run: { epoch: 3, dataset_size: 10 } },
      1,
    ],
    ['an impossible run costs nothing', { run: { epoch: -1, dataset_size: 1000 } }, 1],
  ])('%s', (_label, partial, expected) => {
    expect(estimateSaveAttempts(completeState(partial))).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { DEFAULT_RUN, type RunModel } from '../config/run-model';
import { defaultState } from '../config/state';
import { MINDSPORE_VERSIONS, type MindSporeVersion } from '../versions';
import { validateRun } from './validate';

function runErrors(run: Partial<RunModel>, version: MindSporeVersion = '2.2') {
  return validateRun({ ...defaultState(version), run: { ...DEFAULT_RUN, ...run } });
}

const E37 = (value: number) => ({
  kind: 'ValueError',
  code: 'E37',
  field: 'run.sink_size',
  message: `For 'Model.train', The argument 'sink_size' must be -1 or positive, but got ${value}.`,
});
const E38 = (epoch: number, initial: number) => ({
  kind: 'ValueError',
  code: 'E38',
  field: 'run.initial_epoch',
  message: `For 'Model.train', the parameter 'epoch' must bigger than parameter 'initial_epoch', but got the parameter 'epoch' is ${epoch}, 'initial_epoch' is ${initial}.`,
});
const E39 = {
  kind: 'ValueError',
  code: 'E39',
  field: 'run.dataset_size',
  message: 'There is no valid data in dataset, please check dataset file firstly.',
};

describe("Model.train's errors (spec §3.4 E37–E39)", () => {
  test.each(
    MINDSPORE_VERSIONS.flatMap((version) =>
      (
        [
          ['the default run', {}, []],
          ['sink_size=0', { sink_size: 0, dataset_sink_mode: true }, [E37(0)]],
          ['sink_size=-2', { sink_size: -2, dataset_sink_mode: true }, [E37(-2)]],
          // Model.train checks sink_size whether or not sink mode is on.
          ['sink_size=0 with sink mode off', { sink_size: 0, dataset_sink_mode: false }, [E37(0)]],
          ['sink_size=-1', { sink_size: -1, dataset_sink_mode: true }, []],
          ['sink_size=100', { sink_size: 100, dataset_sink_mode: true }, []],
          ['initial_epoch = epoch', { epoch: 3, initial_epoch: 3 }, [E38(3, 3)]],
          ['initial_epoch > epoch', { epoch: 3, initial_epoch: 5 }, [E38(3, 5)]],
          ['initial_epoch = epoch - 1 (V10)', { epoch: 3, initial_epoch: 2 }, []],
          ['dataset_size=0', { dataset_size: 0 }, [E39]],
          [
            'E38 comes before E39 and E37',
            { epoch: 2, initial_epoch: 2, dataset_size: 0, sink_size: 0 },
            [E38(2, 2)],
          ],
          ['E39 comes before E37', { dataset_size: 0, sink_size: -5 }, [E39]],
        ] as const
      ).map(([label, run, expected]) => [label, version, run, expected] as const),
    ),
  )('%s on %s', (_label, version, run, expected) => {
    const errors = runErrors(run as Partial<RunModel>, version);
    expect(errors).toEqual(expected.map((error) => expect.objectContaining(error)));
  });
});

describe('impossible run values (RunModel diagnostics)', () => {
  test.each<[string, Partial<RunModel>, string[]]>([
    ['epoch=0', { epoch: 0 }, ['run.epoch']],
    ['epoch=1.5', { epoch: 1.5 }, ['run.epoch']],
    ['dataset_size=-1', { dataset_size: -1 }, ['run.dataset_size']],
    ['dataset_size=2.5', { dataset_size: 2.5 }, ['run.dataset_size']],
    ['sink_size=1.5', { sink_size: 1.5 }, ['run.sink_size']],
    ['initial_epoch=-1', { initial_epoch: -1 }, ['run.initial_epoch']],
    ['step_seconds=0', { step_seconds: 0 }, ['run.step_seconds']],
    ['step_seconds=-1', { step_seconds: -1 }, ['run.step_seconds']],
    ['startup_seconds=-1', { startup_seconds: -1 }, ['run.startup_seconds']],
    ['startup_seconds=0 is fine', { startup_seconds: 0 }, []],
    ['save_seconds=-0.5', { save_seconds: -0.5 }, ['run.save_seconds']],
    ['checkpoint_bytes=-1', { checkpoint_bytes: -1 }, ['run.checkpoint_bytes']],
    ['previous_runs=-1', { previous_runs: -1 }, ['run.previous_runs']],
    ['previous_runs=0.5', { previous_runs: 0.5 }, ['run.previous_runs']],
    ['device_num=0', { device_num: 0 }, ['run.device_num']],
    ['pipeline_stages=0', { pipeline_stages: 0 }, ['run.pipeline_stages']],
    [
      'pipeline_stages above device_num',
      { pipeline_stages: 4, device_num: 2 },
      ['run.pipeline_stages'],
    ],
    ['pipeline_stages = device_num', { pipeline_stages: 4, device_num: 4 }, []],
    ['train_calls=0', { train_calls: 0 }, ['run.train_calls']],
    ['disk_budget_bytes=-1', { disk_budget_bytes: -1 }, ['run.disk_budget_bytes']],
    [
      'several at once, all reported',
      { epoch: 0, step_seconds: 0, device_num: 0 },
      ['run.epoch', 'run.device_num', 'run.step_seconds'],
    ],
  ])('%s', (_label, run, fields) => {
    const errors = runErrors(run);
    expect(errors.map((error) => error.field)).toEqual(fields);
    for (const error of errors) {
      expect(error.kind).toBe('RunModel');
      expect(error.message.length).toBeGreaterThan(20);
    }
  });

  test('a broken epoch hides E38, as MindSpore raises on the epoch first', () => {
    expect(runErrors({ epoch: 0, initial_epoch: 0 }).map((error) => error.field)).toEqual([
      'run.epoch',
    ]);
  });

  test('a broken sink_size hides E39', () => {
    expect(runErrors({ sink_size: 0.5, dataset_size: 0 }).map((error) => error.field)).toEqual([
      'run.sink_size',
    ]);
  });
});

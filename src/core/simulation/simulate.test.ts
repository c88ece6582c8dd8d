import { describe, expect, test } from 'vitest';
import { completeState, type PartialBuilderState } from '../config/state';
import type { MindSporeVersion } from '../versions';
import { simulate } from './simulate';
import type { SimulationResult } from './types';

/** The spec's clock for recorded vectors: 1 s steps, no startup, instant saves. */
const RECORDED = { step_seconds: 1, startup_seconds: 0, save_seconds: 0 };

function run(partial: PartialBuilderState): SimulationResult {
  return simulate(completeState({ ...partial, run: { ...RECORDED, ...partial.run } }));
}

const saves = (r: SimulationResult) =>
  r.events.filter((e) => e.kind === 'save').map((e) => `${e.file}@${e.step}`);
const savesAt = (r: SimulationResult) =>
  r.events.filter((e) => e.kind === 'save').map((e) => `${e.file}@${e.time}`);

const ckpt = (prefix: string, names: string[]) => names.map((n) => `${prefix}-${n}.ckpt`);
const every = (prefix: string, epochs: number, size: number, from = 1) =>
  Array.from({ length: epochs }, (_, e) =>
    Array.from({ length: size }, (_, k) => `${prefix}-${e + from}_${k + 1}.ckpt`),
  ).flat();

interface Row {
  label: string;
  state: PartialBuilderState;
  /** `file@step` of every save, in order. */
  written: string[];
  left: string[];
  prefix?: string;
}

// simulation.md §5, each row as the spec states it.
const WORKED_EXAMPLES: Row[] = [
  {
    label: 'defaults, 2 × 5',
    state: { run: { epoch: 2, dataset_size: 5 } },
    written: every('CKP', 2, 5).map((f, i) => `${f}@${i + 1}`),
    left: ckpt('CKP', ['2_1', '2_2', '2_3', '2_4', '2_5']),
  },
  {
    label: 'steps=4, max=2, 2 × 5',
    state: {
      config: { save_checkpoint_steps: 4, keep_checkpoint_max: 2 },
      run: { epoch: 2, dataset_size: 5 },
    },
    written: ['CKP-1_4.ckpt@4', 'CKP-2_3.ckpt@8', 'CKP-2_5.ckpt@10'],
    left: ckpt('CKP', ['2_3', '2_5']),
  },
  {
    label: 'steps=1875, max=10, prefix mnist, 1 × 938',
    state: {
      config: { save_checkpoint_steps: 1875, keep_checkpoint_max: 10 },
      callback: { prefix: 'mnist' },
      run: { epoch: 1, dataset_size: 938 },
    },
    written: ['mnist-1_938.ckpt@938'],
    left: ['mnist-1_938.ckpt'],
    prefix: 'mnist',
  },
  {
    label: 'steps=0, seconds=3, 1 × 10',
    state: {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 3 },
      run: { epoch: 1, dataset_size: 10 },
    },
    written: ['CKP-1_4.ckpt@4', 'CKP-1_8.ckpt@8', 'CKP-1_10.ckpt@10'],
    left: ckpt('CKP', ['1_10', '1_4', '1_8']),
  },
  {
    label: 'steps=0, seconds=0, 2 × 5: nothing, not even at the end',
    state: {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 0 },
      run: { epoch: 2, dataset_size: 5 },
    },
    written: [],
    left: [],
  },
  {
    label: 'max=0, per_n=0, 1 × 6 (max becomes 1)',
    state: {
      config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 0 },
      run: { epoch: 1, dataset_size: 6 },
    },
    written: every('CKP', 1, 6).map((f, i) => `${f}@${i + 1}`),
    left: ['CKP-1_6.ckpt'],
  },
  {
    label: 'steps=150, graph sink, sink_size=100, 6 × 300 at 0.5 s',
    state: {
      config: { save_checkpoint_steps: 150 },
      run: {
        epoch: 6,
        dataset_size: 300,
        dataset_sink_mode: true,
        sink_size: 100,
        step_seconds: 0.5,
      },
    },
    written: ['CKP-2_100.ckpt@200', 'CKP-4_100.ckpt@400', 'CKP-6_100.ckpt@600'],
    left: ckpt('CKP', ['2_100', '4_100', '6_100']),
  },
  {
    label: 'steps=2, CPU, sink on, sink_size=4, 1 × 10 (overwrites)',
    state: {
      config: { save_checkpoint_steps: 2 },
      run: {
        epoch: 1,
        dataset_size: 10,
        dataset_sink_mode: true,
        sink_size: 4,
        device_target: 'CPU',
      },
    },
    written: ['1_2@2', '1_4@4', '1_2@6', '1_4@8', '1_2@10'].map(
      (x) => `CKP-${x.replace('@', '.ckpt@')}`,
    ),
    left: ckpt('CKP', ['1_2', '1_4']),
  },
  {
    label: 'steps=3, max=2, previous_runs=2, 1 × 10',
    state: {
      config: { save_checkpoint_steps: 3, keep_checkpoint_max: 2 },
      run: { epoch: 1, dataset_size: 10, previous_runs: 2 },
    },
    written: ['1_3@3', '1_6@6', '1_9@9', '1_10@10'].map((x) => `CKP_2-${x.replace('@', '.ckpt@')}`),
    left: ckpt('CKP_2', ['1_10', '1_9']),
    prefix: 'CKP_2',
  },
  {
    label: 'steps=0, seconds=10, startup 30 s, 1 × 40',
    state: {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 10 },
      run: { epoch: 1, dataset_size: 40, startup_seconds: 30 },
    },
    written: ['1_1@1', '1_12@12', '1_23@23', '1_34@34', '1_40@40'].map(
      (x) => `CKP-${x.replace('@', '.ckpt@')}`,
    ),
    left: ckpt('CKP', ['1_1', '1_12', '1_23', '1_34', '1_40']),
  },
  {
    label: 'steps=5, max=2, save_seconds=3 (sync), 2 × 12',
    state: {
      config: { save_checkpoint_steps: 5, keep_checkpoint_max: 2 },
      run: { epoch: 2, dataset_size: 12, save_seconds: 3 },
    },
    written: ['1_5@5', '1_10@10', '2_3@15', '2_8@20', '2_12@24'].map(
      (x) => `CKP-${x.replace('@', '.ckpt@')}`,
    ),
    left: ckpt('CKP', ['2_12', '2_8']),
  },
  {
    label: 'steps=10, max=0, per_n=1, 1 × 200',
    state: {
      config: {
        save_checkpoint_steps: 10,
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 1,
      },
      run: { epoch: 1, dataset_size: 200 },
    },
    written: Array.from({ length: 20 }, (_, i) => `CKP-1_${10 * (i + 1)}.ckpt@${10 * (i + 1)}`),
    left: ckpt('CKP', ['1_10', '1_110', '1_160', '1_200', '1_60']),
  },
];

describe('simulation.md §5 worked examples', () => {
  test.each(WORKED_EXAMPLES)('$label', ({ state, written, left, prefix }) => {
    const result = run(state);
    expect(result.error).toBeUndefined();
    expect(saves(result)).toEqual(written);
    expect(result.retained).toEqual(left);
    expect(result.prefix).toBe(prefix ?? 'CKP');
  });
});

interface VectorRow {
  label: string;
  versions: MindSporeVersion[];
  state: PartialBuilderState;
  /** `file@time` of every save, in order (every row of §7.10 gives times or steps at 1 s). */
  written: string[];
  left: string[];
  prefix?: string;
}

const ALL: MindSporeVersion[] = ['2.2', '2.3', '2.4', '2.5', '2.6', '2.7'];
const at = (prefix: string, pairs: [string, number][], ext = 'ckpt') =>
  pairs.map(([n, t]) => `${prefix}-${n}.${ext}@${t}`);

// mindspore-behaviour.md §7.10, V1–V18, in every version the row covers.
const VECTORS: VectorRow[] = [
  {
    label: 'V1 defaults 2 × 5',
    versions: ALL,
    state: { run: { epoch: 2, dataset_size: 5 } },
    written: every('CKP', 2, 5).map((f, i) => `${f}@${i + 1}`),
    left: ckpt('CKP', ['2_1', '2_2', '2_3', '2_4', '2_5']),
  },
  {
    label: 'V2 steps=4, max=2',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: 4, keep_checkpoint_max: 2 },
      run: { epoch: 2, dataset_size: 5 },
    },
    written: at('CKP', [
      ['1_4', 4],
      ['2_3', 8],
      ['2_5', 10],
    ]),
    left: ckpt('CKP', ['2_3', '2_5']),
  },
  {
    label: 'V3 steps=1875, max=10, prefix mnist',
    versions: ['2.2', '2.7'],
    state: {
      config: { save_checkpoint_steps: 1875, keep_checkpoint_max: 10 },
      callback: { prefix: 'mnist' },
      run: { epoch: 1, dataset_size: 938 },
    },
    written: ['mnist-1_938.ckpt@938'],
    left: ['mnist-1_938.ckpt'],
    prefix: 'mnist',
  },
  {
    label: 'V4 steps=0, secs=3',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 3 },
      run: { epoch: 1, dataset_size: 10 },
    },
    written: at('CKP', [
      ['1_4', 4],
      ['1_8', 8],
      ['1_10', 10],
    ]),
    left: ckpt('CKP', ['1_10', '1_4', '1_8']),
  },
  {
    label: 'V5 steps=0, secs=3, startup 5 s',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 3 },
      run: { epoch: 1, dataset_size: 10, startup_seconds: 5 },
    },
    written: at('CKP', [
      ['1_1', 6],
      ['1_5', 10],
      ['1_9', 14],
      ['1_10', 15],
    ]),
    left: ckpt('CKP', ['1_1', '1_10', '1_5', '1_9']),
  },
  {
    label: 'V6 steps=None, secs=3, 1.5 s/step',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: null, save_checkpoint_seconds: 3 },
      run: { epoch: 1, dataset_size: 10, step_seconds: 1.5 },
    },
    written: at('CKP', [
      ['1_3', 4.5],
      ['1_6', 9],
      ['1_9', 13.5],
      ['1_10', 15],
    ]),
    left: ckpt('CKP', ['1_10', '1_3', '1_6', '1_9']),
  },
  {
    label: 'V7 max=0, per_n=0',
    versions: ALL,
    state: {
      config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 0 },
      run: { epoch: 2, dataset_size: 3 },
    },
    written: every('CKP', 2, 3).map((f, i) => `${f}@${i + 1}`),
    left: ['CKP-2_3.ckpt'],
  },
  {
    label: 'V8 max=0, per_n=1, 10 s/step',
    versions: ALL,
    state: {
      config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 },
      run: { epoch: 1, dataset_size: 20, step_seconds: 10 },
    },
    written: every('CKP', 1, 20).map((f, i) => `${f}@${10 * (i + 1)}`),
    left: ckpt('CKP', ['1_1', '1_11', '1_16', '1_20', '1_6']),
  },
  {
    label: 'V9 steps=0, secs=0',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 0 },
      run: { epoch: 2, dataset_size: 5 },
    },
    written: [],
    left: [],
  },
  {
    label: 'V10 steps=2, epoch=3, initial_epoch=2',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: 2 },
      run: { epoch: 3, dataset_size: 3, initial_epoch: 2 },
    },
    written: at('CKP', [
      ['3_2', 2],
      ['3_3', 3],
    ]),
    left: ckpt('CKP', ['3_2', '3_3']),
  },
  {
    label: 'V11 steps=150, path B, sink_size=100',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: 150 },
      run: { epoch: 6, dataset_size: 300, dataset_sink_mode: true, sink_size: 100 },
    },
    written: at('CKP', [
      ['2_100', 200],
      ['4_100', 400],
      ['6_100', 600],
    ]),
    left: ckpt('CKP', ['2_100', '4_100', '6_100']),
  },
  {
    label: 'V12 steps=100, path B, sink_size=100',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: 100 },
      run: { epoch: 6, dataset_size: 300, dataset_sink_mode: true, sink_size: 100 },
    },
    written: [1, 2, 3, 4, 5, 6].map((e) => `CKP-${e}_100.ckpt@${100 * e}`),
    left: ckpt('CKP', ['2_100', '3_100', '4_100', '5_100', '6_100']),
  },
  {
    label: 'V13 steps=100, path B, sink_size=-1',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: 100 },
      run: { epoch: 3, dataset_size: 300, dataset_sink_mode: true, sink_size: -1 },
    },
    written: at('CKP', [
      ['1_300', 300],
      ['2_300', 600],
      ['3_300', 900],
    ]),
    left: ckpt('CKP', ['1_300', '2_300', '3_300']),
  },
  {
    label: 'V14 steps=2, CPU, sink on, sink_size=4, prefix CPU',
    versions: ['2.2', '2.7'],
    state: {
      config: { save_checkpoint_steps: 2 },
      callback: { prefix: 'CPU' },
      run: {
        epoch: 1,
        dataset_size: 10,
        dataset_sink_mode: true,
        sink_size: 4,
        device_target: 'CPU',
      },
    },
    written: at('CPU', [
      ['1_2', 2],
      ['1_4', 4],
      ['1_2', 6],
      ['1_4', 8],
      ['1_2', 10],
    ]),
    left: ckpt('CPU', ['1_2', '1_4']),
    prefix: 'CPU',
  },
  {
    label: 'V15 steps=2, max=2, an earlier run in the directory',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: 2, keep_checkpoint_max: 2 },
      run: { epoch: 1, dataset_size: 6, previous_runs: 1 },
    },
    written: at('CKP_1', [
      ['1_2', 2],
      ['1_4', 4],
      ['1_6', 6],
    ]),
    left: ckpt('CKP_1', ['1_4', '1_6']),
    prefix: 'CKP_1',
  },
  {
    label: 'V16 safetensors, max=2, earlier run: 2.4/2.5 keep the prefix and manage old files',
    versions: ['2.4', '2.5'],
    state: {
      config: { format: 'safetensors', keep_checkpoint_max: 2 },
      run: { epoch: 1, dataset_size: 3, previous_runs: 1 },
    },
    written: at(
      'CKP',
      [
        ['1_1', 1],
        ['1_2', 2],
        ['1_3', 3],
      ],
      'safetensors',
    ),
    left: ['CKP-1_2.safetensors', 'CKP-1_3.safetensors'],
  },
  {
    label: 'V16′ safetensors, max=2, earlier run: 2.6/2.7 rename',
    versions: ['2.6', '2.7'],
    state: {
      config: { format: 'safetensors', keep_checkpoint_max: 2 },
      run: { epoch: 1, dataset_size: 3, previous_runs: 1 },
    },
    written: at(
      'CKP_1',
      [
        ['1_1', 1],
        ['1_2', 2],
        ['1_3', 3],
      ],
      'safetensors',
    ),
    left: ['CKP_1-1_2.safetensors', 'CKP_1-1_3.safetensors'],
    prefix: 'CKP_1',
  },
  {
    label: 'V17 steps=2, same callback, train twice',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: 2 },
      run: { epoch: 1, dataset_size: 4, train_calls: 2 },
    },
    written: at('CKP', [
      ['1_2', 2],
      ['1_4', 4],
    ]),
    left: ckpt('CKP', ['1_2', '1_4']),
  },
  {
    label: 'V18 steps=3, same callback, train twice',
    versions: ALL,
    state: {
      config: { save_checkpoint_steps: 3 },
      run: { epoch: 1, dataset_size: 4, train_calls: 2 },
    },
    written: at('CKP', [
      ['1_3', 3],
      ['1_4', 4],
    ]),
    left: ckpt('CKP', ['1_3', '1_4']),
  },
];

const vectorCases = VECTORS.flatMap((row) =>
  row.versions.map((version) => ({ ...row, version, name: `${row.label} (${version})` })),
);

describe('mindspore-behaviour.md §7.10 test vectors', () => {
  test.each(vectorCases)('$name', ({ version, state, written, left, prefix }) => {
    const result = run({ ...state, mindspore_version: version });
    expect(result.error).toBeUndefined();
    expect(savesAt(result)).toEqual(written);
    expect(result.retained).toEqual(left);
    expect(result.prefix).toBe(prefix ?? 'CKP');
  });

  test('V16 on 2.4: the old files are deleted by keep_checkpoint_max and shown as events', () => {
    const result = run({ ...VECTORS[15]?.state, mindspore_version: '2.4' });
    expect(result.events.map((e) => `${e.kind} ${e.file}`)).toEqual([
      'delete CKP-1_2.safetensors',
      'save CKP-1_1.safetensors',
      'delete CKP-1_3.safetensors',
      'save CKP-1_2.safetensors',
      'delete CKP-1_1.safetensors',
      'save CKP-1_3.safetensors',
    ]);
  });
});

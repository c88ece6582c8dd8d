import { describe, expect, test } from 'vitest';
import { completeState, type PartialBuilderState } from '../config/state';
import { MINDSPORE_VERSIONS, type MindSporeVersion } from '../versions';
import type { FindWarningsOptions } from './context';
import { findWarnings, warningMessage } from './find-warnings';
import { WARNING_RULES } from './registry';

const ALL = MINDSPORE_VERSIONS;
const V22 = ['2.2'] as const;
const V23_ON = ['2.3', '2.4', '2.5', '2.6', '2.7'] as const;
const V24_ON = ['2.4', '2.5', '2.6', '2.7'] as const;
const UP_TO_23 = ['2.2', '2.3'] as const;
const UP_TO_24 = ['2.2', '2.3', '2.4'] as const;
const V24_25 = ['2.4', '2.5'] as const;
const V25_ON = ['2.5', '2.6', '2.7'] as const;
const V26_ON = ['2.6', '2.7'] as const;

const KEY16 = { source: 'env', name: 'K', length: 16, type: 'bytes' } as const;
const key = (length: number, type: 'bytes' | 'str' | 'bytearray' = 'bytes') => ({
  ...KEY16,
  length,
  type,
});
/** Graph-mode sink on Ascend: 6 sinks of 100 steps (spec V11). */
const GRAPH_SINK = {
  epoch: 6,
  dataset_size: 300,
  dataset_sink_mode: true,
  sink_size: 100,
  step_seconds: 0.5,
} as const;
const SMALL_RUN = { epoch: 1, dataset_size: 10, step_seconds: 1, startup_seconds: 0 } as const;

type Row = [
  label: string,
  id: string,
  fires: boolean,
  versions: readonly MindSporeVersion[],
  state: Omit<PartialBuilderState, 'mindspore_version'>,
  options?: FindWarningsOptions,
];

// For every id, the smallest states on each side of its condition (spec §13).
const ROWS: Row[] = [
  [
    'both triggers 0',
    'no-save-trigger',
    true,
    ALL,
    { config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 0 } },
  ],
  [
    'both triggers None',
    'no-save-trigger',
    true,
    ALL,
    { config: { save_checkpoint_steps: null, save_checkpoint_seconds: null } },
  ],
  [
    'seconds 1',
    'no-save-trigger',
    false,
    ALL,
    { config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 1 } },
  ],
  [
    'all four 0 (E05, an error instead)',
    'no-save-trigger',
    false,
    ALL,
    {
      config: {
        save_checkpoint_steps: 0,
        save_checkpoint_seconds: 0,
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 0,
      },
    },
  ],

  [
    'steps an int beyond 2^53, seconds 10',
    'seconds-ignored',
    true,
    ALL,
    {
      config: {
        save_checkpoint_steps: { $py: 'int', value: '10000000000000000' },
        save_checkpoint_seconds: 10,
      },
    },
  ],
  [
    'max an int beyond 2^53, per_n 5',
    'per-n-minutes-ignored',
    true,
    ALL,
    {
      config: {
        keep_checkpoint_max: { $py: 'int', value: '10000000000000000' },
        keep_checkpoint_per_n_minutes: 5,
      },
    },
  ],
  [
    'steps 1, seconds 1',
    'seconds-ignored',
    true,
    ALL,
    { config: { save_checkpoint_steps: 1, save_checkpoint_seconds: 1 } },
  ],
  [
    'steps 1, seconds 0',
    'seconds-ignored',
    false,
    ALL,
    { config: { save_checkpoint_steps: 1, save_checkpoint_seconds: 0 } },
  ],
  [
    'steps 0, seconds 1',
    'seconds-ignored',
    false,
    ALL,
    { config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 1 } },
  ],
  [
    'steps 1, seconds 1, max -1 (E03 first)',
    'seconds-ignored',
    false,
    ALL,
    { config: { save_checkpoint_steps: 1, save_checkpoint_seconds: 1, keep_checkpoint_max: -1 } },
  ],

  [
    'max 1, per_n 1',
    'per-n-minutes-ignored',
    true,
    ALL,
    { config: { keep_checkpoint_max: 1, keep_checkpoint_per_n_minutes: 1 } },
  ],
  [
    'max 1, per_n 0',
    'per-n-minutes-ignored',
    false,
    ALL,
    { config: { keep_checkpoint_max: 1, keep_checkpoint_per_n_minutes: 0 } },
  ],
  [
    'max 0, per_n 1',
    'per-n-minutes-ignored',
    false,
    ALL,
    { config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 } },
  ],

  [
    'max 0, per_n 0',
    'keep-max-forced-to-one',
    true,
    ALL,
    { config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 0 } },
  ],
  [
    'max None, per_n None',
    'keep-max-forced-to-one',
    true,
    ALL,
    { config: { keep_checkpoint_max: null, keep_checkpoint_per_n_minutes: null } },
  ],
  [
    'max 1, per_n 0',
    'keep-max-forced-to-one',
    false,
    ALL,
    { config: { keep_checkpoint_max: 1, keep_checkpoint_per_n_minutes: 0 } },
  ],
  [
    'max 0, per_n 1',
    'keep-max-forced-to-one',
    false,
    ALL,
    { config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 } },
  ],
  [
    'all four 0 (E05)',
    'keep-max-forced-to-one',
    false,
    ALL,
    {
      config: {
        save_checkpoint_steps: 0,
        save_checkpoint_seconds: 0,
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 0,
      },
    },
  ],

  [
    'max 0, per_n 1',
    'unbounded-retention',
    true,
    ALL,
    { config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 } },
  ],
  [
    'max 1, per_n 1',
    'unbounded-retention',
    false,
    ALL,
    { config: { keep_checkpoint_max: 1, keep_checkpoint_per_n_minutes: 1 } },
  ],
  [
    'per_n 1 without a trigger',
    'unbounded-retention',
    false,
    ALL,
    {
      config: {
        save_checkpoint_steps: 0,
        save_checkpoint_seconds: 0,
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 1,
      },
    },
  ],

  ['the defaults', 'saves-every-step', true, ALL, {}],
  ['steps 2', 'saves-every-step', false, ALL, { config: { save_checkpoint_steps: 2 } }],

  [
    'every step, 1,001 saves',
    'every-step-long-run',
    true,
    ALL,
    { run: { epoch: 1, dataset_size: 1001 } },
  ],
  [
    'every step, 1,000 saves',
    'every-step-long-run',
    false,
    ALL,
    { run: { epoch: 1, dataset_size: 1000 } },
  ],
  [
    'steps 2, 2,002 steps',
    'every-step-long-run',
    false,
    ALL,
    { config: { save_checkpoint_steps: 2 }, run: { epoch: 1, dataset_size: 2002 } },
  ],

  [
    'sync save 5 s every 10 × 0.5 s',
    'save-time-dominates',
    true,
    ALL,
    { config: { save_checkpoint_steps: 10 }, run: { step_seconds: 0.5, save_seconds: 5 } },
  ],
  [
    'sync save 4.999999 s every 10 × 0.5 s',
    'save-time-dominates',
    false,
    ALL,
    { config: { save_checkpoint_steps: 10 }, run: { step_seconds: 0.5, save_seconds: 4.999999 } },
  ],
  [
    'async save 5 s every 10 × 0.5 s',
    'save-time-dominates',
    false,
    ALL,
    {
      config: { save_checkpoint_steps: 10, async_save: true },
      run: { step_seconds: 0.5, save_seconds: 5 },
    },
  ],
  [
    'async 5.5 s every 10 × 0.5 s: waited for at the next step end',
    'save-time-dominates',
    true,
    UP_TO_23,
    {
      config: { save_checkpoint_steps: 10, async_save: true },
      run: { step_seconds: 0.5, save_seconds: 5.5 },
    },
  ],
  [
    'async 5.5 s every 10 × 0.5 s: waited for before the next save',
    'save-time-dominates',
    false,
    V24_ON,
    {
      config: { save_checkpoint_steps: 10, async_save: true },
      run: { step_seconds: 0.5, save_seconds: 5.5 },
    },
  ],
  [
    'async 10 s every 10 × 0.5 s',
    'save-time-dominates',
    true,
    V24_ON,
    {
      config: { save_checkpoint_steps: 10, async_save: true },
      run: { step_seconds: 0.5, save_seconds: 10 },
    },
  ],
  [
    'async 9.999999 s every 10 × 0.5 s',
    'save-time-dominates',
    false,
    V24_ON,
    {
      config: { save_checkpoint_steps: 10, async_save: true },
      run: { step_seconds: 0.5, save_seconds: 9.999999 },
    },
  ],
  [
    'seconds 10, 1 s steps, sync save 5.5 s',
    'save-time-dominates',
    true,
    ALL,
    {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 10 },
      run: { step_seconds: 1, save_seconds: 5.5 },
    },
  ],
  [
    'seconds 10, 1 s steps, sync save 5 s',
    'save-time-dominates',
    false,
    ALL,
    {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 10 },
      run: { step_seconds: 1, save_seconds: 5 },
    },
  ],

  [
    'steps 11 on a 10-step run',
    'interval-exceeds-run',
    true,
    ALL,
    { config: { save_checkpoint_steps: 11 }, run: SMALL_RUN },
  ],
  [
    'steps 10 on a 10-step run',
    'interval-exceeds-run',
    false,
    ALL,
    { config: { save_checkpoint_steps: 10 }, run: SMALL_RUN },
  ],
  [
    'seconds 10 on a 10 s run (strict >)',
    'interval-exceeds-run',
    true,
    ALL,
    { config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 10 }, run: SMALL_RUN },
  ],
  [
    'seconds 9 on a 10 s run',
    'interval-exceeds-run',
    false,
    ALL,
    { config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 9 }, run: SMALL_RUN },
  ],
  [
    'graph sink: steps 601 on 600 steps',
    'interval-exceeds-run',
    true,
    ALL,
    { config: { save_checkpoint_steps: 501 }, run: { ...GRAPH_SINK, epoch: 5 } },
  ],
  [
    'graph sink: steps 500 on 500 steps',
    'interval-exceeds-run',
    false,
    ALL,
    { config: { save_checkpoint_steps: 500 }, run: { ...GRAPH_SINK, epoch: 5 } },
  ],

  [
    'peak 5 GB over a budget of 5 GB − 1 byte',
    'disk-budget-exceeded',
    true,
    ALL,
    { run: { ...SMALL_RUN, checkpoint_bytes: 1e9, disk_budget_bytes: 5e9 - 1 } },
  ],
  [
    'peak 5 GB within a budget of 5 GB',
    'disk-budget-exceeded',
    false,
    ALL,
    { run: { ...SMALL_RUN, checkpoint_bytes: 1e9, disk_budget_bytes: 5e9 } },
  ],
  [
    'no budget',
    'disk-budget-exceeded',
    false,
    ALL,
    { run: { ...SMALL_RUN, checkpoint_bytes: 1e9 } },
  ],
  [
    'per-n retention over budget',
    'disk-budget-exceeded',
    true,
    ALL,
    {
      config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 },
      run: { ...SMALL_RUN, checkpoint_bytes: 1e9, disk_budget_bytes: 1e9 },
    },
  ],

  [
    'graph sink, steps 150, sink 100',
    'sink-interval-drift',
    true,
    ALL,
    { config: { save_checkpoint_steps: 150 }, run: GRAPH_SINK },
  ],
  [
    'graph sink, steps 200, sink 100',
    'sink-interval-drift',
    false,
    ALL,
    { config: { save_checkpoint_steps: 200 }, run: GRAPH_SINK },
  ],
  [
    'graph sink, seconds mode',
    'sink-interval-drift',
    true,
    ALL,
    { config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 10 }, run: GRAPH_SINK },
  ],
  [
    'PyNative sink, steps 150',
    'sink-interval-drift',
    false,
    ALL,
    { config: { save_checkpoint_steps: 150 }, run: { ...GRAPH_SINK, mode: 'PYNATIVE_MODE' } },
  ],
  [
    'CPU sink, steps 150',
    'sink-interval-drift',
    false,
    ALL,
    { config: { save_checkpoint_steps: 150 }, run: { ...GRAPH_SINK, device_target: 'CPU' } },
  ],
  [
    'sink off, steps 150',
    'sink-interval-drift',
    false,
    ALL,
    { config: { save_checkpoint_steps: 150 }, run: { ...GRAPH_SINK, dataset_sink_mode: false } },
  ],

  [
    'CPU, sink 4 of 10',
    'cpu-sink-name-collision',
    true,
    ALL,
    { run: { device_target: 'CPU', dataset_sink_mode: true, sink_size: 4, dataset_size: 10 } },
  ],
  [
    'CPU, sink 10 of 10',
    'cpu-sink-name-collision',
    false,
    ALL,
    { run: { device_target: 'CPU', dataset_sink_mode: true, sink_size: 10, dataset_size: 10 } },
  ],
  [
    'CPU, sink off',
    'cpu-sink-name-collision',
    false,
    ALL,
    { run: { device_target: 'CPU', dataset_sink_mode: false, sink_size: 4, dataset_size: 10 } },
  ],
  [
    'Ascend, sink 4 of 10',
    'cpu-sink-name-collision',
    false,
    ALL,
    { run: { device_target: 'Ascend', dataset_sink_mode: true, sink_size: 4, dataset_size: 10 } },
  ],

  ['AES-GCM, 15-byte key', 'enc-key-length', true, ALL, { config: { enc_key: key(15) } }],
  ['AES-GCM, 16-byte key', 'enc-key-length', false, ALL, { config: { enc_key: key(16) } }],
  [
    'SM4-CBC, 24-byte key',
    'enc-key-length',
    true,
    ALL,
    { config: { enc_key: key(24), enc_mode: 'SM4-CBC' } },
  ],
  [
    'SM4-CBC, 16-byte key',
    'enc-key-length',
    false,
    ALL,
    { config: { enc_key: key(16), enc_mode: 'SM4-CBC' } },
  ],
  [
    'unknown mode (another error)',
    'enc-key-length',
    false,
    ALL,
    { config: { enc_key: key(15), enc_mode: 'foo' } },
  ],

  [
    "key with 'aes-gcm'",
    'enc-mode-unsupported',
    true,
    ALL,
    { config: { enc_key: KEY16, enc_mode: 'aes-gcm' } },
  ],
  [
    "key with 'AES-GCM'",
    'enc-mode-unsupported',
    false,
    ALL,
    { config: { enc_key: KEY16, enc_mode: 'AES-GCM' } },
  ],
  [
    "no key with 'foo'",
    'enc-mode-unsupported',
    false,
    ALL,
    { config: { enc_key: null, enc_mode: 'foo' } },
  ],

  ["no key, 'AES-CBC'", 'enc-mode-without-key', true, ALL, { config: { enc_mode: 'AES-CBC' } }],
  ["no key, 'AES-GCM'", 'enc-mode-without-key', false, ALL, { config: { enc_mode: 'AES-GCM' } }],
  [
    "key, 'AES-CBC'",
    'enc-mode-without-key',
    false,
    ALL,
    { config: { enc_key: KEY16, enc_mode: 'AES-CBC' } },
  ],
  [
    "safetensors, 'AES-CBC' (E19 instead)",
    'enc-mode-without-key',
    false,
    V24_ON,
    { config: { enc_mode: 'AES-CBC', format: 'safetensors' } },
  ],
  [
    "format ignored, 'AES-CBC'",
    'enc-mode-without-key',
    true,
    UP_TO_23,
    { config: { enc_mode: 'AES-CBC', format: 'safetensors' } },
  ],

  ['key passed as str', 'enc-key-not-bytes', true, ALL, { config: { enc_key: key(16, 'str') } }],
  [
    'key passed as bytearray',
    'enc-key-not-bytes',
    true,
    ALL,
    { config: { enc_key: key(16, 'bytearray') } },
  ],
  ['a str literal', 'enc-key-not-bytes', true, ALL, { config: { enc_key: 'abc' } }],
  ['key passed as bytes', 'enc-key-not-bytes', false, ALL, { config: { enc_key: KEY16 } }],
  ['no key', 'enc-key-not-bytes', false, ALL, { config: { enc_key: null } }],

  [
    'crc and a key',
    'crc-with-encryption',
    true,
    V23_ON,
    { config: { crc_check: true, enc_key: KEY16 } },
  ],
  ['crc without a key', 'crc-with-encryption', false, V23_ON, { config: { crc_check: true } }],
  [
    'a key without crc',
    'crc-with-encryption',
    false,
    V23_ON,
    { config: { crc_check: false, enc_key: KEY16 } },
  ],
  [
    'crc ignored on 2.2',
    'crc-with-encryption',
    false,
    V22,
    { config: { crc_check: true, enc_key: KEY16 } },
  ],

  ["async 'thread'", 'async-mode-needs-2-5', true, UP_TO_24, { config: { async_save: 'thread' } }],
  [
    "async 'process'",
    'async-mode-needs-2-5',
    true,
    UP_TO_24,
    { config: { async_save: 'process' } },
  ],
  [
    "async 'thread' where it exists",
    'async-mode-needs-2-5',
    false,
    V25_ON,
    { config: { async_save: 'thread' } },
  ],
  ['async True', 'async-mode-needs-2-5', false, UP_TO_24, { config: { async_save: true } }],

  ['crc_check on 2.2', 'ignored-by-this-version', true, V22, { config: { crc_check: true } }],
  ['crc_check from 2.3', 'ignored-by-this-version', false, V23_ON, { config: { crc_check: true } }],
  ['format before 2.4', 'ignored-by-this-version', true, UP_TO_23, { config: { format: 'ckpt' } }],
  [
    'remove_redundancy before 2.4',
    'ignored-by-this-version',
    true,
    UP_TO_23,
    { config: { remove_redundancy: true } },
  ],
  ['format from 2.4', 'ignored-by-this-version', false, V24_ON, { config: { format: 'ckpt' } }],
  [
    'enable_redundance on 2.2',
    'ignored-by-this-version',
    true,
    V22,
    { config: { enable_redundance: true } },
  ],
  [
    'enable_redundance from 2.3',
    'ignored-by-this-version',
    false,
    V23_ON,
    { config: { enable_redundance: true } },
  ],
  [
    'an unknown keyword is not this one',
    'ignored-by-this-version',
    false,
    ALL,
    { config: { foo: 1 } },
  ],

  ['foo=1', 'unknown-keyword', true, ALL, { config: { foo: 1 } }],
  [
    'incremental (read from kwargs)',
    'unknown-keyword',
    false,
    ALL,
    { config: { incremental: true } },
  ],
  [
    'format on 2.2 (ignored-by-this-version instead)',
    'unknown-keyword',
    false,
    V22,
    { config: { format: 'ckpt' } },
  ],

  [
    'safetensors with crc_check',
    'safetensors-restrictions',
    true,
    V24_ON,
    { config: { format: 'safetensors', crc_check: true } },
  ],
  [
    'safetensors with incremental',
    'safetensors-restrictions',
    true,
    V24_ON,
    { config: { format: 'safetensors', incremental: 'yes' } },
  ],
  [
    "safetensors with enc_mode 'AES-CBC'",
    'safetensors-restrictions',
    true,
    V24_ON,
    { config: { format: 'safetensors', enc_mode: 'AES-CBC' } },
  ],
  [
    'safetensors alone',
    'safetensors-restrictions',
    false,
    V24_ON,
    { config: { format: 'safetensors' } },
  ],
  [
    'safetensors with remove_redundancy',
    'safetensors-restrictions',
    false,
    V24_ON,
    { config: { format: 'safetensors', remove_redundancy: true } },
  ],
  [
    'safetensors with async',
    'safetensors-restrictions',
    true,
    V24_25,
    { config: { format: 'safetensors', async_save: true } },
  ],
  [
    'safetensors with async from 2.6',
    'safetensors-restrictions',
    false,
    V26_ON,
    { config: { format: 'safetensors', async_save: true } },
  ],
  [
    'format ignored before 2.4',
    'safetensors-restrictions',
    false,
    UP_TO_23,
    { config: { format: 'safetensors', crc_check: true } },
  ],

  ["format 'pt'", 'format-unknown', true, V24_ON, { config: { format: 'pt' } }],
  ["format 'ckpt'", 'format-unknown', false, V24_ON, { config: { format: 'ckpt' } }],
  [
    "format 'pt' ignored before 2.4",
    'format-unknown',
    false,
    UP_TO_23,
    { config: { format: 'pt' } },
  ],

  [
    'stand-alone (2.4, 2.5)',
    'remove-redundancy-needs-parallel',
    true,
    V24_25,
    { config: { remove_redundancy: true }, run: { parallel_mode: 'stand_alone', device_num: 8 } },
  ],
  [
    'data parallel (2.4, 2.5)',
    'remove-redundancy-needs-parallel',
    false,
    V24_25,
    { config: { remove_redundancy: true }, run: { parallel_mode: 'data_parallel', device_num: 8 } },
  ],
  [
    'one device (2.6+)',
    'remove-redundancy-needs-parallel',
    true,
    V26_ON,
    { config: { remove_redundancy: true }, run: { parallel_mode: 'data_parallel', device_num: 1 } },
  ],
  [
    'two devices (2.6+)',
    'remove-redundancy-needs-parallel',
    false,
    V26_ON,
    { config: { remove_redundancy: true }, run: { parallel_mode: 'stand_alone', device_num: 2 } },
  ],
  [
    'off',
    'remove-redundancy-needs-parallel',
    false,
    V24_ON,
    { config: { remove_redundancy: false } },
  ],
  [
    'ignored before 2.4',
    'remove-redundancy-needs-parallel',
    false,
    UP_TO_23,
    { config: { remove_redundancy: true } },
  ],

  [
    'semi-auto, 2 stages',
    'integrated-save-pipeline',
    true,
    ALL,
    { run: { parallel_mode: 'semi_auto_parallel', pipeline_stages: 2, device_num: 8 } },
  ],
  [
    'auto, 2 stages',
    'integrated-save-pipeline',
    true,
    ALL,
    { run: { parallel_mode: 'auto_parallel', pipeline_stages: 2, device_num: 8 } },
  ],
  [
    'semi-auto, 1 stage',
    'integrated-save-pipeline',
    false,
    ALL,
    { run: { parallel_mode: 'semi_auto_parallel', pipeline_stages: 1, device_num: 8 } },
  ],
  [
    'data parallel, 2 stages',
    'integrated-save-pipeline',
    false,
    ALL,
    { run: { parallel_mode: 'data_parallel', pipeline_stages: 2, device_num: 8 } },
  ],
  [
    'integrated_save False',
    'integrated-save-pipeline',
    false,
    ALL,
    {
      config: { integrated_save: false },
      run: { parallel_mode: 'semi_auto_parallel', pipeline_stages: 2, device_num: 8 },
    },
  ],

  ['one earlier run', 'prefix-renamed', true, ALL, { run: { previous_runs: 1 } }],
  ['no earlier run', 'prefix-renamed', false, ALL, { run: { previous_runs: 0 } }],
  [
    'safetensors re-run (not renamed)',
    'prefix-renamed',
    false,
    V24_25,
    { config: { format: 'safetensors' }, run: { previous_runs: 1 } },
  ],
  [
    'safetensors re-run (renamed)',
    'prefix-renamed',
    true,
    V26_ON,
    { config: { format: 'safetensors' }, run: { previous_runs: 1 } },
  ],

  [
    'safetensors re-run',
    'safetensors-no-rename',
    true,
    V24_25,
    { config: { format: 'safetensors' }, run: { previous_runs: 1 } },
  ],
  [
    'safetensors first run',
    'safetensors-no-rename',
    false,
    V24_25,
    { config: { format: 'safetensors' }, run: { previous_runs: 0 } },
  ],
  [
    'safetensors re-run, fixed in 2.6',
    'safetensors-no-rename',
    false,
    V26_ON,
    { config: { format: 'safetensors' }, run: { previous_runs: 1 } },
  ],
  [
    'ckpt re-run',
    'safetensors-no-rename',
    false,
    V24_25,
    { config: { format: 'ckpt' }, run: { previous_runs: 1 } },
  ],

  ['2 ranks, one directory', 'shared-directory', true, ALL, { run: { device_num: 2 } }],
  ['1 rank', 'shared-directory', false, ALL, { run: { device_num: 1 } }],
  [
    '2 ranks, per-rank directory',
    'shared-directory',
    false,
    ALL,
    {
      callback: { directory: { $py: 'expr', source: "'./ckpt/rank_' + str(get_rank())" } },
      run: { device_num: 2 },
    },
  ],
  [
    '2 ranks, per-rank prefix',
    'shared-directory',
    false,
    ALL,
    { callback: { prefix: { $py: 'expr', source: "f'net_{rank_id}'" } }, run: { device_num: 2 } },
  ],

  ["prefix 'a/b'", 'prefix-slash', true, ALL, { callback: { prefix: 'a/b' } }],
  ['prefix 123', 'prefix-slash', true, ALL, { callback: { prefix: 123 } }],
  ["prefix 'a\\\\b'", 'prefix-slash', false, ALL, { callback: { prefix: 'a\\b' } }],
  ["prefix ''", 'prefix-slash', false, ALL, { callback: { prefix: '' } }],

  ["prefix 'a.ckpt'", 'prefix-equals-filename', true, ALL, { callback: { prefix: 'a.ckpt' } }],
  ["prefix 'a.ckp'", 'prefix-equals-filename', false, ALL, { callback: { prefix: 'a.ckp' } }],
  [
    "prefix '.ckpt' (no extension)",
    'prefix-equals-filename',
    false,
    ALL,
    { callback: { prefix: '.ckpt' } },
  ],
  [
    "prefix 'a.safetensors' (2.6+ renames)",
    'prefix-equals-filename',
    true,
    V26_ON,
    { callback: { prefix: 'a.safetensors' } },
  ],
  [
    "prefix 'a.safetensors' (≤ 2.5)",
    'prefix-equals-filename',
    false,
    ['2.2', '2.3', '2.4', '2.5'],
    { callback: { prefix: 'a.safetensors' } },
  ],

  ['two train() calls', 'reuse-callback', true, ALL, { run: { train_calls: 2 } }],
  ['one train() call', 'reuse-callback', false, ALL, { run: { train_calls: 1 } }],

  [
    'seconds mode',
    'seconds-timer-starts-at-construction',
    true,
    ALL,
    { config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 1 } },
  ],
  [
    'seconds given but steps set',
    'seconds-timer-starts-at-construction',
    false,
    ALL,
    { config: { save_checkpoint_steps: 1, save_checkpoint_seconds: 1 } },
  ],

  [
    'exception_save True',
    'exception-save-network',
    true,
    ALL,
    { config: { exception_save: true } },
  ],
  [
    'exception_save False',
    'exception-save-network',
    false,
    ALL,
    { config: { exception_save: false } },
  ],

  ['PyNative', 'pynative-no-graph-meta', true, ALL, { run: { mode: 'PYNATIVE_MODE' } }],
  ['graph mode', 'pynative-no-graph-meta', false, ALL, { run: { mode: 'GRAPH_MODE' } }],

  [
    'two positional arguments',
    'positional-second-is-seconds',
    true,
    ALL,
    {},
    { positionalArguments: 2 },
  ],
  [
    'one positional argument',
    'positional-second-is-seconds',
    false,
    ALL,
    {},
    { positionalArguments: 1 },
  ],
];

const CASES = ROWS.flatMap(([label, id, fires, versions, partial, options]) =>
  versions.map((version) => ({ label, id, fires, version, partial, options })),
);

describe('the warning catalogue (spec §13)', () => {
  test.each(CASES)(
    '$id on $version: $label → fires $fires',
    ({ id, fires, version, partial, options }) => {
      const state = completeState({ ...partial, mindspore_version: version });
      const ids = findWarnings(state, options).map((warning) => warning.id);
      if (fires) expect(ids).toContain(id);
      else expect(ids).not.toContain(id);
    },
  );

  test('every rule has rows on both sides of its condition', () => {
    for (const rule of WARNING_RULES) {
      const rows = ROWS.filter((row) => row[1] === rule.id);
      expect
        .soft(
          rows.some((row) => row[2]),
          `${rule.id} fires somewhere`,
        )
        .toBe(true);
      expect
        .soft(
          rows.some((row) => !row[2]),
          `${rule.id} stays quiet somewhere`,
        )
        .toBe(true);
    }
  });

  test('the registry holds every id of the catalogue, once', () => {
    const ids = WARNING_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(CATALOGUE_IDS));
  });

  test.each(CASES.filter((entry) => entry.fires))(
    '$id on $version ($label) renders in both languages without a gap',
    ({ id, version, partial, options }) => {
      const state = completeState({ ...partial, mindspore_version: version });
      const warning = findWarnings(state, options).find((found) => found.id === id);
      expect(warning).toBeDefined();
      for (const language of ['en', 'zh'] as const) {
        const text = warningMessage(id, warning?.params, language);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text.length).toBeGreaterThan(10);
      }
      expect(warning?.message).toBe(warningMessage(id, warning?.params, 'en'));
    },
  );

  test('a warning is plain JSON', () => {
    const state = completeState({
      config: { save_checkpoint_steps: 150, foo: 1 },
      run: GRAPH_SINK,
    });
    const warnings = findWarnings(state);
    expect(JSON.parse(JSON.stringify(warnings))).toEqual(warnings);
  });
});

/** The ids of spec §13, verbatim. */
const CATALOGUE_IDS = [
  'no-save-trigger',
  'seconds-ignored',
  'per-n-minutes-ignored',
  'keep-max-forced-to-one',
  'unbounded-retention',
  'saves-every-step',
  'sink-interval-drift',
  'cpu-sink-name-collision',
  'enc-key-length',
  'enc-mode-unsupported',
  'enc-mode-without-key',
  'enc-key-not-bytes',
  'crc-with-encryption',
  'async-mode-needs-2-5',
  'ignored-by-this-version',
  'unknown-keyword',
  'safetensors-restrictions',
  'format-unknown',
  'remove-redundancy-needs-parallel',
  'integrated-save-pipeline',
  'prefix-renamed',
  'safetensors-no-rename',
  'shared-directory',
  'prefix-slash',
  'prefix-equals-filename',
  'reuse-callback',
  'seconds-timer-starts-at-construction',
  'exception-save-network',
  'pynative-no-graph-meta',
  'positional-second-is-seconds',
];

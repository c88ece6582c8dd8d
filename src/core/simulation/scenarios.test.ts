import { describe, expect, test } from 'vitest';
import { DEFAULT_ENC_KEY_REF } from '../config/enc-key';
import { completeState, type PartialBuilderState } from '../config/state';
import type { MindSporeVersion } from '../versions';
import { simulate } from './simulate';
import type { SaveEvent, SimulationResult } from './types';

const RECORDED = { step_seconds: 1, startup_seconds: 0, save_seconds: 0 };

function run(partial: PartialBuilderState, options = {}): SimulationResult {
  return simulate(completeState({ ...partial, run: { ...RECORDED, ...partial.run } }), options);
}
const saveEvents = (r: SimulationResult) =>
  r.events.filter((e): e is SaveEvent => e.kind === 'save');
const files = (r: SimulationResult) => saveEvents(r).map((e) => e.file);
const steps = (r: SimulationResult) => saveEvents(r).map((e) => e.step);
const times = (r: SimulationResult) => saveEvents(r).map((e) => e.time);

describe('save triggers and the clock', () => {
  test('0.1 s steps and a 3 s interval: the first save is at step 31 (3.1 s > 3 s), exactly', () => {
    const r = run({
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 3 },
      run: { epoch: 1, dataset_size: 100, step_seconds: 0.1 },
    });
    expect(steps(r)).toEqual([31, 62, 93, 100]);
    expect(times(r)[0]).toBe(3.1);
  });

  test('a startup longer than the interval saves at the very first step', () => {
    const r = run({
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 60 },
      run: { epoch: 1, dataset_size: 100, startup_seconds: 300, step_seconds: 2 },
    });
    // 302 s − 0 > 60: step 1; then the first step more than 60 s after 302 s: 364 s = step 32.
    expect(steps(r).slice(0, 3)).toEqual([1, 32, 63]);
    expect(times(r)[0]).toBe(302);
  });

  test.each([
    // The interval is wall time: a 2 s write counts towards it, so saves come every 2 steps.
    { label: 'sync saves of 2 s count towards the interval', save: 2, expected: [4, 6, 8, 10, 12] },
    { label: 'instant saves', save: 0, expected: [4, 8, 12, 16, 20] },
    { label: 'sync saves of 5 s', save: 5, expected: [4, 5, 6, 7, 8] },
  ])('$label', ({ save, expected }) => {
    const r = run({
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 3 },
      run: { epoch: 1, dataset_size: 20, save_seconds: save },
    });
    expect(steps(r).slice(0, 5)).toEqual(expected);
  });

  test('synchronous saves shift every later save time and end time; blocked time is counted', () => {
    const r = run({
      config: { save_checkpoint_steps: 5 },
      run: { epoch: 1, dataset_size: 20, save_seconds: 3 },
    });
    expect(times(r)).toEqual([5, 13, 21, 29]);
    expect(r.end_time).toBe(32);
    expect(r.stats.blocked_seconds).toBe(12);
  });

  test.each<{ version: MindSporeVersion; times: number[]; end: number; blocked: number }>([
    // 2.2/2.3: the step_end right after a save (step 3 at 3 s) waits for its write (until 6 s),
    // so step 4 ends at 7 s; the end waits for the last write: 3 + 3 + 4 s blocked.
    { version: '2.2', times: [2, 7, 12], end: 16, blocked: 10 },
    { version: '2.3', times: [2, 7, 12], end: 16, blocked: 10 },
    // 2.4+: only the next due save (step 4 at 4 s) waits, until 6 s; then 2 + 2 + 4 s blocked.
    { version: '2.4', times: [2, 6, 10], end: 14, blocked: 8 },
    { version: '2.7', times: [2, 6, 10], end: 14, blocked: 8 },
  ])('async saves wait per version ($version), every 2 steps, 4 s writes', (row) => {
    const r = run({
      mindspore_version: row.version,
      config: { save_checkpoint_steps: 2, async_save: true },
      run: { epoch: 1, dataset_size: 6, save_seconds: 4 },
    });
    expect(times(r)).toEqual(row.times);
    expect(r.end_time).toBe(row.end);
    expect(r.stats.blocked_seconds).toBe(row.blocked);
  });

  test.each<{ version: MindSporeVersion; times: number[]; end: number }>([
    // 2.2: the step_end right after a save waits for it, so saves every 10 steps drift by 3 s.
    { version: '2.2', times: [10, 23, 36], end: 40 },
    // 2.4+: the background write finishes long before the next due save: no waiting.
    { version: '2.5', times: [10, 20, 30], end: 34 },
  ])('async writes longer than a step: $version', (row) => {
    const r = run({
      mindspore_version: row.version,
      config: { save_checkpoint_steps: 10, async_save: true },
      run: { epoch: 1, dataset_size: 30, save_seconds: 4 },
    });
    expect(times(r)).toEqual(row.times);
    expect(r.end_time).toBe(row.end);
  });

  test('2.4+ async: the seconds timer is stamped before the wait, retention after it', () => {
    const r = run({
      mindspore_version: '2.6',
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 1, async_save: true },
      run: { epoch: 1, dataset_size: 6, save_seconds: 5 },
    });
    // Step 2 decides at 2 s and waits until the first write ends at 2 + 5 = 7 s.
    expect(times(r).slice(0, 2)).toEqual([2, 7]);
  });
});

describe('sink modes and names', () => {
  test('PyNative sink calls step_end every step, epochs of sink_size steps', () => {
    const r = run({
      config: { save_checkpoint_steps: 3 },
      run: {
        epoch: 2,
        dataset_size: 10,
        dataset_sink_mode: true,
        sink_size: 4,
        mode: 'PYNATIVE_MODE',
      },
    });
    expect(files(r)).toEqual(['CKP-1_3.ckpt', 'CKP-2_2.ckpt', 'CKP-2_4.ckpt']);
    expect(r.total_steps).toBe(8);
  });

  test('graph sink with an interval that is not a multiple of the sink: every ceil(N/S)·S steps', () => {
    const r = run({
      config: { save_checkpoint_steps: 7 },
      run: { epoch: 5, dataset_size: 40, dataset_sink_mode: true, sink_size: 5 },
    });
    expect(steps(r)).toEqual([10, 20, 25]);
    expect(files(r)).toEqual(['CKP-2_5.ckpt', 'CKP-4_5.ckpt', 'CKP-5_5.ckpt']);
  });

  test('sink_size = -1 uses the dataset size for the sink and the names', () => {
    const r = run({
      config: { save_checkpoint_steps: 1 },
      run: { epoch: 2, dataset_size: 7, dataset_sink_mode: true, sink_size: -1 },
    });
    expect(files(r)).toEqual(['CKP-1_7.ckpt', 'CKP-2_7.ckpt']);
    expect(times(r)).toEqual([7, 14]);
  });

  test('CPU sink: names repeat modulo sink_size, overwrite, and do not add to the file count', () => {
    const r = run({
      config: { save_checkpoint_steps: 1, keep_checkpoint_max: 10 },
      run: {
        epoch: 2,
        dataset_size: 6,
        dataset_sink_mode: true,
        sink_size: 3,
        device_target: 'CPU',
      },
    });
    expect(files(r)).toEqual([
      'CKP-1_1.ckpt',
      'CKP-1_2.ckpt',
      'CKP-1_3.ckpt',
      'CKP-1_1.ckpt',
      'CKP-1_2.ckpt',
      'CKP-1_3.ckpt',
      'CKP-2_1.ckpt',
      'CKP-2_2.ckpt',
      'CKP-2_3.ckpt',
      'CKP-2_1.ckpt',
      'CKP-2_2.ckpt',
      'CKP-2_3.ckpt',
    ]);
    expect(saveEvents(r).map((e) => e.overwrote)).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    expect(r.stats.overwrites).toBe(6);
    expect(r.stats.peak_files).toBe(6);
    expect(r.retained).toHaveLength(6);
  });

  test('a name freed by a deletion in the same save is not an overwrite', () => {
    const r = run({
      config: { save_checkpoint_steps: 1, keep_checkpoint_max: 1 },
      run: {
        epoch: 1,
        dataset_size: 4,
        dataset_sink_mode: true,
        sink_size: 1,
        device_target: 'CPU',
      },
    });
    expect(r.events.map((e) => `${e.kind} ${e.file}`)).toEqual([
      'save CKP-1_1.ckpt',
      'delete CKP-1_1.ckpt',
      'save CKP-1_1.ckpt',
      'delete CKP-1_1.ckpt',
      'save CKP-1_1.ckpt',
      'delete CKP-1_1.ckpt',
      'save CKP-1_1.ckpt',
    ]);
    expect(saveEvents(r).every((e) => !e.overwrote)).toBe(true);
  });

  test('MS_ENABLE_CKPT_D2H_ASYNC=1 lowers the step in names on 2.5+ in GRAPH_MODE only', () => {
    const d2h = (version: MindSporeVersion) =>
      files(
        run({
          mindspore_version: version,
          config: { save_checkpoint_steps: 2 },
          run: { epoch: 1, dataset_size: 4, ms_enable_ckpt_d2h_async: true },
        }),
      );
    expect(d2h('2.4')).toEqual(['CKP-1_2.ckpt', 'CKP-1_4.ckpt']);
    expect(d2h('2.5')).toEqual(['CKP-1_1.ckpt', 'CKP-1_3.ckpt']);
  });
});

describe('retention', () => {
  test('per-n-minutes thins to about one file per window and never deletes older files', () => {
    const r = run({
      config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 2 },
      run: { epoch: 1, dataset_size: 100, step_seconds: 30 },
    });
    // Saves every 30 s, window 120 s. At 150 s the window (mtime > 30 s) holds only the 120 s
    // file, which is kept: kept files are 90 s apart (1, 4, 7, …), not 120 (like V8's 50 s).
    const kept = r.retained.map((f) => Number(/_(\d+)\.ckpt$/.exec(f)?.[1])).sort((a, b) => a - b);
    expect(kept.slice(0, 4)).toEqual([1, 4, 7, 10]);
    expect(kept.at(-1)).toBe(100);
    const deletes = r.events.filter((e) => e.kind === 'delete');
    expect(deletes.every((e) => e.policy === 'keep_checkpoint_per_n_minutes')).toBe(true);
    expect(r.stats.saves - r.stats.deletes).toBe(r.retained.length);
  });

  test('per-n prunes the window down to its oldest file at every save inside the window', () => {
    const r = run({
      config: {
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 1,
        save_checkpoint_steps: 1,
      },
      run: { epoch: 1, dataset_size: 5, step_seconds: 10 },
    });
    // At 30 s the window holds 1_1 (10 s) and 1_2 (20 s): 1_1 is the oldest and stays.
    expect(r.events.filter((e) => e.kind === 'delete').map((e) => `${e.file}@${e.time}`)).toEqual([
      'CKP-1_2.ckpt@30',
      'CKP-1_3.ckpt@40',
      'CKP-1_4.ckpt@50',
    ]);
    expect(r.retained).toEqual(['CKP-1_1.ckpt', 'CKP-1_5.ckpt']);
  });

  test('2.4+ async: a file whose write ends exactly now is not older than now, so it goes too', () => {
    // Every step is due; each save waits for the previous 30 s write, so at that moment the only
    // file in the window has mtime = now, and no file qualifies as "the oldest before now".
    const r = run({
      mindspore_version: '2.7',
      config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1, async_save: true },
      run: { epoch: 1, dataset_size: 3, save_seconds: 30 },
    });
    expect(r.events.map((e) => `${e.kind} ${e.file}@${e.time}`)).toEqual([
      'save CKP-1_1.ckpt@1',
      'delete CKP-1_1.ckpt@31',
      'save CKP-1_2.ckpt@31',
      'delete CKP-1_2.ckpt@61',
      'save CKP-1_3.ckpt@61',
    ]);
  });

  test('no trigger at all: nothing is written, not even at the end', () => {
    const r = run({
      config: {
        save_checkpoint_steps: null,
        save_checkpoint_seconds: null,
        keep_checkpoint_max: 3,
      },
      run: { epoch: 3, dataset_size: 1000 },
    });
    expect(r.events).toEqual([]);
    expect(r.retained).toEqual([]);
    expect(r.end_time).toBe(3000);
    expect(r.total_steps).toBe(3000);
  });
});

describe('earlier runs (previous_runs) and the prefix', () => {
  // mindspore-behaviour.md §6.2, the rows a run with the same settings can produce.
  test.each<{
    label: string;
    version: MindSporeVersion;
    prefix: string;
    runs: number;
    format?: string;
    expected: string;
  }>([
    { label: 'none', version: '2.2', prefix: 'CKP', runs: 0, expected: 'CKP' },
    { label: 'CKP-1_1.ckpt', version: '2.2', prefix: 'CKP', runs: 1, expected: 'CKP_1' },
    {
      label: 'CKP-… and CKP_1-1_1.ckpt',
      version: '2.7',
      prefix: 'CKP',
      runs: 2,
      expected: 'CKP_2',
    },
    {
      label: 'CKP-1_1.safetensors on 2.4',
      version: '2.4',
      prefix: 'CKP',
      runs: 1,
      format: 'safetensors',
      expected: 'CKP',
    },
    {
      label: 'CKP-1_1.safetensors on 2.5',
      version: '2.5',
      prefix: 'CKP',
      runs: 1,
      format: 'safetensors',
      expected: 'CKP',
    },
    {
      label: 'CKP-1_1.safetensors on 2.6',
      version: '2.6',
      prefix: 'CKP',
      runs: 1,
      format: 'safetensors',
      expected: 'CKP_1',
    },
    {
      label: 'CKP-1_1.safetensors on 2.7',
      version: '2.7',
      prefix: 'CKP',
      runs: 1,
      format: 'safetensors',
      expected: 'CKP_1',
    },
    {
      label: 'format ignored on 2.3: the old files are .ckpt',
      version: '2.3',
      prefix: 'CKP',
      runs: 1,
      format: 'safetensors',
      expected: 'CKP_1',
    },
    { label: 'prefix "", file -1_1.ckpt', version: '2.2', prefix: '', runs: 1, expected: '_1' },
    {
      label: 'the third run gets _2, not _3',
      version: '2.2',
      prefix: 'net',
      runs: 2,
      expected: 'net_2',
    },
  ])('$label → $expected', ({ version, prefix, runs, format, expected }) => {
    const r = run({
      mindspore_version: version,
      config: format === undefined ? {} : { format },
      callback: { prefix },
      run: { epoch: 1, dataset_size: 3, previous_runs: runs },
    });
    expect(r.prefix).toBe(expected);
    expect(files(r)[0]?.startsWith(`${expected}-`)).toBe(true);
  });

  test('earlier runs that wrote nothing (no trigger) do not rename', () => {
    const r = run({
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 0 },
      run: { epoch: 1, dataset_size: 3, previous_runs: 4 },
    });
    expect(r.prefix).toBe('CKP');
  });

  test('2.4 safetensors: files of earlier per-n runs fall inside the first window and are thinned', () => {
    const r = run({
      mindspore_version: '2.4',
      config: { format: 'safetensors', keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 },
      run: { epoch: 1, dataset_size: 3, previous_runs: 2 },
    });
    // Each earlier run leaves 1_1 and 1_3 (1_2 is pruned) and ends just before this one starts,
    // so at 1 s both are in the window: the older (1_1) stays, 1_3 goes, then 1_1 is overwritten.
    expect(
      r.events.map(
        (e) => `${e.kind} ${e.file}${e.kind === 'save' && e.overwrote ? ' (overwrote)' : ''}`,
      ),
    ).toEqual([
      'delete CKP-1_3.safetensors',
      'save CKP-1_1.safetensors (overwrote)',
      'save CKP-1_2.safetensors',
      'delete CKP-1_2.safetensors',
      'save CKP-1_3.safetensors',
    ]);
    expect(r.retained).toEqual(['CKP-1_1.safetensors', 'CKP-1_3.safetensors']);
    expect(r.prefix).toBe('CKP');
  });
});

describe('errors at the first save', () => {
  test('sync: the failing save stops training after its deletions (E32 unknown format)', () => {
    const r = run({
      mindspore_version: '2.4',
      config: { format: 'pt', save_checkpoint_steps: 3 },
      run: { epoch: 1, dataset_size: 10 },
    });
    expect(r.events).toEqual([]);
    expect(r.error).toEqual({
      kind: 'ValueError',
      message: "For 'save_checkpoint', the format must be 'safetensors' or 'ckpt', but got pt.",
      step: 3,
    });
    expect(r.end_time).toBe(3);
  });

  test('E33 on 2.4 stand-alone remove_redundancy; E34 on 2.6 with one device', () => {
    const r24 = run({
      mindspore_version: '2.4',
      config: { remove_redundancy: true },
      run: { epoch: 1, dataset_size: 2 },
    });
    expect(r24.error?.message).toMatch(/but got stand_alone\.$/);
    const r26 = run({
      mindspore_version: '2.6',
      config: { remove_redundancy: true },
      run: { epoch: 1, dataset_size: 2 },
    });
    expect(r26.error?.message).toMatch(/but got 'stand_alone'\.$/);
    expect(r26.error?.step).toBe(1);
  });

  test('async encryption failure (E31) on 2.2: logged, training goes on, empty files remain', () => {
    const r = run({
      mindspore_version: '2.2',
      config: {
        enc_key: { ...DEFAULT_ENC_KEY_REF, length: 5 },
        async_save: true,
        keep_checkpoint_max: 2,
      },
      run: { epoch: 1, dataset_size: 4, save_seconds: 3 },
    });
    expect(r.error).toEqual({ kind: 'ValueError', message: 'Encrypt failed', step: 1 });
    expect(saveEvents(r).map((e) => e.failed)).toEqual([true, true, true, true]);
    expect(r.stats.saves).toBe(0);
    expect(r.stats.bytes_written).toBe(0);
    expect(r.retained).toEqual(['CKP-1_3.ckpt', 'CKP-1_4.ckpt']);
    expect(r.end_time).toBe(4);
  });

  test('async encryption failure on 2.4+: only a .tmp file each time, nothing managed', () => {
    const r = run({
      mindspore_version: '2.4',
      config: { enc_key: { ...DEFAULT_ENC_KEY_REF, length: 5 }, async_save: true },
      run: { epoch: 1, dataset_size: 4 },
    });
    expect(r.error?.step).toBe(1);
    expect(r.events).toEqual([]);
    expect(r.end_time).toBe(4);
  });

  test('sync encryption failure stops at the first save', () => {
    const r = run({
      config: { enc_key: { ...DEFAULT_ENC_KEY_REF, length: 20 }, save_checkpoint_steps: 2 },
      run: { epoch: 1, dataset_size: 8 },
    });
    expect(r.error).toEqual({ kind: 'ValueError', message: 'Encrypt failed', step: 2 });
    expect(r.events).toEqual([]);
  });
});

// MindSpore's own unit tests (test_callback.py), where a run model can express them.
describe('MindSpore unit-test runtime cases', () => {
  test('steps: config(16,0,5,0), epoch 5 of 32 steps writes CKP-5_32.ckpt at step 160', () => {
    const r = run({
      config: {
        save_checkpoint_steps: 16,
        save_checkpoint_seconds: 0,
        keep_checkpoint_max: 5,
        keep_checkpoint_per_n_minutes: 0,
      },
      run: { epoch: 5, dataset_size: 32 },
    });
    expect(saveEvents(r).at(-1)).toMatchObject({ file: 'CKP-5_32.ckpt', step: 160 });
  });

  test('steps: a second callback is renamed CKP_1 and saves nothing before step 16 (only the end save)', () => {
    const r = run({
      config: {
        save_checkpoint_steps: 16,
        save_checkpoint_seconds: 0,
        keep_checkpoint_max: 5,
        keep_checkpoint_per_n_minutes: 0,
      },
      run: { epoch: 1, dataset_size: 15, previous_runs: 1 },
    });
    expect(r.prefix).toBe('CKP_1');
    expect(files(r)).toEqual(['CKP_1-1_15.ckpt']);
  });

  test('seconds config(16,100,0,1) → steps 16 with per-minute pruning; CKP-4_32 and CKP_1-1_16', () => {
    const config = {
      save_checkpoint_steps: 16,
      save_checkpoint_seconds: 100,
      keep_checkpoint_max: 0,
      keep_checkpoint_per_n_minutes: 1,
    };
    const first = run({ config, run: { epoch: 4, dataset_size: 32 } });
    expect(files(first)).toContain('CKP-4_32.ckpt');
    expect(
      first.events.some((e) => e.kind === 'delete' && e.policy === 'keep_checkpoint_per_n_minutes'),
    ).toBe(true);
    const second = run({ config, run: { epoch: 1, dataset_size: 16, previous_runs: 1 } });
    expect(files(second)).toEqual(['CKP_1-1_16.ckpt']);
  });

  test('manager: three fresh files inside one minute leave one after per-minute pruning', () => {
    const r = run({
      config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 },
      run: { epoch: 1, dataset_size: 4 },
    });
    // The fourth save prunes the window {1_1, 1_3} down to its oldest file, then writes.
    expect(r.retained).toEqual(['CKP-1_1.ckpt', 'CKP-1_4.ckpt']);
  });

  test('encryption config(16,0,5,0, 16-byte key, AES-GCM) saves CKP-5_32.ckpt at step 160', () => {
    const r = run({
      config: {
        save_checkpoint_steps: 16,
        keep_checkpoint_max: 5,
        enc_key: DEFAULT_ENC_KEY_REF,
        enc_mode: 'AES-GCM',
      },
      run: { epoch: 5, dataset_size: 32 },
    });
    expect(r.error).toBeUndefined();
    expect(saveEvents(r).at(-1)).toMatchObject({ file: 'CKP-5_32.ckpt', step: 160 });
  });

  test('no save at step 0: every save event has a step of at least 1', () => {
    const r = run({ config: { save_checkpoint_steps: 16 }, run: { epoch: 5, dataset_size: 32 } });
    expect(Math.min(...steps(r))).toBeGreaterThanOrEqual(1);
  });
});

describe('impossible runs and limits', () => {
  test.each([
    { label: 'epoch 0', run: { epoch: 0 }, field: 'run.epoch' },
    { label: 'sink_size 0', run: { sink_size: 0 }, field: 'run.sink_size' },
    { label: 'sink_size -2', run: { sink_size: -2 }, field: 'run.sink_size' },
    { label: 'negative step time', run: { step_seconds: -1 }, field: 'run.step_seconds' },
    { label: 'zero step time', run: { step_seconds: 0 }, field: 'run.step_seconds' },
    { label: 'negative startup', run: { startup_seconds: -1 }, field: 'run.startup_seconds' },
    { label: 'negative save time', run: { save_seconds: -0.5 }, field: 'run.save_seconds' },
    { label: 'negative size', run: { checkpoint_bytes: -1 }, field: 'run.checkpoint_bytes' },
    {
      label: 'initial_epoch ≥ epoch',
      run: { epoch: 2, initial_epoch: 2 },
      field: 'run.initial_epoch',
    },
    { label: 'empty dataset', run: { dataset_size: 0 }, field: 'run.dataset_size' },
  ])('$label is an error with no events', ({ run: bad }) => {
    const r = run({ run: bad });
    expect(r.error).toBeDefined();
    expect(r.error?.message.length).toBeGreaterThan(10);
    expect(r.events).toEqual([]);
    expect(r.error?.step).toBeUndefined();
  });

  test('E37 carries MindSpore’s message', () => {
    expect(run({ run: { sink_size: 0 } }).error?.message).toBe(
      "For 'Model.train', The argument 'sink_size' must be -1 or positive, but got 0.",
    );
  });

  test('more than 10^7 saves is refused at once with a message that says the limit', () => {
    const started = Date.now();
    const r = run({ run: { epoch: 1000, dataset_size: 1_000_000 } });
    expect(Date.now() - started).toBeLessThan(500);
    expect(r.error?.kind).toBe('RunModel');
    expect(r.error?.message).toContain('10,000,000');
    expect(r.events).toEqual([]);
  });

  test('10^9 steps saving every 10^4 steps runs (10^5 saves)', () => {
    const r = run(
      { config: { save_checkpoint_steps: 10_000 }, run: { epoch: 1000, dataset_size: 1_000_000 } },
      { maxEvents: 10 },
    );
    expect(r.error).toBeUndefined();
    expect(r.stats.saves).toBe(100_000);
    expect(r.events).toHaveLength(10);
    expect(r.truncated).toBe(true);
    expect(r.retained).toHaveLength(5);
  });
});

describe('series for the timeline', () => {
  test('disk series stays within its budget and keeps the peak and the end', () => {
    const r = run(
      {
        config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 3 },
        run: { epoch: 20, dataset_size: 1000, checkpoint_bytes: 10 },
      },
      { maxSeriesPoints: 50, maxEvents: 0 },
    );
    expect(r.series.disk.length).toBeLessThanOrEqual(50);
    expect(Math.max(...r.series.disk.map((p) => p.files))).toBe(r.stats.peak_files);
    expect(Math.max(...r.series.disk.map((p) => p.bytes))).toBe(r.stats.peak_bytes);
    expect(r.series.disk.at(-1)).toMatchObject({ time: r.end_time, files: r.retained.length });
    expect(r.series.buckets.reduce((n, b) => n + b.saves, 0)).toBe(r.stats.saves);
    expect(r.series.buckets.reduce((n, b) => n + b.deletes, 0)).toBe(r.stats.deletes);
    expect(r.series.buckets.at(-1)?.end).toBe(r.end_time);
  });

  test('lifespans are capped and spread over the run', () => {
    const r = run({ run: { epoch: 10, dataset_size: 1000 } }, { maxLifespans: 100, maxEvents: 0 });
    expect(r.series.lifespans.length).toBeLessThanOrEqual(100);
    expect(r.series.lifespans.length).toBeGreaterThan(40);
    expect(r.series.lifespans_truncated).toBe(true);
    expect(r.series.lifespans[0]?.start).toBeLessThan(100);
    expect(r.series.lifespans.at(-1)?.start).toBeGreaterThan(9000);
    expect(new Set(r.series.lifespans.map((l) => l.ended_by))).toEqual(
      new Set(['keep_checkpoint_max']),
    );
  });
});

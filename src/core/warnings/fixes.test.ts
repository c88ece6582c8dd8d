import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { completeState, samePyValue, type BuilderState } from '../config/state';
import { effectivePolicy } from '../mindspore/policy';
import { MINDSPORE_VERSIONS } from '../versions';
import { findWarnings, fixWarning } from './find-warnings';
import { warningRule } from './registry';
import type { Warning } from './types';

/** The fields whose values differ between two states (config names, prefix, directory, run.*). */
function changedFields(before: BuilderState, after: BuilderState): string[] {
  const changed: string[] = [];
  if (before.mindspore_version !== after.mindspore_version) changed.push('mindspore_version');
  const names = new Set([...Object.keys(before.config), ...Object.keys(after.config)]);
  for (const name of names) {
    const a = before.config[name];
    const b = after.config[name];
    if ((a === undefined) !== (b === undefined) || !samePyValue(a, b)) changed.push(name);
  }
  if (!samePyValue(before.callback.prefix, after.callback.prefix)) changed.push('prefix');
  if (!samePyValue(before.callback.directory, after.callback.directory)) changed.push('directory');
  for (const key of Object.keys(before.run) as (keyof BuilderState['run'])[]) {
    if (before.run[key] !== after.run[key]) changed.push(`run.${key}`);
  }
  return changed;
}

const sameFinding = (a: Warning, b: Warning) =>
  a.id === b.id && JSON.stringify(a.fields) === JSON.stringify(b.fields);

/** Applies the fix of `warning` and checks the promises of a fix. */
function checkFix(state: BuilderState, warning: Warning) {
  const frozen = JSON.stringify(state);
  const fixed = fixWarning(state, warning);
  expect(fixed).not.toBeNull();
  if (fixed === null) return;
  expect(JSON.stringify(state)).toBe(frozen);
  // It makes that warning disappear …
  const after = findWarnings(fixed);
  expect(after.filter((found) => sameFinding(found, warning))).toEqual([]);
  // … edits only the fields it names …
  const allowed = warning.fix?.fields ?? [];
  for (const field of changedFields(state, fixed)) expect(allowed).toContain(field);
  expect(changedFields(state, fixed).length).toBeGreaterThan(0);
  // … and when it only spells out what MindSpore already does, every other warning stays.
  if (warningRule(warning.id)?.fix?.preservesBehaviour) {
    const others = (list: Warning[]) => list.filter((found) => !sameFinding(found, warning));
    expect(others(after)).toEqual(others(findWarnings(state)));
  }
}

const GRAPH_SINK = { epoch: 6, dataset_size: 300, dataset_sink_mode: true, sink_size: 100 };

describe('fixes', () => {
  test.each([
    ['seconds-ignored', { config: { save_checkpoint_steps: 5, save_checkpoint_seconds: 10 } }],
    [
      'per-n-minutes-ignored',
      { config: { keep_checkpoint_max: 3, keep_checkpoint_per_n_minutes: 5 } },
    ],
    [
      'keep-max-forced-to-one',
      { config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: null } },
    ],
    ['sink-interval-drift', { config: { save_checkpoint_steps: 150 }, run: GRAPH_SINK }],
    [
      'cpu-sink-name-collision',
      { run: { device_target: 'CPU', dataset_sink_mode: true, sink_size: 4, dataset_size: 10 } },
    ],
    [
      'enc-mode-unsupported',
      {
        config: {
          enc_key: { source: 'env', name: 'K', length: 16, type: 'bytes' },
          enc_mode: 'sm4-cbc',
        },
      },
    ],
    ['enc-mode-without-key', { config: { enc_mode: 'SM4-CBC' } }],
    [
      'enc-key-not-bytes',
      { config: { enc_key: { source: 'env', name: 'K', length: 16, type: 'str' } } },
    ],
    [
      'crc-with-encryption',
      {
        mindspore_version: '2.3',
        config: {
          crc_check: true,
          enc_key: { source: 'file', name: 'k.bin', length: 32, type: 'bytes' },
        },
      },
    ],
    ['async-mode-needs-2-5', { mindspore_version: '2.4', config: { async_save: 'thread' } }],
    [
      'ignored-by-this-version',
      { mindspore_version: '2.3', config: { format: 'safetensors', remove_redundancy: true } },
    ],
    ['unknown-keyword', { config: { keep_checkpoints_max: 3 } }],
    ['format-unknown', { mindspore_version: '2.6', config: { format: '.SafeTensors' } }],
    [
      'remove-redundancy-needs-parallel',
      { mindspore_version: '2.7', config: { remove_redundancy: true } },
    ],
    [
      'integrated-save-pipeline',
      { run: { parallel_mode: 'auto_parallel', pipeline_stages: 4, device_num: 8 } },
    ],
    [
      'prefix-equals-filename',
      { mindspore_version: '2.6', callback: { prefix: 'net.ckpt.safetensors' } },
    ],
    [
      'disk-budget-exceeded',
      {
        config: { keep_checkpoint_max: 10 },
        run: { checkpoint_bytes: 2e9, disk_budget_bytes: 7e9 },
      },
    ],
  ] as const)('the fix of %s removes it and edits nothing else', (id, partial) => {
    const state = completeState(partial);
    const raised = findWarnings(state).filter((warning) => warning.id === id);
    expect(raised.length).toBeGreaterThan(0);
    for (const warning of raised) {
      expect(warning.fix).toBeDefined();
      checkFix(state, warning);
    }
  });

  test.each([
    ['seconds-ignored', { config: { save_checkpoint_steps: 5, save_checkpoint_seconds: 10 } }],
    [
      'per-n-minutes-ignored',
      { config: { keep_checkpoint_max: 3, keep_checkpoint_per_n_minutes: 5 } },
    ],
    [
      'keep-max-forced-to-one',
      { config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: null } },
    ],
  ] as const)('the fix of %s leaves the effective policy as it was', (id, partial) => {
    const state = completeState(partial);
    const warning = findWarnings(state).find((found) => found.id === id);
    const fixed = warning && fixWarning(state, warning);
    expect(fixed).toBeTruthy();
    if (fixed) expect(effectivePolicy(fixed)).toEqual(effectivePolicy(state));
  });

  test('the fix of keep-max-forced-to-one keeps max 1; a given per_n 0 then reads None (no rule uses it)', () => {
    const state = completeState({
      config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 0 },
    });
    const warning = findWarnings(state).find((found) => found.id === 'keep-max-forced-to-one');
    const fixed = warning && fixWarning(state, warning);
    expect(effectivePolicy(state).keep_checkpoint_per_n_minutes).toBe(0);
    expect(fixed && effectivePolicy(fixed)).toEqual({
      ...effectivePolicy(state),
      keep_checkpoint_per_n_minutes: null,
    });
  });

  test.each([
    [
      'sink-interval-drift in seconds mode',
      'sink-interval-drift',
      { config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 9 }, run: GRAPH_SINK },
    ],
    ['sink-interval-drift for the every-step default', 'sink-interval-drift', { run: GRAPH_SINK }],
    [
      "async 'process' (no 2.4 equivalent)",
      'async-mode-needs-2-5',
      { mindspore_version: '2.4', config: { async_save: 'process' } },
    ],
    [
      "enc_mode 'foo'",
      'enc-mode-unsupported',
      {
        config: {
          enc_key: { source: 'env', name: 'K', length: 16, type: 'bytes' },
          enc_mode: 'foo',
        },
      },
    ],
    [
      'per-n retention over budget',
      'disk-budget-exceeded',
      {
        config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 },
        run: { checkpoint_bytes: 1e9, disk_budget_bytes: 1e9 },
      },
    ],
    [
      'a budget below one file',
      'disk-budget-exceeded',
      { run: { checkpoint_bytes: 1e9, disk_budget_bytes: 5e8 } },
    ],
    [
      'no-save-trigger (which interval is meant?)',
      'no-save-trigger',
      { config: { save_checkpoint_steps: 0 } },
    ],
  ] as const)('no fix where the edit is a guess: %s', (_label, id, partial) => {
    const state = completeState(partial);
    const warning = findWarnings(state).find((found) => found.id === id);
    expect(warning).toBeDefined();
    if (warning === undefined) return;
    expect(warning.fix).toBeUndefined();
    expect(fixWarning(state, warning)).toBeNull();
  });

  const int = fc.constantFrom(null, 0, 1, 2, 3, 5, 10, 150, 1000);
  const keyRef = fc.record({
    source: fc.constantFrom('env' as const, 'file' as const),
    name: fc.constant('K'),
    length: fc.constantFrom(0, 15, 16, 24, 32),
    type: fc.constantFrom('bytes' as const, 'str' as const, 'bytearray' as const),
  });
  const stateArbitrary = fc
    .record({
      mindspore_version: fc.constantFrom(...MINDSPORE_VERSIONS),
      config: fc.record(
        {
          save_checkpoint_steps: int,
          save_checkpoint_seconds: int,
          keep_checkpoint_max: int,
          keep_checkpoint_per_n_minutes: int,
          async_save: fc.constantFrom(false, true, 'thread', 'process'),
          enc_key: fc.option(keyRef, { nil: null }),
          enc_mode: fc.constantFrom('AES-GCM', 'aes-gcm', 'AES-CBC', 'SM4-CBC', 'foo'),
          crc_check: fc.boolean(),
          exception_save: fc.boolean(),
          format: fc.constantFrom('ckpt', 'safetensors', 'SafeTensors', 'pt'),
          remove_redundancy: fc.boolean(),
          integrated_save: fc.boolean(),
          enable_redundance: fc.boolean(),
          foo: fc.constant(1),
          keep_checkpoint: fc.constant(2),
        },
        { requiredKeys: [] },
      ),
      callback: fc.record({
        prefix: fc.constantFrom('CKP', 'a.ckpt', 'b.safetensors', 'x/y', 'rank'),
        directory: fc.constantFrom(null, './ckpt'),
      }),
      run: fc.record({
        epoch: fc.constantFrom(1, 2, 6),
        dataset_size: fc.constantFrom(10, 300, 2000),
        dataset_sink_mode: fc.boolean(),
        sink_size: fc.constantFrom(-1, 4, 100),
        mode: fc.constantFrom('GRAPH_MODE' as const, 'PYNATIVE_MODE' as const),
        device_target: fc.constantFrom('Ascend' as const, 'CPU' as const),
        step_seconds: fc.constantFrom(0.1, 0.5, 1, 30),
        save_seconds: fc.constantFrom(0, 1, 5),
        checkpoint_bytes: fc.constantFrom(1e6, 1e9),
        disk_budget_bytes: fc.constantFrom(null, 1e6, 3e9),
        device_num: fc.constantFrom(1, 8),
        parallel_mode: fc.constantFrom(
          'stand_alone' as const,
          'data_parallel' as const,
          'semi_auto_parallel' as const,
        ),
        pipeline_stages: fc.constantFrom(1, 2),
        previous_runs: fc.constantFrom(0, 2),
      }),
    })
    .map((partial) => completeState(partial));

  test('every fix, on any state that raised its warning, removes it and edits nothing else', () => {
    let fixesTried = 0;
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        for (const warning of findWarnings(state)) {
          if (warning.fix === undefined) continue;
          fixesTried += 1;
          checkFix(state, warning);
        }
      }),
      { numRuns: 300 },
    );
    expect(fixesTried).toBeGreaterThan(300);
  }, 30_000);
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { completeState, defaultState } from '../config/state';
import { findWarnings, fixWarning, warningExplanation, warningMessage } from './find-warnings';
import { WARNING_RULES, warningRule } from './registry';
import { MINDSPORE_VERSIONS } from '../versions';
import type { PyValue } from '../python/py-value';

describe('findWarnings', () => {
  test('the defaults: every step on a 10,000-step run, each save blocking for 10 step times', () => {
    expect(findWarnings(defaultState()).map((warning) => warning.id)).toEqual([
      'saves-every-step',
      'every-step-long-run',
      'save-time-dominates',
    ]);
  });

  test('warnings come in the registry order', () => {
    const state = completeState({
      mindspore_version: '2.2',
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 0, foo: 1, format: 'ckpt' },
      run: { mode: 'PYNATIVE_MODE', train_calls: 2 },
    });
    const order = WARNING_RULES.map((rule) => rule.id);
    const ids = findWarnings(state).map((warning) => warning.id);
    expect(ids).toEqual([
      'no-save-trigger',
      'ignored-by-this-version',
      'unknown-keyword',
      'reuse-callback',
      'pynative-no-graph-meta',
    ]);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
  });

  test('a per-argument rule reports each argument once', () => {
    const state = completeState({
      mindspore_version: '2.2',
      config: { crc_check: true, format: 'safetensors', remove_redundancy: true },
    });
    const ignored = findWarnings(state).filter((w) => w.id === 'ignored-by-this-version');
    expect(ignored.map((warning) => warning.fields)).toEqual([
      ['crc_check'],
      ['format'],
      ['remove_redundancy'],
    ]);
  });

  test('errors say when they bite and carry the rule severity and source', () => {
    const state = completeState({ mindspore_version: '2.7', config: { format: 'pt' } });
    const warning = findWarnings(state).find((found) => found.id === 'format-unknown');
    expect(warning).toMatchObject({
      severity: 'error',
      when: 'first-save',
      source: '2.7 serialization.py L572-574',
      params: { format: 'pt' },
    });
  });

  test('a misspelt keyword suggests the argument it resembles', () => {
    const state = completeState({ config: { save_checkpoint_step: 100 } });
    const warning = findWarnings(state).find((found) => found.id === 'unknown-keyword');
    expect(warning?.message).toBe(
      'MindSpore silently accepts and ignores the unknown keyword save_checkpoint_step; did you mean save_checkpoint_steps?',
    );
  });

  test('the positional note needs the import to say how many positionals there were', () => {
    const state = completeState({ config: { save_checkpoint_seconds: 5 } });
    const ids = (count?: number) =>
      findWarnings(state, count === undefined ? {} : { positionalArguments: count }).map(
        (warning) => warning.id,
      );
    expect(ids(2)).toContain('positional-second-is-seconds');
    expect(ids(undefined)).not.toContain('positional-second-is-seconds');
  });
});

describe('messages', () => {
  test.each(WARNING_RULES.map((rule) => [rule.id, rule] as const))(
    '%s has a message and an explanation in both languages',
    (_id, rule) => {
      for (const language of ['en', 'zh'] as const) {
        expect(rule.messages[language].length).toBeGreaterThan(15);
        expect(rule.explanation[language].length).toBeGreaterThan(
          rule.messages[language].length / 2,
        );
        for (const variant of Object.values(rule.variants ?? {})) {
          expect(variant[language].length).toBeGreaterThan(15);
        }
      }
      // The Chinese text is Chinese, not a copy of the English.
      expect(rule.messages.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.explanation.zh).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  test('warningMessage fills the placeholders of the variant the params name', () => {
    expect(
      warningMessage('sink-interval-drift', { steps: 150, every: 200, suffix: '100' }, 'en'),
    ).toBe(
      'In graph-mode data sink MindSpore checks only at sink ends: saves come every 200 steps, not 150, and every file ends in _100.',
    );
    expect(
      warningMessage(
        'sink-interval-drift',
        { variant: 'seconds', seconds: 60, sink: 1000, suffix: '1000' },
        'zh',
      ),
    ).toBe(
      '图模式数据下沉时 MindSpore 只在每次下沉结束时（每 1,000 步）检查：距上次保存超过 60 秒后的第一个下沉结束时才保存，并且每个文件名都以 _1000 结尾。',
    );
  });

  test('an unknown id renders as itself', () => {
    expect(warningMessage('no-such-warning', {}, 'en')).toBe('no-such-warning');
    expect(warningExplanation('no-such-warning', {}, 'zh')).toBe('');
    expect(warningRule('no-such-warning')).toBeUndefined();
  });

  test('explanations take the same params', () => {
    expect(warningExplanation('shared-directory', { devices: 8 }, 'en')).toContain(
      'Each of the 8 processes',
    );
  });
});

describe('fixWarning', () => {
  test('returns null for a warning without a fix', () => {
    const state = defaultState();
    const warning = findWarnings(state).find((found) => found.id === 'saves-every-step');
    expect(warning && fixWarning(state, warning)).toBeNull();
  });

  test('never modifies the state it is given', () => {
    const state = completeState({
      config: { save_checkpoint_steps: 5, save_checkpoint_seconds: 9 },
    });
    const copy = structuredClone(state);
    const warning = findWarnings(state).find((found) => found.id === 'seconds-ignored');
    expect(warning && fixWarning(state, warning)?.config.save_checkpoint_seconds).toBe(0);
    expect(state).toEqual(copy);
  });
});

describe('robustness', () => {
  const odd: fc.Arbitrary<PyValue> = fc.constantFrom<PyValue>(
    null,
    true,
    0,
    -1,
    1.5,
    'thread',
    '',
    'a/b',
    [],
    ['epoch_num'],
    { a: 1 },
    { $py: 'int', value: '100000000000000000000' },
    { $py: 'float', value: 'nan' },
    { $py: 'str', value: 'x.ckpt' },
    { $py: 'bytes', hex: '00ff' },
    { $py: 'tuple', items: [] },
    { $py: 'numpy', type: 'int64', value: 5 },
    { $py: 'name', name: 'n' },
    { $py: 'expr', source: 'lambda: 1' },
  );
  test('any values: findWarnings never throws and every message renders in both languages', () => {
    const names = [
      'save_checkpoint_steps',
      'save_checkpoint_seconds',
      'keep_checkpoint_max',
      'keep_checkpoint_per_n_minutes',
      'async_save',
      'enc_key',
      'enc_mode',
      'crc_check',
      'format',
      'exception_save',
      'remove_redundancy',
      'integrated_save',
      'incremental',
      'foo',
    ];
    const config = fc.dictionary(fc.constantFrom(...names), odd, { maxKeys: 6 });
    const partial = fc.record({
      mindspore_version: fc.constantFrom(...MINDSPORE_VERSIONS),
      config,
      callback: fc.record({ prefix: odd, directory: odd }),
      run: fc.record({
        epoch: fc.constantFrom(-1, 0, 2, 1.5),
        sink_size: fc.constantFrom(-2, -1, 0, 3),
        dataset_sink_mode: fc.boolean(),
        step_seconds: fc.constantFrom(-1, 0, 0.5),
        device_num: fc.constantFrom(0, 1, 2.5, 8),
        previous_runs: fc.constantFrom(-1, 0, 1.5, 3),
        train_calls: fc.constantFrom(0, 1, 2),
        disk_budget_bytes: fc.constantFrom(null, 0, 1e9),
      }),
    });
    fc.assert(
      fc.property(partial, (value) => {
        for (const warning of findWarnings(completeState(value), { positionalArguments: 3 })) {
          for (const language of ['en', 'zh'] as const) {
            expect(warningMessage(warning.id, warning.params, language)).not.toMatch(
              /\{\w+\}|NaN|undefined/,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { completeState, defaultState, readState, type PartialBuilderState } from './config/state';
import { PRESETS } from './config/presets';
import { DEFAULT_RUN } from './config/run-model';
import {
  applyPreset,
  decodeShareState,
  describePolicy,
  effectivePolicy,
  encodeShareState,
  exportText,
  findWarnings,
  firstSaveError,
  matchingPreset,
  simulate,
  validate,
  validateRun,
} from './index';
import { MINDSPORE_VERSIONS } from './versions';

/** Every public function that reads a state, on `state`, as comparable data. */
function readings(state: PartialBuilderState) {
  return {
    validate: validate(state),
    validateRun: validateRun(state),
    effectivePolicy: effectivePolicy(state),
    findWarnings: findWarnings(state).map((warning) => [warning.id, warning.message]),
    simulate: simulate(state, { maxEvents: 50 }),
    firstSaveError: firstSaveError(state),
    exports: (['json', 'typescript', 'python', 'yaml'] as const).map((format) =>
      exportText(state, format),
    ),
    // The link carries the arguments as given (one left out stays left out): what it opens,
    // read, is the completion.
    link: readState(decodeShareState(encodeShareState(state)).state),
    sentence: describePolicy(state, 'en'),
    preset: matchingPreset(state)?.id,
    applied: applyPreset(state, PRESETS[0]!),
  };
}

// core-api.md: a partial state "is completed with defaults wherever a state is read".
describe('a partial state is read as its completion with defaults', () => {
  test.each<[string, PartialBuilderState]>([
    ['nothing at all', {}],
    ['only two arguments', { config: { save_checkpoint_steps: 4, keep_checkpoint_max: 2 } }],
    [
      'an argument and a short run',
      { config: { save_checkpoint_steps: 4 }, run: { epoch: 2, dataset_size: 5 } },
    ],
    ['a version and a prefix', { mindspore_version: '2.5', callback: { prefix: 'x' } }],
    ['an empty config', { config: {} }],
    ['a callback without its directory', { callback: { prefix: 'net' } }],
  ])('%s', (_label, partial) => {
    expect(readings(partial)).toEqual(readings(completeState(partial)));
  });

  test('simulation.md’s first worked example, given only what it changes', () => {
    const result = simulate({
      run: { epoch: 2, dataset_size: 5, step_seconds: 1, startup_seconds: 0, save_seconds: 0 },
    });
    expect(result.retained).toEqual([
      'CKP-2_1.ckpt',
      'CKP-2_2.ckpt',
      'CKP-2_3.ckpt',
      'CKP-2_4.ckpt',
      'CKP-2_5.ckpt',
    ]);
    expect(effectivePolicy({ config: {} })).toEqual({
      save_checkpoint_steps: 1,
      save_checkpoint_seconds: null,
      keep_checkpoint_max: 5,
      keep_checkpoint_per_n_minutes: null,
    });
  });

  test('any subset of a state reads as its completion', () => {
    const full = fc.constantFrom(...MINDSPORE_VERSIONS).map((version) => defaultState(version));
    const subset = full.chain((state) =>
      fc
        .record({
          version: fc.boolean(),
          config: fc.subarray(Object.keys(state.config)),
          prefix: fc.boolean(),
          directory: fc.boolean(),
          run: fc.subarray(Object.keys(DEFAULT_RUN)),
          steps: fc.constantFrom(null, 0, 3, 1000),
        })
        .map(({ version, config, prefix, directory, run, steps }): PartialBuilderState => ({
          ...(version ? { mindspore_version: state.mindspore_version } : {}),
          config: {
            ...Object.fromEntries(config.map((name) => [name, state.config[name]!])),
            save_checkpoint_steps: steps,
          },
          callback: {
            ...(prefix ? { prefix: 'net' } : {}),
            ...(directory ? { directory: './ckpt' } : {}),
          },
          run: {
            ...Object.fromEntries(
              run.map((key) => [key, state.run[key as keyof typeof state.run]]),
            ),
            epoch: 2,
            dataset_size: 7,
          },
        })),
    );
    fc.assert(
      fc.property(subset, (partial) => {
        expect(readings(partial)).toEqual(readings(completeState(partial)));
      }),
      { numRuns: 60 },
    );
  });

  test('a complete state is read as it is (the same object)', () => {
    const state = defaultState('2.6');
    expect(readState(state)).toBe(state);
    const partial = { config: { keep_checkpoint_max: 2 } };
    expect(readState(partial)).not.toBe(partial);
  });
});

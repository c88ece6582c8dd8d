import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { EncKeyRef } from '../config/enc-key';
import { completeState, type ConfigArguments } from '../config/state';
import type { PyValue } from '../python/py-value';
import { MINDSPORE_VERSIONS, versionAtLeast, type MindSporeVersion } from '../versions';
import { effectivePolicy } from './policy';
import { validate } from './validate';

type Four = [number | null, number | null, number | null, number | null];

function policyOf(version: MindSporeVersion, config: ConfigArguments): Four {
  const policy = effectivePolicy(completeState({ mindspore_version: version, config }));
  return [
    policy.save_checkpoint_steps,
    policy.save_checkpoint_seconds,
    policy.keep_checkpoint_max,
    policy.keep_checkpoint_per_n_minutes,
  ];
}

const given = (
  steps?: number | null,
  seconds?: number | null,
  max?: number | null,
  perN?: number | null,
) => {
  const config: ConfigArguments = {};
  if (steps !== undefined) config.save_checkpoint_steps = steps;
  if (seconds !== undefined) config.save_checkpoint_seconds = seconds;
  if (max !== undefined) config.keep_checkpoint_max = max;
  if (perN !== undefined) config.keep_checkpoint_per_n_minutes = perN;
  return config;
};

// The rows of spec §4's table, the same in every version; expected values copied from the spec.
const ROWS: [string, ConfigArguments, Four][] = [
  ['CheckpointConfig()', given(), [1, null, 5, null]],
  ['steps=0, secs=0 (never saves)', given(0, 0), [0, 0, 5, null]],
  ['steps=None, secs=None', given(null, null), [null, null, 5, null]],
  ['steps=None, secs=0', given(null, 0), [null, 0, 5, null]],
  ['steps=0, secs=10', given(0, 10), [0, 10, 5, null]],
  ['steps=None, secs=10', given(null, 10), [null, 10, 5, null]],
  ['steps=5, secs=10', given(5, 10), [5, null, 5, null]],
  ['max=0, per_n=0', given(undefined, undefined, 0, 0), [1, null, 1, 0]],
  ['max=None, per_n=None', given(undefined, undefined, null, null), [1, null, 1, null]],
  ['max=0, per_n=None', given(undefined, undefined, 0, null), [1, null, 1, null]],
  ['max=0, per_n=5', given(undefined, undefined, 0, 5), [1, null, 0, 5]],
  ['max=None, per_n=5', given(undefined, undefined, null, 5), [1, null, null, 5]],
  ['max=3, per_n=5', given(undefined, undefined, 3, 5), [1, null, 3, null]],
  ['steps=0, secs=0, max=0, per_n=5', given(0, 0, 0, 5), [0, 0, 0, 5]],
  [
    'secs=100, per_n=5 (the r2.2 docstring example, D3)',
    given(undefined, 100, undefined, 5),
    [1, null, 5, null],
  ],
  ['CheckpointConfig(1, 5) (test_init)', given(1, 5), [1, null, 5, null]],
  ['seconds config(16, 100, 0, 1) of test_callback', given(16, 100, 0, 1), [16, null, 0, 1]],
];

describe('the effective policy (spec §4, N1 and N2)', () => {
  test.each(
    MINDSPORE_VERSIONS.flatMap((version) =>
      ROWS.map((row) => [row[0], version, row[1], row[2]] as const),
    ),
  )('%s on %s', (_label, version, config, expected) => {
    expect(validate(completeState({ mindspore_version: version, config }))).toEqual([]);
    expect(policyOf(version, config)).toEqual(expected);
  });

  test.each(MINDSPORE_VERSIONS)(
    'the E05 rows have no policy: MindSpore raises on %s',
    (version) => {
      for (const config of [
        given(0, 0, 0, 0),
        given(null, null, null, null),
        given(0, null, 0, 0),
      ]) {
        expect(
          validate(completeState({ mindspore_version: version, config })).map((d) => d.code),
        ).toEqual(['E05']);
      }
    },
  );

  test('normalisation is applied once: max 0, per_n 0 gives max 1, per_n 0 (not None)', () => {
    const once = policyOf('2.2', given(undefined, undefined, 0, 0));
    expect(once[3]).toBe(0);
    // Applied again to its own result the answer would change (per_n becomes None).
    expect(policyOf('2.2', given(once[0], once[1], once[2], once[3]))[3]).toBeNull();
  });

  test('a big positive int keeps its trigger', () => {
    const config = {
      save_checkpoint_steps: { $py: 'int', value: '1' + '0'.repeat(30) } as PyValue,
    };
    expect(policyOf('2.7', { ...config, save_checkpoint_seconds: 10 })[1]).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Property: any valid state is accepted and its policy satisfies N1/N2.

const policyInt = fc.oneof(fc.constant(null), fc.constant(0), fc.nat({ max: 1_000_000 }));
const bool = fc.boolean();
const appendInfo: fc.Arbitrary<PyValue> = fc.oneof(
  fc.constant(null),
  fc.constant<PyValue>([]),
  fc
    .tuple(
      fc.array(fc.constantFrom('epoch_num', 'step_num'), { maxLength: 4 }),
      fc.option(
        fc.dictionary(
          fc.string({ maxLength: 6 }),
          fc.oneof(
            fc.integer(),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.boolean(),
            fc.string(),
          ),
          { maxKeys: 3 },
        ),
      ),
    )
    .map(([names, dict]): PyValue => (dict === null ? names : [...names, dict])),
);
const keyRef: fc.Arbitrary<EncKeyRef | null> = fc.option(
  fc.record({
    source: fc.constantFrom('env' as const, 'file' as const),
    name: fc.string(),
    length: fc.nat({ max: 64 }),
    type: fc.constant('bytes' as const),
  }),
);

const validState = fc
  .record({
    version: fc.constantFrom(...MINDSPORE_VERSIONS),
    steps: policyInt,
    seconds: policyInt,
    max: policyInt,
    perN: policyInt,
    integrated: bool,
    asyncSave: fc.oneof(bool, fc.constantFrom('thread', 'process')),
    exception: bool,
    appendInfo,
    encKey: keyRef,
    encMode: fc.constantFrom('AES-GCM', 'AES-CBC', 'SM4-CBC', 'foo'),
    crc: bool,
    redundancy: bool,
    format: fc.constantFrom('ckpt', 'safetensors', 'bin'),
    incremental: fc.oneof(bool, fc.string({ maxLength: 3 })),
    prefix: fc.string({ maxLength: 20 }).filter((text) => !text.includes('/')),
    directory: fc.option(fc.stringMatching(/^[a-z./_]{0,30}[a-z]$/)),
  })
  .filter(({ steps, seconds, max, perN }) => Boolean(steps || seconds || max || perN))
  .map((drawn) => {
    const version = drawn.version;
    const config: ConfigArguments = {
      save_checkpoint_steps: drawn.steps,
      save_checkpoint_seconds: drawn.seconds,
      keep_checkpoint_max: drawn.max,
      keep_checkpoint_per_n_minutes: drawn.perN,
      integrated_save: drawn.integrated,
      async_save:
        versionAtLeast(version, '2.5') || typeof drawn.asyncSave === 'boolean'
          ? drawn.asyncSave
          : false,
      exception_save: drawn.exception,
      append_info: drawn.appendInfo,
      enc_key: drawn.encKey,
      enc_mode: drawn.encMode,
      crc_check: drawn.crc,
      remove_redundancy: drawn.redundancy,
      format: drawn.format,
      incremental: drawn.incremental,
    };
    if (drawn.format === 'safetensors') {
      // Keep the §5.4 companions at their defaults so that the state stays valid.
      Object.assign(config, {
        enc_key: null,
        enc_mode: 'AES-GCM',
        crc_check: false,
        exception_save: false,
        incremental: false,
      });
      if (version === '2.4' || version === '2.5') config.async_save = false;
    }
    return completeState({
      mindspore_version: version,
      config,
      callback: { prefix: drawn.prefix, directory: drawn.directory },
    });
  });

describe('valid states (property)', () => {
  test('are accepted, and their policy obeys N1 and N2', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(validate(state)).toEqual([]);
        const given = state.config;
        const policy = effectivePolicy(state);
        const { save_checkpoint_steps: steps, save_checkpoint_seconds: seconds } = policy;
        const { keep_checkpoint_max: max, keep_checkpoint_per_n_minutes: perN } = policy;
        // N1: a positive step interval drops the seconds; otherwise both stay exactly as given.
        expect(steps).toBe(given.save_checkpoint_steps);
        if (steps !== null && steps > 0) expect(seconds).toBeNull();
        else expect(seconds).toBe(given.save_checkpoint_seconds);
        // N2: never both a positive max and a per_n; with both falsy, max becomes 1.
        if (max !== null && max > 0 && given.keep_checkpoint_max === max) expect(perN).toBeNull();
        else expect(max === 1 || perN === given.keep_checkpoint_per_n_minutes).toBe(true);
        if (!given.keep_checkpoint_max && !given.keep_checkpoint_per_n_minutes) {
          expect(max).toBe(1);
          expect(perN).toBe(given.keep_checkpoint_per_n_minutes);
        }
        // One of the two retention modes always holds afterwards.
        expect((max ?? 0) > 0 || (perN ?? 0) > 0).toBe(true);
        // …and never both (per_n may stay 0 beside the forced max of 1).
        expect((max ?? 0) > 0 && (perN ?? 0) > 0).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

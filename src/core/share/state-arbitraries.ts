import fc from 'fast-check';
import { ENC_KEY_SOURCES, ENC_KEY_TYPES, type EncKeyRef } from '../config/enc-key';
import {
  DEVICE_TARGETS,
  EXECUTION_MODES,
  PARALLEL_MODES,
  type RunModel,
} from '../config/run-model';
import { defaultState, type BuilderState } from '../config/state';
import { NUMPY_SCALAR_TYPES, type PyValue } from '../python/py-value';
import { ARGUMENTS, MINDSPORE_VERSIONS } from '../versions';

/*
 * Test support only (imported by *.test.ts, never by the product): fast-check generators of
 * builder states. Sizes are bounded by `limits` so that the "at most 1,500 characters" property
 * has a defined domain; the round-trip property uses the same generators.
 */

export interface StateLimits {
  /** Longest generated str (in UTF-16 units). */
  maxString: number;
  /** Most items in a list, tuple or dict. */
  maxItems: number;
  /** Deepest nesting of lists and dicts. */
  maxDepth: number;
  /** Most unknown keyword arguments. */
  maxExtraKeywords: number;
}

export const TYPICAL_LIMITS: StateLimits = {
  maxString: 24,
  maxItems: 3,
  maxDepth: 2,
  maxExtraKeywords: 2,
};

/** A finite double that is not -0 (JSON, and so the state format, has no -0: it is int 0). */
const finiteNumber = fc
  .oneof(
    fc.integer({ min: -1_000_000, max: 2_000_000_000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  )
  // Adding +0 turns -0 into 0 and leaves every other number as it is.
  .map((value) => value + 0);

const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,11}$/);

function text(limits: StateLimits): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: limits.maxString }),
    fc.string({ unit: 'binary', maxLength: limits.maxString }),
    fc.string({ unit: 'grapheme', maxLength: Math.ceil(limits.maxString / 2) }),
  );
}

function hexBytes(limits: StateLimits): fc.Arbitrary<string> {
  return fc
    .uint8Array({ maxLength: Math.ceil(limits.maxString / 2) })
    .map((bytes) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(''));
}

/** Python values as the state stores them, tagged ones included. */
export function pyValueArbitrary(limits: StateLimits = TYPICAL_LIMITS): fc.Arbitrary<PyValue> {
  const scalar: fc.Arbitrary<PyValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    finiteNumber,
    text(limits),
    fc
      .bigInt({ min: -(10n ** 40n), max: 10n ** 40n })
      .map((value): PyValue => ({ $py: 'int', value: value.toString() })),
    fc
      .constantFrom('1.0', 'inf', '-inf', 'nan', '-0.0', '2.5e10', '100.')
      .map((value): PyValue => ({ $py: 'float', value })),
    text(limits).map((value): PyValue => ({ $py: 'str', value })),
    hexBytes(limits).map((hex): PyValue => ({ $py: 'bytes', hex })),
    hexBytes(limits).map((hex): PyValue => ({ $py: 'bytearray', hex })),
    fc
      .record({ type: fc.constantFrom(...NUMPY_SCALAR_TYPES), value: fc.integer() })
      .map(({ type, value }): PyValue => ({ $py: 'numpy', type, value })),
    identifier.map((name): PyValue => ({ $py: 'name', name })),
    text(limits).map((source): PyValue => ({ $py: 'expr', source })),
  );
  const { value } = fc.letrec<{ value: PyValue }>((tie) => ({
    value: fc.oneof(
      { maxDepth: limits.maxDepth, depthIdentifier: 'py' },
      scalar,
      fc.array(tie('value'), { maxLength: limits.maxItems }),
      fc
        .dictionary(text(limits), tie('value'), { maxKeys: limits.maxItems })
        .filter((dict) => !Object.hasOwn(dict, '$py')),
      fc
        .array(tie('value'), { maxLength: limits.maxItems })
        .map((items): PyValue => ({ $py: 'tuple', items })),
      fc
        .array(fc.tuple(tie('value'), tie('value')), { maxLength: limits.maxItems })
        .map((entries): PyValue => ({ $py: 'dict', entries })),
    ),
  }));
  return value;
}

/** An enc_key a link may carry: None, a key reference, a variable name, a bool or a number. */
export function encKeyArbitrary(
  limits: StateLimits = TYPICAL_LIMITS,
): fc.Arbitrary<PyValue | EncKeyRef> {
  return fc.oneof(
    fc.constant(null),
    fc.record({
      source: fc.constantFrom(...ENC_KEY_SOURCES),
      name: text(limits),
      length: fc.nat(64),
      type: fc.constantFrom(...ENC_KEY_TYPES),
    }),
    identifier.map((name): PyValue => ({ $py: 'name', name })),
    fc.boolean(),
    finiteNumber,
  );
}

const runField: { [K in keyof RunModel]: fc.Arbitrary<RunModel[K]> } = {
  epoch: finiteNumber,
  dataset_size: finiteNumber,
  dataset_sink_mode: fc.boolean(),
  sink_size: finiteNumber,
  mode: fc.constantFrom(...EXECUTION_MODES),
  device_target: fc.constantFrom(...DEVICE_TARGETS),
  step_seconds: finiteNumber,
  startup_seconds: finiteNumber,
  save_seconds: finiteNumber,
  checkpoint_bytes: finiteNumber,
  previous_runs: finiteNumber,
  device_num: finiteNumber,
  parallel_mode: fc.constantFrom(...PARALLEL_MODES),
  pipeline_stages: finiteNumber,
  initial_epoch: finiteNumber,
  train_calls: finiteNumber,
  ms_enable_ckpt_d2h_async: fc.boolean(),
  disk_budget_bytes: fc.option(finiteNumber),
};

const ARGUMENT_NAMES = ARGUMENTS.map((argument) => argument.name);

/**
 * Builder states of every version: any argument may be changed (to any Python value), left out or
 * joined by unknown keywords; callback and run fields may all change. `changeAll` changes every
 * field (the longest links).
 */
export function builderStateArbitrary(
  limits: StateLimits = TYPICAL_LIMITS,
  changeAll = false,
): fc.Arbitrary<BuilderState> {
  const value = pyValueArbitrary(limits);
  const configOverrides = fc.record(
    Object.fromEntries(
      ARGUMENT_NAMES.map((name) => [name, name === 'enc_key' ? encKeyArbitrary(limits) : value]),
    ),
    changeAll ? {} : { requiredKeys: [] },
  );
  const runOverrides = fc.record(runField, changeAll ? {} : { requiredKeys: [] });
  return fc
    .record({
      version: fc.constantFrom(...MINDSPORE_VERSIONS),
      config: configOverrides,
      removed: changeAll ? fc.constant([]) : fc.subarray(ARGUMENT_NAMES, { maxLength: 2 }),
      extra: fc.dictionary(
        fc.oneof(identifier, fc.constantFrom('__proto__', 'constructor', '*removed-config')),
        value,
        { maxKeys: limits.maxExtraKeywords, minKeys: changeAll ? limits.maxExtraKeywords : 0 },
      ),
      prefix: changeAll ? value : fc.option(value, { nil: undefined }),
      directory: changeAll ? value : fc.option(value, { nil: undefined }),
      run: runOverrides,
    })
    .map(({ version, config, removed, extra, prefix, directory, run }) => {
      const state = defaultState(version);
      const entries = new Map(Object.entries(state.config));
      for (const [name, given] of Object.entries(config)) {
        if (given !== undefined) entries.set(name, given);
      }
      for (const name of removed) entries.delete(name);
      for (const [name, given] of Object.entries(extra)) entries.set(name, given);
      state.config = Object.fromEntries(entries);
      if (prefix !== undefined) state.callback.prefix = prefix;
      if (directory !== undefined) state.callback.directory = directory;
      state.run = { ...state.run, ...run };
      return state;
    });
}

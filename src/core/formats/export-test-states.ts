import fc from 'fast-check';
import type { EncKeyRef } from '../config/enc-key';
import { DEFAULT_RUN, type RunModel } from '../config/run-model';
import { defaultState, holdsKeyMaterial, type BuilderState } from '../config/state';
import type { PyValue } from '../python/py-value';
import {
  MINDSPORE_VERSIONS,
  VERSION_FACTS,
  versionAtLeast,
  type MindSporeVersion,
} from '../versions';
import { pyFloatRepr } from '../python/repr';

/**
 * States and fast-check arbitraries shared by the exporters' tests (test support only: nothing in
 * the app imports this file).
 */

/** The named states of the golden files (src/core/formats/__golden__). */
export function namedStates(): Record<string, BuilderState> {
  const tutorial = defaultState('2.2');
  tutorial.config.save_checkpoint_steps = 1875;
  tutorial.config.keep_checkpoint_max = 10;
  tutorial.callback.prefix = 'checkpoint_lenet';

  const encrypted = defaultState('2.5');
  encrypted.config.enc_key = {
    source: 'env',
    name: 'MS_CKPT_ENC_KEY',
    length: 32,
    type: 'bytes',
  };
  encrypted.config.async_save = 'thread';
  encrypted.config.keep_checkpoint_max = 3;
  encrypted.config.save_checkpoint_steps = 500;
  encrypted.callback.directory = './checkpoints';

  const mindformers = defaultState('2.6');
  mindformers.config.format = 'safetensors';
  mindformers.config.save_checkpoint_steps = 1000;
  mindformers.config.keep_checkpoint_max = 2;
  mindformers.config.integrated_save = false;
  mindformers.config.append_info = [{ epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1 }];
  mindformers.callback = { prefix: 'demo_rank_0', directory: './output/checkpoint/rank_0' };
  mindformers.run = { ...mindformers.run, epoch: 20000, dataset_sink_mode: true, sink_size: 1 };

  return {
    defaults: defaultState(),
    tutorial,
    'encrypted-async-2.5': encrypted,
    'mindformers-safetensors-2.6': mindformers,
  };
}

const version = fc.constantFrom(...MINDSPORE_VERSIONS);
const identifier = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/);
const smallText = fc.string({ maxLength: 8, unit: 'grapheme' });
const anyText = fc.oneof(
  smallText,
  fc.string({ maxLength: 6, unit: 'binary' }),
  fc.constantFrom("it's", 'say "hi"', 'both \' and "', 'a\\b', 'tab\tnew\nline', '#x', ': y'),
);
const dictKey = anyText.filter((key) => key !== '$py' && key !== '__proto__');
const int = fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.maxSafeInteger());
const bigInt = fc
  .bigInt({ min: 2n ** 53n, max: 2n ** 80n })
  .chain((n) => fc.constantFrom(n, -n))
  .map((n): PyValue => ({ $py: 'int', value: n.toString() }));
const float = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .filter((x) => !Number.isInteger(x) && !Object.is(x, -0));
/** Integral and special floats, in the canonical text Python's repr gives. */
const taggedFloat = fc
  .oneof(
    fc.integer({ min: -1e6, max: 1e6 }).map((n) => pyFloatRepr(n)),
    fc.constantFrom('inf', '-inf', 'nan', '-0.0', '1e+16', '1e+300'),
  )
  .map((value): PyValue => ({ $py: 'float', value }));
/**
 * Numbers a state may hold in a form other than Python's own: the schema takes int text with
 * leading zeros and float text without a dot, and a JSON number may be an int beyond 2^53 that
 * JavaScript prints with an exponent. Written as they are, they would be other values to Python
 * (010 is a SyntaxError, 1 an int, 1e+21 a float).
 */
const unusualNumber: fc.Arbitrary<PyValue> = fc.oneof(
  fc
    .tuple(fc.constantFrom('', '-'), fc.integer({ min: 0, max: 1e6 }))
    .map(([sign, n]): PyValue => ({ $py: 'int', value: `${sign}0${n}` })),
  fc
    .oneof(
      fc.integer({ min: -1e6, max: 1e6 }).map(String),
      fc.constantFrom('-0', '1e5', '2.', '1e400'),
    )
    .map((value): PyValue => ({ $py: 'float', value })),
  fc.constantFrom(1e21, -1e22, 2 ** 60, 123456789012345680000),
);

const hex = fc
  .uint8Array({ maxLength: 6 })
  .map((bytes) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(''));

/** Values that YAML (yaml.safe_load) carries as they are. */
export const yamlPyValue: fc.Arbitrary<PyValue> = fc.letrec<{ value: PyValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    int,
    bigInt,
    float,
    taggedFloat,
    anyText,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(dictKey, tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** Any stored Python value, tagged ones included. */
export const anyPyValue: fc.Arbitrary<PyValue> = fc.letrec<{ value: PyValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    int,
    bigInt,
    float,
    taggedFloat,
    unusualNumber,
    anyText,
    anyText.map((value): PyValue => ({ $py: 'str', value })),
    hex.map((value): PyValue => ({ $py: 'bytes', hex: value })),
    hex.map((value): PyValue => ({ $py: 'bytearray', hex: value })),
    fc.array(tie('value'), { maxLength: 3 }).map((items): PyValue => ({ $py: 'tuple', items })),
    fc
      .array(fc.tuple(fc.oneof(int, fc.boolean(), anyText), tie('value')), { maxLength: 2 })
      .map((entries): PyValue => ({ $py: 'dict', entries })),
    fc
      .tuple(fc.constantFrom('int64', 'int32', 'float32', 'float64', 'bool_' as const), int)
      .map(([type, value]): PyValue => ({
        $py: 'numpy',
        type,
        value: type === 'bool_' ? value % 2 === 0 : value,
      })),
    fc.constantFrom('n', 'cfg.steps', 'np.inf').map((name): PyValue => ({ $py: 'name', name })),
    fc
      .constantFrom('2 * n', 'f()', 'len(x) + 1')
      .map((source): PyValue => ({ $py: 'expr', source })),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(dictKey, tie('value'), { maxKeys: 3 }),
  ),
})).value;

const encKeyRef: fc.Arbitrary<EncKeyRef> = fc.record({
  source: fc.constantFrom('env', 'file' as const),
  name: fc.oneof(
    identifier.map((name) => name.toUpperCase()),
    fc.constantFrom('/keys/ckpt.key', 'odd\nname\u2028\x12'),
  ),
  length: fc.constantFrom(16, 24, 32, 7),
  type: fc.constantFrom('bytes', 'str', 'bytearray' as const),
});

const run: fc.Arbitrary<RunModel> = fc.record({
  ...Object.fromEntries(
    Object.entries(DEFAULT_RUN).map(([key, value]) => [key, fc.constant(value)]),
  ),
  epoch: fc.integer({ min: 1, max: 100 }),
  dataset_size: fc.integer({ min: 1, max: 10000 }),
  dataset_sink_mode: fc.boolean(),
  sink_size: fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 100 })),
  step_seconds: fc.double({ min: 0.001, max: 10, noNaN: true }),
  disk_budget_bytes: fc.option(fc.integer({ min: 0, max: 1e12 })),
}) as fc.Arbitrary<RunModel>;

/**
 * Any state the schema accepts: every argument any Python value, unknown keywords, key
 * references, odd prefixes (what JSON must carry back unchanged).
 */
export const anyState: fc.Arbitrary<BuilderState> = version.chain((v) =>
  fc
    .record({
      known: fc.dictionary(fc.constantFrom(...Object.keys(defaultState(v).config)), anyPyValue, {
        maxKeys: 6,
      }),
      unknown: fc.dictionary(
        fc.oneof(
          identifier,
          fc.constantFrom('format', 'crc_check', 'foo-bar', '1st', 'class', 'line\nbreak\x12'),
        ),
        anyPyValue,
        { maxKeys: 2 },
      ),
      encKey: fc.option(encKeyRef),
      prefix: fc.oneof(anyText, anyPyValue),
      directory: fc.oneof(fc.constant(null), anyText, anyPyValue),
      run,
    })
    .map(({ known, unknown, encKey, prefix, directory, run: runModel }) => {
      const state = defaultState(v);
      Object.assign(state.config, unknown, known);
      if (encKey !== null) state.config.enc_key = encKey;
      // A state never holds key material (ADR 0003); exports withhold it (tested on their own).
      else if (holdsKeyMaterial(state.config.enc_key)) state.config.enc_key = null;
      state.callback = { prefix, directory };
      state.run = runModel;
      return state;
    }),
);

/** A state MindSpore accepts whose config is made of values Python literals can say. */
function validState(v: MindSporeVersion, forYaml: boolean): fc.Arbitrary<BuilderState> {
  const policy = fc.oneof(fc.constant(null), fc.nat({ max: 100000 }));
  const appendDict = fc.dictionary(
    forYaml ? dictKey : identifier,
    fc.oneof(fc.integer(), float, fc.boolean(), smallText),
    { maxKeys: 3 },
  );
  const appendInfo = fc
    .tuple(
      fc.subarray(['epoch_num', 'step_num'] as PyValue[]),
      fc.option(appendDict, { nil: undefined }),
    )
    .map(([names, dict]): PyValue => (dict === undefined ? names : [...names, dict]));
  const asyncValues: PyValue[] = VERSION_FACTS[v].asyncStrings
    ? [false, true, 'thread', 'process']
    : [false, true];
  return fc
    .record({
      steps: policy,
      seconds: policy,
      max: policy,
      perN: policy,
      integrated: fc.boolean(),
      asyncSave: fc.constantFrom(...asyncValues),
      savedNetwork: forYaml ? fc.constant(null) : fc.option(fc.constantFrom('net', 'backbone')),
      appendInfo: forYaml ? appendInfo : fc.option(appendInfo),
      encKey: forYaml
        ? fc.constant(null)
        : fc.option(encKeyRef.map((ref): EncKeyRef => ({ ...ref, type: 'bytes' }))),
      encMode: fc.oneof(fc.constantFrom('AES-GCM', 'AES-CBC', 'SM4-CBC'), smallText),
      exceptionSave: fc.boolean(),
      crc: fc.boolean(),
      redundancy: fc.boolean(),
      safetensors: fc.boolean(),
      incremental: forYaml ? fc.constant(false) : fc.boolean(),
      unknown: forYaml
        ? fc.constant({})
        : fc.dictionary(
            identifier.map((name) => `x_${name}`),
            yamlPyValue,
            { maxKeys: 2 },
          ),
      prefix: identifier,
      run,
      directory: fc.oneof(
        fc.constant(null),
        fc.constantFrom('./ckpt', '/tmp/run 1', 'out/', 'ckpt//'),
      ),
    })
    .filter(({ steps, seconds, max, perN }) => Boolean(steps || seconds || max || perN))
    .map((drawn) => {
      const state = defaultState(v);
      state.run = drawn.run;
      const config = state.config;
      config.save_checkpoint_steps = drawn.steps;
      config.save_checkpoint_seconds = drawn.seconds;
      config.keep_checkpoint_max = drawn.max;
      config.keep_checkpoint_per_n_minutes = drawn.perN;
      config.integrated_save = drawn.integrated;
      config.async_save = drawn.asyncSave;
      config.saved_network = drawn.savedNetwork;
      config.append_info = drawn.appendInfo;
      config.enc_key = drawn.encKey;
      config.enc_mode = drawn.encMode;
      config.exception_save = drawn.exceptionSave;
      config.incremental = drawn.incremental;
      if (versionAtLeast(v, '2.3')) config.crc_check = drawn.crc;
      if (versionAtLeast(v, '2.4')) {
        // MindFormers' Trainer refuses remove_redundancy with the ckpt format (spec §11).
        config.remove_redundancy = drawn.redundancy && (!forYaml || drawn.safetensors);
        if (drawn.safetensors) {
          // safetensors refuses these companions (spec §5.4).
          config.format = 'safetensors';
          config.enc_key = null;
          config.enc_mode = 'AES-GCM';
          config.crc_check = false;
          config.exception_save = false;
          config.incremental = false;
          if (VERSION_FACTS[v].safetensorsRejectsAsync) config.async_save = false;
        }
      }
      Object.assign(config, drawn.unknown);
      if (forYaml) {
        // What CheckpointMonitor hands to ModelCheckpoint for rank 0 (spec §11).
        state.callback = {
          prefix: `${drawn.prefix}_rank_0`,
          directory: `${drawn.directory ?? './output/'}checkpoint/rank_0`.replace(
            /^(\.\/ckpt|\/tmp\/run 1)checkpoint/,
            '$1/checkpoint',
          ),
        };
      } else {
        state.callback = { prefix: drawn.prefix, directory: drawn.directory };
      }
      return state;
    });
}

/** States MindSpore accepts, made of what a Python snippet carries. */
export const validPythonState: fc.Arbitrary<BuilderState> = version.chain((v) =>
  validState(v, false),
);

/** States MindSpore accepts, made of what a CheckpointMonitor YAML block carries. */
export const validYamlState: fc.Arbitrary<BuilderState> = version.chain((v) => validState(v, true));

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ENC_KEY_TYPES, REDACTED_KEY_EXPRESSION, type EncKeyRef } from '../config/enc-key';
import { encodeShareState } from '../share/share-state';
import { exportText } from './export-text';
import { importNoteKey } from './import-result';
import {
  DEVICE_TARGETS,
  EXECUTION_MODES,
  PARALLEL_MODES,
  type RunModel,
} from '../config/run-model';
import { completeState, defaultState, type BuilderState } from '../config/state';
import { builderStateSchema } from '../config/state-schema';
import { effectivePolicy } from '../mindspore/policy';
import { validate } from '../mindspore/validate';
import { NUMPY_SCALAR_TYPES, type PyValue } from '../python/py-value';
import { ARGUMENTS, MINDSPORE_VERSIONS } from '../versions';
import { detectFormat, importText } from './import-text';
import { readJsonState } from './json-import';

const E05 =
  "For 'CheckpointConfig', the input arguments 'save_checkpoint_steps', 'save_checkpoint_seconds', 'keep_checkpoint_max' and 'keep_checkpoint_per_n_minutes' can't be all None or 0.";

describe("MindSpore's own unit tests as import cases (spec §7.10)", () => {
  test('test_init: CheckpointConfig(1, 5) → steps 1, max 5, seconds normalised to None', () => {
    const result = importText('CheckpointConfig(1, 5)');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.config.save_checkpoint_steps).toBe(1);
    expect(result.state.config.keep_checkpoint_max).toBe(5);
    expect(effectivePolicy(result.state)).toEqual({
      save_checkpoint_steps: 1,
      save_checkpoint_seconds: null,
      keep_checkpoint_max: 5,
      keep_checkpoint_per_n_minutes: null,
    });
  });

  test('test_arguments_values: CheckpointConfig() → 1, None, 5, None', () => {
    const result = importText('config = CheckpointConfig()');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state).toEqual(defaultState());
    expect(effectivePolicy(result.state)).toEqual({
      save_checkpoint_steps: 1,
      save_checkpoint_seconds: null,
      keep_checkpoint_max: 5,
      keep_checkpoint_per_n_minutes: null,
    });
  });

  test.each([
    ['CheckpointConfig(directory="./")', 'ModelCheckpoint(directory="./")'],
    ['config=CheckpointConfig()', 'ModelCheckpoint(config=CheckpointConfig())'],
    ['prefix and directory', 'ModelCheckpoint(prefix="ckpt_2", directory="./test_files")'],
    [
      'aiturbo keyword',
      'CheckpointConfig(save_checkpoint_seconds=100, keep_checkpoint_per_n_minutes=5, enable_redundance=True)',
    ],
  ])('valid construction: %s', (_label, text) => {
    const result = importText(text, { version: '2.7' });
    expect(result.ok).toBe(true);
  });

  test('aiturbo: enable_redundance is kept as given', () => {
    const result = importText(
      'CheckpointConfig(save_checkpoint_seconds=100, keep_checkpoint_per_n_minutes=5, enable_redundance=True)',
      { version: '2.3' },
    );
    expect(result.ok && result.state.config.enable_redundance).toBe(true);
  });

  test("config type: ModelCheckpoint(config='type_error') → E27", () => {
    const result = importText("ModelCheckpoint(config='type_error')");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      kind: 'TypeError',
      code: 'E27',
      field: 'config',
      message:
        "For 'ModelCheckpoint', the type of argument 'config' should be 'CheckpointConfig', but got <class 'str'>.",
    });
  });

  test.each([
    ['int', 'ModelCheckpoint(config=5)', 'int'],
    ['dict', "ModelCheckpoint(config={'a': 1})", 'dict'],
    ['variable holding a str', "c = 'x'\nModelCheckpoint(config=c)", 'str'],
    ['numpy scalar', 'ModelCheckpoint(config=np.int64(1))', 'numpy.int64'],
  ])('config type: %s → E27', (_label, text, className) => {
    const result = importText(text);
    expect(!result.ok && result.errors[0]?.message).toBe(
      `For 'ModelCheckpoint', the type of argument 'config' should be 'CheckpointConfig', but got <class '${className}'>.`,
    );
  });

  describe("with MindSpore's checks (validate)", () => {
    const fields = [
      'save_checkpoint_steps',
      'save_checkpoint_seconds',
      'keep_checkpoint_max',
      'keep_checkpoint_per_n_minutes',
    ];

    test.each(fields)("TypeError cases: %s='abc' → E01", (field) => {
      const result = importText(`CheckpointConfig(${field}='abc')`);
      expect(!result.ok && result.errors[0]).toMatchObject({
        kind: 'TypeError',
        message: "The input value must be int, but got 'str'",
      });
    });

    test.each(fields)('ValueError cases: %s=-1 → E03', (field) => {
      const result = importText(`CheckpointConfig(${field}=-1)`);
      expect(!result.ok && result.errors[0]).toMatchObject({
        kind: 'ValueError',
        message: "The input value must be int and must >= 0, but got '-1' with type 'int'.",
      });
    });

    test.each(['CheckpointConfig(0, 0, 0, 0, True)', 'CheckpointConfig(0, None, 0, 0, True)'])(
      'test_checkpoint_config: %s → E05',
      (text) => {
        const result = importText(text);
        expect(!result.ok && result.errors[0]).toMatchObject({ kind: 'ValueError', message: E05 });
      },
    );

    test('prefix invalid: ModelCheckpoint(123) → E20 (2.2) / E21 (2.3+)', () => {
      const old = importText('ModelCheckpoint(123)', { version: '2.2' });
      expect(!old.ok && old.errors[0]).toMatchObject({
        kind: 'ValueError',
        message:
          "For 'ModelCheckpoint', the argument 'prefix' for checkpoint file name is invalid, it must be string and does not contain '/', but got 123.",
      });
      const recent = importText('ModelCheckpoint(123)', { version: '2.7' });
      expect(!recent.ok && recent.errors[0]?.message).toMatch(/must be callable or string/);
    });

    test('remove_redundancy="string" → E18', () => {
      const result = importText('CheckpointConfig(remove_redundancy="string")', { version: '2.4' });
      expect(!result.ok && result.errors[0]).toMatchObject({
        kind: 'ValueError',
        message:
          "The parameter 'remove_redundancy' must be isinstance of <class 'bool'>, but got string.",
      });
    });

    test('-10**400 → OverflowError, not E03', () => {
      const result = importText('CheckpointConfig(save_checkpoint_steps=-10**400)');
      expect(!result.ok && result.errors[0]?.kind).toBe('OverflowError');
    });

    test("a str key literal: the import error is MindSpore's E14 with a placeholder for the key", () => {
      const result = importText("CheckpointConfig(enc_key='abc')");
      expect(!result.ok && result.errors[0]).toMatchObject({
        kind: 'ValueError',
        message:
          "The parameter 'enc_key' must be isinstance of (<class 'NoneType'>, <class 'bytes'>), but got <key not shown>.",
      });
    });

    test('CheckpointConfig errors come before the E27 of ModelCheckpoint', () => {
      const result = importText("CheckpointConfig(0, 0, 0, 0)\nModelCheckpoint(config='x')");
      expect(!result.ok && result.errors.map((e) => e.message)).toEqual([
        E05,
        "For 'ModelCheckpoint', the type of argument 'config' should be 'CheckpointConfig', but got <class 'str'>.",
      ]);
    });

    test("ModelCheckpoint's prefix error comes before its E27 (one error per constructor)", () => {
      const result = importText("ModelCheckpoint('a/b', config='x')");
      expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['E20']);
    });

    test('a variable argument is Unsupported; the state read is still given', () => {
      const result = importText(
        'cfg = CheckpointConfig(save_checkpoint_steps=n, keep_checkpoint_max=3)\nModelCheckpoint(directory=args.out, config=cfg)',
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0]).toMatchObject({
        kind: 'Unsupported',
        field: 'save_checkpoint_steps',
      });
      expect(result.errors[1]).toMatchObject({ kind: 'Unsupported', field: 'directory' });
      expect(result.state?.config.keep_checkpoint_max).toBe(3);
      expect(result.state?.callback.directory).toEqual({ $py: 'name', name: 'args.out' });
    });

    test('no state comes with errors a state cannot hold (E27, binding TypeErrors)', () => {
      for (const text of [
        "ModelCheckpoint(config='x')",
        'CheckpointConfig(1, save_checkpoint_steps=1)',
      ]) {
        const result = importText(text);
        expect(result.ok).toBe(false);
        expect(result.ok || result.state).toBeUndefined();
      }
    });
  });
});

describe('format detection', () => {
  test.each([
    ['{"config": {}}', 'json'],
    ['  \n{ }', 'json'],
    ['callbacks:\n  - type: CheckpointMonitor\n', 'yaml'],
    ['- type: CheckpointMonitor\n  prefix: x', 'yaml'],
    ['CheckpointConfig()', 'python'],
    ['cfg = {"a": 1}\nCheckpointConfig()', 'python'],
  ] as const)('%j is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

describe("the builder's JSON", () => {
  test('a partial state is completed with the defaults of its version', () => {
    const result = importText('{"mindspore_version": "2.4", "config": {"format": "safetensors"}}');
    expect(result.ok && result.state).toEqual(
      completeState({ mindspore_version: '2.4', config: { format: 'safetensors' } }),
    );
  });

  test('a byte-order mark before the JSON is ignored', () => {
    const result = importText('\uFEFF{"config": {"keep_checkpoint_max": 2}}');
    expect(result.ok && result.state.config.keep_checkpoint_max).toBe(2);
  });

  test('without a version, options.version applies', () => {
    const result = importText('{"config": {}}', { version: '2.6' });
    expect(result.ok && result.state.mindspore_version).toBe('2.6');
  });

  test.each([
    ['unknown top-level key', '{"foo": 1}', ''],
    [
      'bad tagged value',
      '{"config": {"save_checkpoint_steps": {"$py": "int", "value": "x"}}}',
      'config.save_checkpoint_steps',
    ],
    ['bad version', '{"mindspore_version": "1.0"}', 'mindspore_version'],
    ['bad run field', '{"run": {"epoch": "ten"}}', 'run.epoch'],
  ])('schema failure names the JSON path: %s', (_label, text, field) => {
    const result = importText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.kind).toBe('Unsupported');
    if (field === '') expect(result.errors[0]?.message).toMatch(/^The JSON /);
    else
      expect(result.errors[0]).toMatchObject({
        field,
        message: expect.stringMatching(new RegExp(`^${field.replace('.', '\\.')}[: ]`)),
      });
  });

  test('invalid JSON is a SyntaxError with line and column', () => {
    const result = importText('{\n  "config": {\n    "keep_checkpoint_max": 2,\n  }\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ kind: 'SyntaxError', line: 4, column: 3 });
  });

  test.each<[string, PyValue, Partial<EncKeyRef>, string | undefined]>([
    ['a str', 'my secret key', { type: 'str', length: 13 }, 'E14'],
    [
      'bytes',
      { $py: 'bytes', hex: '00112233445566778899aabbccddeeff' },
      { type: 'bytes', length: 16 },
      undefined,
    ],
    ['bytearray', { $py: 'bytearray', hex: '0011' }, { type: 'bytearray', length: 2 }, 'E14'],
  ])('key material in JSON (%s) is dropped with a note', (_label, key, expected, code) => {
    const text = JSON.stringify({ config: { enc_key: key } });
    const read = readJsonState(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.state.config.enc_key).toMatchObject({ source: 'env', ...expected });
    expect(read.notes.map((n) => n.id)).toEqual(['enc-key-literal-dropped']);
    expect(JSON.stringify(read.state)).not.toContain('secret');
    expect(JSON.stringify(read.state)).not.toContain('00112233');
    const result = importText(text);
    expect(result.ok ? undefined : result.errors[0]?.code).toBe(code);
    expect(JSON.stringify(result)).not.toContain('secret');
  });
});

describe('JSON integers beyond 2^53 are read exactly, not rounded as JSON.parse would', () => {
  test.each<[string, string, (state: BuilderState) => unknown, unknown]>([
    [
      'a config value',
      '{"config":{"keep_checkpoint_max":9007199254740993}}',
      (state) => state.config.keep_checkpoint_max,
      { $py: 'int', value: '9007199254740993' },
    ],
    [
      'a negative one',
      '{"config":{"keep_checkpoint_max":-12345678901234567890}}',
      (state) => state.config.keep_checkpoint_max,
      { $py: 'int', value: '-12345678901234567890' },
    ],
    [
      'inside append_info',
      '{"config":{"append_info":[{"n":12345678901234567890}]}}',
      (state) => state.config.append_info,
      [{ n: { $py: 'int', value: '12345678901234567890' } }],
    ],
    [
      'digits inside a string stay text',
      '{"callback":{"prefix":"run 9007199254740993"}}',
      (state) => state.callback.prefix,
      'run 9007199254740993',
    ],
    [
      'a run field stays a number',
      '{"run":{"checkpoint_bytes":100000000000000000000}}',
      (state) => state.run.checkpoint_bytes,
      1e20,
    ],
    [
      'a float stays a float',
      '{"config":{"save_checkpoint_seconds":1e30}}',
      (state) => state.config.save_checkpoint_seconds,
      1e30,
    ],
  ])('%s', (_label, text, pick, expected) => {
    const read = readJsonState(text);
    expect(read.ok && pick(read.state)).toEqual(expected);
  });
});

describe('a key reference survives the Python export and its import', () => {
  test('every source, type and length: the same reference, with no assumption to note', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('env' as const, 'file' as const),
        fc.constantFrom(...ENC_KEY_TYPES),
        fc.integer({ min: 1, max: 4096 }),
        fc.constantFrom(...MINDSPORE_VERSIONS),
        (source, type, length, version) => {
          const name = source === 'env' ? 'MY_CKPT_KEY' : '/keys/ckpt.key';
          const enc_key: EncKeyRef = { source, name, length, type };
          const state = completeState({ mindspore_version: version, config: { enc_key } });
          const back = importText(exportText(state, 'python'));
          expect(back.state?.config.enc_key).toEqual(enc_key);
          expect((back.notes ?? []).map((note) => note.id)).not.toContain('enc-key-length-assumed');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('key material inside a container or an expression in JSON is not kept (ADR 3)', () => {
  // "SECRETKEY1" as text, and as the hex of its bytes.
  const SECRET = 'SECRETKEY1';
  const SECRET_HEX = '5345435245544b455931';
  const bytes: PyValue = { $py: 'bytes', hex: SECRET_HEX };
  const leaks = (text: string) => text.includes(SECRET) || text.toLowerCase().includes(SECRET_HEX);

  test.each<[string, PyValue]>([
    ['a list of bytes', [bytes]],
    ['a list of str', [SECRET]],
    [
      'a tuple holding a bytearray',
      { $py: 'tuple', items: [1, { $py: 'bytearray', hex: SECRET_HEX }] },
    ],
    ['a dict value', { $py: 'dict', entries: [[1, bytes]] }],
    ['a dict key', { $py: 'dict', entries: [[SECRET, 1]] }],
    ['a str-keyed dict', { [SECRET]: 1 }],
    ['nested lists', [[[{ $py: 'str', value: SECRET }]]]],
    ['an expression', { $py: 'expr', source: `b'${SECRET}'[::-1]` }],
  ])('%s: redacted, with a note, in no export and no link', (_label, key) => {
    const text = JSON.stringify({ mindspore_version: '2.5', config: { enc_key: key } });
    const read = readJsonState(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.state.config.enc_key).toEqual({ $py: 'expr', source: REDACTED_KEY_EXPRESSION });
    expect(read.notes.map(importNoteKey)).toEqual(['enc-key-expression-dropped/json']);
    const result = importText(text);
    expect(result.ok ? undefined : result.errors[0]).toMatchObject({
      kind: 'Unsupported',
      field: 'enc_key',
    });
    expect(leaks(JSON.stringify(result))).toBe(false);
    for (const format of ['python', 'typescript', 'json', 'yaml'] as const)
      expect(leaks(exportText(read.state, format)), format).toBe(false);
    expect(leaks(encodeShareState(read.state))).toBe(false);
  });

  test.each<[string, PyValue]>([
    ['a list of ints', [1, 2, 3]],
    ['an empty tuple', { $py: 'tuple', items: [] }],
    ['a variable', { $py: 'name', name: 'KEY' }],
    ['a number', 7],
  ])('%s holds no text: kept as given, and MindSpore rejects it as it would', (_label, key) => {
    const read = readJsonState(JSON.stringify({ config: { enc_key: key } }));
    expect(read.ok && read.state.config.enc_key).toEqual(key);
    expect(read.ok && read.notes).toEqual([]);
  });

  test('a property: text hidden anywhere in an enc_key never reaches a state, an export or a link', () => {
    const secret: fc.Arbitrary<PyValue> = fc.oneof(
      fc.constant(SECRET),
      fc.constant<PyValue>({ $py: 'str', value: SECRET }),
      fc.constant<PyValue>({ $py: 'bytes', hex: SECRET_HEX }),
      fc.constant<PyValue>({ $py: 'bytearray', hex: SECRET_HEX }),
    );
    const { hiding } = fc.letrec<{ hiding: PyValue }>((tie) => ({
      hiding: fc.oneof(
        { depthSize: 'small' },
        secret,
        fc
          .tuple(fc.array(fc.integer(), { maxLength: 2 }), tie('hiding'))
          .map(([before, inner]): PyValue => [...before, inner]),
        tie('hiding').map((inner): PyValue => ({ $py: 'tuple', items: [0, inner] })),
        tie('hiding').map((inner): PyValue => ({ $py: 'dict', entries: [[0, inner]] })),
      ),
    }));
    fc.assert(
      fc.property(hiding, fc.constantFrom(...MINDSPORE_VERSIONS), (key, version) => {
        const read = readJsonState(
          JSON.stringify({ mindspore_version: version, config: { enc_key: key } }),
        );
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(leaks(JSON.stringify(read.state))).toBe(false);
        expect(leaks(encodeShareState(read.state))).toBe(false);
        for (const format of ['python', 'typescript', 'json', 'yaml'] as const)
          expect(leaks(exportText(read.state, format))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Properties

const safeDouble = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .filter((x) => !Object.is(x, -0));
const key = fc.string({ maxLength: 8 }).filter((k) => k !== '$py' && k !== '__proto__');

const { pyValue } = fc.letrec<{ pyValue: PyValue }>((tie) => ({
  pyValue: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'py' },
    fc.constant(null),
    fc.boolean(),
    fc.maxSafeInteger(),
    safeDouble.filter((x) => !Number.isInteger(x)),
    fc.string({ maxLength: 10 }),
    fc
      .bigInt({ min: -(10n ** 30n), max: 10n ** 30n })
      .filter((n) => n > 2n ** 53n || n < -(2n ** 53n))
      .map((n): PyValue => ({ $py: 'int', value: n.toString() })),
    fc
      .constantFrom('1.0', 'inf', '-inf', 'nan', '-0.0', '1e+16')
      .map((value): PyValue => ({ $py: 'float', value })),
    fc.string({ maxLength: 6 }).map((value): PyValue => ({ $py: 'str', value })),
    fc.uint8Array({ maxLength: 4 }).map((bytes): PyValue => ({
      $py: 'bytes',
      hex: Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''),
    })),
    fc.array(tie('pyValue'), { maxLength: 3 }).map((items): PyValue => ({ $py: 'tuple', items })),
    fc
      .array(fc.tuple(tie('pyValue'), tie('pyValue')), { maxLength: 2 })
      .map((entries): PyValue => ({ $py: 'dict', entries })),
    fc
      .record({
        type: fc.constantFrom(...NUMPY_SCALAR_TYPES),
        value: fc.oneof(fc.integer(), fc.boolean()),
      })
      .map((n): PyValue => ({ $py: 'numpy', ...n })),
    fc.stringMatching(/^[a-z_][a-z0-9_.]{0,6}$/).map((name): PyValue => ({ $py: 'name', name })),
    fc.string({ maxLength: 8 }).map((source): PyValue => ({ $py: 'expr', source })),
    fc.array(tie('pyValue'), { maxLength: 3 }),
    fc.dictionary(key, tie('pyValue'), { maxKeys: 3 }),
  ),
}));

const encKeyRef = fc.record({
  source: fc.constantFrom('env' as const, 'file' as const),
  name: fc.string({ maxLength: 10 }),
  length: fc.nat(64),
  type: fc.constantFrom(...ENC_KEY_TYPES),
});

const configKeys = [...ARGUMENTS.map((a) => a.name).filter((n) => n !== 'enc_key'), 'foo'];

const runOverrides: fc.Arbitrary<Partial<RunModel>> = fc.record(
  {
    epoch: fc.integer({ min: -2, max: 50 }),
    dataset_size: fc.integer({ min: 0, max: 10_000 }),
    dataset_sink_mode: fc.boolean(),
    sink_size: fc.integer({ min: -2, max: 100 }),
    mode: fc.constantFrom(...EXECUTION_MODES),
    device_target: fc.constantFrom(...DEVICE_TARGETS),
    step_seconds: safeDouble,
    parallel_mode: fc.constantFrom(...PARALLEL_MODES),
    disk_budget_bytes: fc.option(fc.nat()),
  },
  { requiredKeys: [] },
);

const builderState: fc.Arbitrary<BuilderState> = fc
  .record({
    version: fc.constantFrom(...MINDSPORE_VERSIONS),
    config: fc.dictionary(fc.constantFrom(...configKeys), pyValue, { maxKeys: 5 }),
    encKey: fc.option(fc.oneof(encKeyRef, fc.constant<PyValue>({ $py: 'name', name: 'key' }))),
    prefix: pyValue,
    directory: pyValue,
    run: runOverrides,
  })
  .map(({ version, config, encKey, prefix, directory, run }) =>
    builderStateSchema.parse(
      completeState({
        mindspore_version: version,
        config: { ...config, enc_key: encKey },
        callback: { prefix, directory },
        run,
      }),
    ),
  );

describe('properties', () => {
  test("importText(JSON.stringify(s)) gives back exactly s, or MindSpore's errors for it", () => {
    fc.assert(
      fc.property(builderState, (state) => {
        const result = importText(JSON.stringify(state, null, 2));
        const errors = validate(state);
        if (errors.length === 0) {
          expect(result).toEqual({ ok: true, format: 'json', state, notes: [] });
        } else {
          expect(result).toEqual({ ok: false, format: 'json', errors, state, notes: [] });
        }
      }),
      { numRuns: 300 },
    );
  });

  const snippets = [
    'config_ck = CheckpointConfig(save_checkpoint_steps=1875, keep_checkpoint_max=10)\nckpoint = ModelCheckpoint(prefix="checkpoint_lenet", config=config_ck)',
    "CheckpointConfig(1, 5, enc_key=b'0123456789abcdef', append_info=['epoch_num', {'a': 1.5}])",
    'ms.train.CheckpointConfig(\n    save_checkpoint_steps=0x10,  # hex\n    async_save="thread",\n)',
    '{"mindspore_version": "2.5", "config": {"keep_checkpoint_max": {"$py": "int", "value": "100000000000000000000"}}}',
    'callbacks:\n  - type: CheckpointMonitor\n    save_checkpoint_steps: 10\n',
  ];
  const mutation = fc.oneof(
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 5 }),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.constantFrom(
          '(',
          ')',
          '[',
          ']',
          '{',
          '}',
          ',',
          '=',
          "'",
          '"',
          '"""',
          '\\',
          '\n',
          '#',
          '*',
          '**',
          '0x',
          '1e',
          '.',
          'b',
          'f',
          ':',
          '’',
          '\u0000',
        ),
        fc.string({ maxLength: 4 }),
      ),
    }),
  );

  test('importText never throws on mutated snippets, and answers in its documented shape', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...snippets),
        fc.array(mutation, { maxLength: 6 }),
        (snippet, mutations) => {
          let text = snippet;
          for (const m of mutations) {
            const at = m.at % (text.length + 1);
            text =
              m.kind === 'delete'
                ? text.slice(0, at) + text.slice(at + m.length)
                : text.slice(0, at) + m.text + text.slice(at);
          }
          const result = importText(text);
          if (result.ok) {
            expect(builderStateSchema.safeParse(result.state).success).toBe(true);
          } else {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors) {
              expect(typeof error.message).toBe('string');
              if (error.kind === 'SyntaxError') {
                expect(error.line).toBeGreaterThanOrEqual(1);
                expect(error.column).toBeGreaterThanOrEqual(1);
              }
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('importText never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = importText(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

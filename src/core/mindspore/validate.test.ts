import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { EncKeyRef } from '../config/enc-key';
import { completeState, type ConfigArguments } from '../config/state';
import type { PyValue } from '../python/py-value';
import { MINDSPORE_VERSIONS, versionAtLeast, type MindSporeVersion } from '../versions';
import type { Diagnostic } from './diagnostic';
import { HIDDEN_KEY, validate } from './validate';

// Every expected message below is copied from the spec's tables (mindspore-behaviour.md §3.3,
// §3.4), which reproduce MindSpore's source; none is built by the code under test.

const ALL = MINDSPORE_VERSIONS;
const from = (since: MindSporeVersion) => ALL.filter((version) => versionAtLeast(version, since));
const before = (since: MindSporeVersion) =>
  ALL.filter((version) => !versionAtLeast(version, since));

const tuple = (...items: PyValue[]): PyValue => ({ $py: 'tuple', items });
const pyFloat = (value: string): PyValue => ({ $py: 'float', value });
const np = (type: 'int64' | 'bool_' | 'float64' | 'float32', value: number | boolean): PyValue => ({
  $py: 'numpy',
  type,
  value,
});
const name = (text: string): PyValue => ({ $py: 'name', name: text });
const keyRef = (type: EncKeyRef['type'], length = 16): EncKeyRef => ({
  source: 'env',
  name: 'KEY',
  length,
  type,
});

const POLICY = [
  'save_checkpoint_steps',
  'save_checkpoint_seconds',
  'keep_checkpoint_max',
  'keep_checkpoint_per_n_minutes',
] as const;

function configErrors(version: MindSporeVersion, config: ConfigArguments): Diagnostic[] {
  return validate(completeState({ mindspore_version: version, config }));
}

/** Rows expand to one case per version they hold for: [label, version, config, expected]. */
type Expected = Pick<Diagnostic, 'kind'> & { message?: string; code?: string; field?: string };
function perVersion(
  rows: [string, readonly MindSporeVersion[], ConfigArguments, Expected | null][],
): [string, MindSporeVersion, ConfigArguments, Expected | null][] {
  return rows.flatMap(([label, versions, config, expected]) =>
    versions.map(
      (version) =>
        [label, version, config, expected] as [
          string,
          MindSporeVersion,
          ConfigArguments,
          Expected | null,
        ],
    ),
  );
}

function expectFirst(errors: Diagnostic[], expected: Expected | null) {
  if (expected === null) {
    expect(errors).toEqual([]);
    return;
  }
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject(expected);
}

const E01 = (typename: string, field: string): Expected => ({
  kind: 'TypeError',
  code: 'E01',
  field,
  message: `The input value must be int, but got '${typename}'`,
});
const E02 = (value: string, field: string): Expected => ({
  kind: 'TypeError',
  code: 'E02',
  field,
  message: `The input value must be int and must >= 0, but got '${value}' with type 'bool'.`,
});
const E03 = (value: string, field: string): Expected => ({
  kind: 'ValueError',
  code: 'E03',
  field,
  message: `The input value must be int and must >= 0, but got '${value}' with type 'int'.`,
});
const E04 = (cls: string): Expected => ({
  kind: 'TypeError',
  code: 'E04',
  field: 'saved_network',
  message: `For 'CheckpointConfig', the type of 'saved_network' must be None or Cell, but got ${cls}.`,
});
const E05: Expected = {
  kind: 'ValueError',
  code: 'E05',
  message:
    "For 'CheckpointConfig', the input arguments 'save_checkpoint_steps', 'save_checkpoint_seconds', 'keep_checkpoint_max' and 'keep_checkpoint_per_n_minutes' can't be all None or 0.",
};
const E06 = (typename: string, field: string): Expected => ({
  kind: 'TypeError',
  code: 'E06',
  field,
  message: `The input value must be a bool, but got ${typename}.`,
});
const E07 = (cls: string): Expected => ({
  kind: 'TypeError',
  code: 'E07',
  field: 'async_save',
  message: `For 'save_checkpoint', the parameter 'async_save' must be bool or str, but got ${cls}.`,
});
const E08 = (value: string): Expected => ({
  kind: 'ValueError',
  code: 'E08',
  field: 'async_save',
  message: `For 'save_checkpoint', the argument 'async_save' can only be 'process' or 'thread',but got ${value}.`,
});
const E09 = (cls: string): Expected => ({
  kind: 'TypeError',
  code: 'E09',
  field: 'append_info',
  message: `For 'CheckpointConfig', the type of 'append_info' must be list,but got ${cls}.`,
});
const E10 = (cls: string): Expected => ({
  kind: 'TypeError',
  code: 'E10',
  field: 'append_info',
  message: `For 'CheckpointConfig', the type of 'append_info' element must be str or dict,but got ${cls}.`,
});
const E11 = (value: string): Expected => ({
  kind: 'ValueError',
  code: 'E11',
  field: 'append_info',
  message: `For 'CheckpointConfig', the value of element in the argument 'append_info' must be in ['epoch_num', 'step_num'], but got ${value}.`,
});
const E12: Expected = {
  kind: 'TypeError',
  code: 'E12',
  field: 'append_info',
  message:
    "For 'CheckpointConfig', the element of 'append_info' must has only one dict, but got {dict_num}",
};
const E13 = (keyClass: string, valueClass: string): Expected => ({
  kind: 'TypeError',
  code: 'E13',
  field: 'append_info',
  message: `For 'CheckpointConfig', the key type of the dict 'append_info' must be string, the value type must be int or float or bool, but got key type ${keyClass}, value type ${valueClass}`,
});
const E14 = (value: string): Expected => ({
  kind: 'ValueError',
  code: 'E14',
  field: 'enc_key',
  message: `The parameter 'enc_key' must be isinstance of (<class 'NoneType'>, <class 'bytes'>), but got ${value}.`,
});
const isinstanceError = (code: string, field: string, cls: string, value: string): Expected => ({
  kind: 'ValueError',
  code,
  field,
  message: `The parameter '${field}' must be isinstance of <class '${cls}'>, but got ${value}.`,
});
const E15 = (value: string) => isinstanceError('E15', 'enc_mode', 'str', value);
const E16 = (value: string) => isinstanceError('E16', 'crc_check', 'bool', value);
const E17 = (value: string) => isinstanceError('E17', 'format', 'str', value);
const E18 = (value: string) => isinstanceError('E18', 'remove_redundancy', 'bool', value);
const E19: Expected = {
  kind: 'ValueError',
  code: 'E19',
  field: 'format',
  message: "For 'save_checkpoint', when format is 'safetensors', other param must be default.",
};
// Found by running MindSpore's check with numpy 1.26 and 2.4; not in the spec's tables.
const NP_ISINF = (field: string): Expected => ({
  kind: 'TypeError',
  field,
  message:
    "ufunc 'isinf' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
});
const OVERFLOW = (field: string): Expected => ({
  kind: 'OverflowError',
  field,
  message: 'int too large to convert to float',
});

describe('the four policy integers (strict-int, spec §2.3; E01–E03)', () => {
  const cases: [string, PyValue, (field: string) => Expected | null][] = [
    ["'abc' (MindSpore's TypeError cases)", 'abc', (f) => E01('str', f)],
    ["'5'", '5', (f) => E01('str', f)],
    ['1.0', pyFloat('1.0'), (f) => E01('float', f)],
    ['1.5', 1.5, (f) => E01('float', f)],
    ['inf', pyFloat('inf'), (f) => E01('float', f)],
    ['np.int64(5)', np('int64', 5), (f) => E01('int64', f)],
    ['np.bool_(True)', np('bool_', true), (f) => E01('bool_', f)],
    ['[1]', [1], (f) => E01('list', f)],
    ['True', true, (f) => E02('True', f)],
    ['False', false, (f) => E02('False', f)],
    ["-1 (MindSpore's ValueError cases)", -1, (f) => E03('-1', f)],
    [
      '-2**63 (the smallest int numpy holds)',
      { $py: 'int', value: (-(2n ** 63n)).toString() },
      (f) => E03((-(2n ** 63n)).toString(), f),
    ],
    [
      '2**64 - 1 (the largest int numpy holds)',
      { $py: 'int', value: (2n ** 64n - 1n).toString() },
      () => null,
    ],
    [
      '-2**63 - 1: np.isinf rejects it',
      { $py: 'int', value: (-(2n ** 63n) - 1n).toString() },
      NP_ISINF,
    ],
    ['2**64: np.isinf rejects it', { $py: 'int', value: (2n ** 64n).toString() }, NP_ISINF],
    ['-10**20: np.isinf rejects it', { $py: 'int', value: '-100000000000000000000' }, NP_ISINF],
    ['10**300: np.isinf rejects it', { $py: 'int', value: `1${'0'.repeat(300)}` }, NP_ISINF],
    [
      '-10**400 overflows before the sign test',
      { $py: 'int', value: `-1${'0'.repeat(400)}` },
      OVERFLOW,
    ],
    ['10**400 overflows', { $py: 'int', value: `1${'0'.repeat(400)}` }, OVERFLOW],
    [
      '2**1024 - 2**970 overflows',
      { $py: 'int', value: (2n ** 1024n - 2n ** 970n).toString() },
      OVERFLOW,
    ],
    [
      '-(2**1024 - 2**970 - 1) converts to float, then np.isinf rejects it',
      { $py: 'int', value: (-(2n ** 1024n - 2n ** 970n - 1n)).toString() },
      NP_ISINF,
    ],
    ['None is skipped', null, () => null],
    ['0', 0, () => null],
  ];
  const rows = POLICY.flatMap((field) =>
    cases.flatMap(([label, value, expected]) =>
      ALL.map((version) => [`${field}=${label}`, version, field, value, expected(field)] as const),
    ),
  );
  test.each(rows)('%s on %s', (_label, version, field, value, expected) => {
    expectFirst(configErrors(version, { [field]: value }), expected);
  });
});

describe('CheckpointConfig errors E04–E19 in every version (spec §3.3)', () => {
  test.each(
    perVersion([
      // E04: saved_network
      ['saved_network a Cell variable name', ALL, { saved_network: 'net' }, null],
      ['saved_network a bare name', ALL, { saved_network: name('net') }, null],
      [
        "saved_network a Python str 'net'",
        ALL,
        { saved_network: { $py: 'str', value: 'net' } },
        E04("<class 'str'>"),
      ],
      ['saved_network an attribute path', ALL, { saved_network: 'model.backbone' }, null],
      // A string that is no Python name is exported as a str, which MindSpore refuses.
      ["saved_network 'not a name'", ALL, { saved_network: 'not a name' }, E04("<class 'str'>")],
      ["saved_network ''", ALL, { saved_network: '' }, E04("<class 'str'>")],
      ["saved_network 'None' (a keyword)", ALL, { saved_network: 'None' }, E04("<class 'str'>")],
      ["saved_network 'class' (a keyword)", ALL, { saved_network: 'class' }, E04("<class 'str'>")],
      ['saved_network=5', ALL, { saved_network: 5 }, E04("<class 'int'>")],
      ['saved_network=True', ALL, { saved_network: true }, E04("<class 'bool'>")],
      ['saved_network=(1,)', ALL, { saved_network: tuple(1) }, E04("<class 'tuple'>")],
      // E05: all four falsy
      ...(
        [
          [0, 0, 0, 0],
          [null, null, null, null],
          [0, null, 0, 0],
          [null, 0, null, 0],
        ] as const
      ).map(
        ([a, b, c, d]) =>
          [
            `all falsy (${String(a)}, ${String(b)}, ${String(c)}, ${String(d)})`,
            ALL,
            {
              save_checkpoint_steps: a,
              save_checkpoint_seconds: b,
              keep_checkpoint_max: c,
              keep_checkpoint_per_n_minutes: d,
            },
            E05,
          ] as [string, readonly MindSporeVersion[], ConfigArguments, Expected | null],
      ),
      // E06: strict bools
      ['exception_save=None', ALL, { exception_save: null }, E06('NoneType', 'exception_save')],
      ['exception_save=1', ALL, { exception_save: 1 }, E06('int', 'exception_save')],
      ["exception_save='True'", ALL, { exception_save: 'True' }, E06('str', 'exception_save')],
      ['integrated_save=0', ALL, { integrated_save: 0 }, E06('int', 'integrated_save')],
      [
        'integrated_save=np.bool_',
        ALL,
        { integrated_save: np('bool_', true) },
        E06('bool_', 'integrated_save'),
      ],
      ['async_save=1 (≤ 2.4)', before('2.5'), { async_save: 1 }, E06('int', 'async_save')],
      [
        "async_save='thread' (≤ 2.4)",
        before('2.5'),
        { async_save: 'thread' },
        E06('str', 'async_save'),
      ],
      [
        "async_save='process' (≤ 2.4)",
        before('2.5'),
        { async_save: 'process' },
        E06('str', 'async_save'),
      ],
      [
        'async_save=None (≤ 2.4)',
        before('2.5'),
        { async_save: null },
        E06('NoneType', 'async_save'),
      ],
      ['async_save=True', ALL, { async_save: true }, null],
      // E07, E08: async_save 2.5+
      ["async_save='thread' (2.5+)", from('2.5'), { async_save: 'thread' }, null],
      ["async_save='process' (2.5+)", from('2.5'), { async_save: 'process' }, null],
      ['async_save=None (2.5+)', from('2.5'), { async_save: null }, E07("<class 'NoneType'>")],
      ['async_save=1 (2.5+)', from('2.5'), { async_save: 1 }, E07("<class 'int'>")],
      ["async_save='Thread' (2.5+)", from('2.5'), { async_save: 'Thread' }, E08('Thread')],
      ["async_save='' (2.5+)", from('2.5'), { async_save: '' }, E08('')],
      // E09–E13: append_info
      ['append_info=[]', ALL, { append_info: [] }, null],
      [
        "append_info=['epoch_num', 'step_num']",
        ALL,
        { append_info: ['epoch_num', 'step_num'] },
        null,
      ],
      [
        "append_info=('epoch_num',)",
        ALL,
        { append_info: tuple('epoch_num') },
        E09("<class 'tuple'>"),
      ],
      ['append_info=()', ALL, { append_info: tuple() }, E09("<class 'tuple'>")],
      ["append_info='epoch_num'", ALL, { append_info: 'epoch_num' }, E09("<class 'str'>")],
      ['append_info={}', ALL, { append_info: {} }, E09("<class 'dict'>")],
      ['append_info=[1]', ALL, { append_info: [1] }, E10("<class 'int'>")],
      ['append_info=[None]', ALL, { append_info: [null] }, E10("<class 'NoneType'>")],
      [
        'append_info=[np.int64(1)]',
        ALL,
        { append_info: [np('int64', 1)] },
        E10("<class 'numpy.int64'>"),
      ],
      ["append_info=['foo']", ALL, { append_info: ['foo'] }, E11('foo')],
      ["append_info=['random_op'] (D9)", ALL, { append_info: ['random_op'] }, E11('random_op')],
      [
        "append_info=['epoch_num', 1, 'foo'] (first bad wins)",
        ALL,
        { append_info: ['epoch_num', 1, 'foo'] },
        E10("<class 'int'>"),
      ],
      ["append_info=[{'a': 1}, {'b': 2}]", ALL, { append_info: [{ a: 1 }, { b: 2 }] }, E12],
      [
        "append_info=[{'a': None}, {'b': 2}] (the first dict's entries first)",
        ALL,
        { append_info: [{ a: null }, { b: 2 }] },
        E13("<class 'str'>", "<class 'NoneType'>"),
      ],
      [
        'append_info=[{1: 1}]',
        ALL,
        { append_info: [{ $py: 'dict', entries: [[1, 1]] }] },
        E13("<class 'int'>", "<class 'int'>"),
      ],
      [
        "append_info=[{'a': None}]",
        ALL,
        { append_info: [{ a: null }] },
        E13("<class 'str'>", "<class 'NoneType'>"),
      ],
      [
        "append_info=[{'a': [1]}]",
        ALL,
        { append_info: [{ a: [1] }] },
        E13("<class 'str'>", "<class 'list'>"),
      ],
      [
        "append_info=[{'a': np.int64(1)}]",
        ALL,
        { append_info: [{ a: np('int64', 1) }] },
        E13("<class 'str'>", "<class 'numpy.int64'>"),
      ],
      [
        "append_info=[{'a': np.bool_(True)}]",
        ALL,
        { append_info: [{ a: np('bool_', true) }] },
        E13("<class 'str'>", "<class 'numpy.bool_'>"),
      ],
      [
        "append_info=[{'a': np.float32(1)}]",
        ALL,
        { append_info: [{ a: np('float32', 1) }] },
        E13("<class 'str'>", "<class 'numpy.float32'>"),
      ],
      [
        "append_info=[{'a': np.float64(1)}] (subclass of float)",
        ALL,
        { append_info: [{ a: np('float64', 1) }] },
        null,
      ],
      [
        "append_info=[{'a': 1, 'b': 1.5, 'c': True, 'd': 'x', 'e': 1.0}]",
        ALL,
        { append_info: [{ a: 1, b: 1.5, c: true, d: 'x', e: pyFloat('1.0') }] },
        null,
      ],
      [
        "append_info=['epoch_num', {'epoch_num': 7}]",
        ALL,
        { append_info: ['epoch_num', { epoch_num: 7 }] },
        null,
      ],
      ['append_info=[{}]', ALL, { append_info: [{}] }, null],
      // E14: enc_key
      ['enc_key a bytes key reference', ALL, { enc_key: keyRef('bytes') }, null],
      [
        'enc_key a 5-byte bytes key reference (length checked at the first save)',
        ALL,
        { enc_key: keyRef('bytes', 5) },
        null,
      ],
      ['enc_key a str key reference', ALL, { enc_key: keyRef('str') }, E14(HIDDEN_KEY)],
      [
        'enc_key a bytearray key reference',
        ALL,
        { enc_key: keyRef('bytearray') },
        E14(`bytearray(${HIDDEN_KEY})`),
      ],
      [
        "enc_key='abc' left in the state: the key is not shown",
        ALL,
        { enc_key: 'abc' },
        E14(HIDDEN_KEY),
      ],
      ['enc_key=5', ALL, { enc_key: 5 }, E14('5')],
      ['enc_key=[1]', ALL, { enc_key: [1] }, E14('[1]')],
      [
        "enc_key=[b'abc'] left in the state: the key is not shown",
        ALL,
        { enc_key: [{ $py: 'bytes', hex: '616263' }] },
        E14(HIDDEN_KEY),
      ],
      // E15: enc_mode
      ["enc_mode='foo' (checked at the first save only)", ALL, { enc_mode: 'foo' }, null],
      ['enc_mode=1', ALL, { enc_mode: 1 }, E15('1')],
      ['enc_mode=None', ALL, { enc_mode: null }, E15('None')],
      [
        "enc_mode=b'AES-GCM'",
        ALL,
        { enc_mode: { $py: 'bytes', hex: '4145532d47434d' } },
        E15("b'AES-GCM'"),
      ],
      // E16: crc_check
      ['crc_check=True', from('2.3'), { crc_check: true }, null],
      ['crc_check=1 (2.3+)', from('2.3'), { crc_check: 1 }, E16('1')],
      ["crc_check='x' (2.3+)", from('2.3'), { crc_check: 'x' }, E16('x')],
      ["crc_check='x' is swallowed by **kwargs on 2.2", before('2.3'), { crc_check: 'x' }, null],
      // E17: format
      ["format='bin' (fails only at the first save)", from('2.4'), { format: 'bin' }, null],
      ['format=1 (2.4+)', from('2.4'), { format: 1 }, E17('1')],
      ['format=None (2.4+)', from('2.4'), { format: null }, E17('None')],
      ['format=1 is ignored before 2.4', before('2.4'), { format: 1 }, null],
      // E18: remove_redundancy
      [
        "remove_redundancy='string' (MindSpore's own test)",
        from('2.4'),
        { remove_redundancy: 'string' },
        E18('string'),
      ],
      ['remove_redundancy=1', from('2.4'), { remove_redundancy: 1 }, E18('1')],
      [
        "remove_redundancy='string' is ignored before 2.4",
        before('2.4'),
        { remove_redundancy: 'string' },
        null,
      ],
      // E19: the safetensors combination (§5.4)
      ["format='safetensors' alone", from('2.4'), { format: 'safetensors' }, null],
      [
        'safetensors + remove_redundancy=True',
        from('2.4'),
        { format: 'safetensors', remove_redundancy: true },
        null,
      ],
      [
        'safetensors + enc_key',
        from('2.4'),
        { format: 'safetensors', enc_key: keyRef('bytes') },
        E19,
      ],
      [
        "safetensors + enc_mode='AES-CBC' without a key",
        from('2.4'),
        { format: 'safetensors', enc_mode: 'AES-CBC' },
        E19,
      ],
      [
        'safetensors + crc_check=True',
        from('2.4'),
        { format: 'safetensors', crc_check: true },
        E19,
      ],
      [
        'safetensors + exception_save=True',
        from('2.4'),
        { format: 'safetensors', exception_save: true },
        E19,
      ],
      [
        "safetensors + incremental='yes'",
        from('2.4'),
        { format: 'safetensors', incremental: 'yes' },
        E19,
      ],
      ['safetensors + incremental=0', from('2.4'), { format: 'safetensors', incremental: 0 }, null],
      [
        'safetensors + async_save=True (2.4, 2.5)',
        ['2.4', '2.5'],
        { format: 'safetensors', async_save: true },
        E19,
      ],
      [
        "safetensors + async_save='thread' (2.5)",
        ['2.5'],
        { format: 'safetensors', async_save: 'thread' },
        E19,
      ],
      [
        'safetensors + async_save=True (2.6+)',
        from('2.6'),
        { format: 'safetensors', async_save: true },
        null,
      ],
      [
        "safetensors + async_save='process' (2.6+)",
        from('2.6'),
        { format: 'safetensors', async_save: 'process' },
        null,
      ],
      [
        'safetensors + anything is ignored before 2.4',
        before('2.4'),
        { format: 'safetensors', enc_key: keyRef('bytes'), exception_save: true },
        null,
      ],
      // kwargs (§5.3)
      ['an unknown keyword foo=1', ALL, { foo: 1 }, null],
      [
        'a keyword self=1: Python binds self to the instance first',
        ALL,
        { self: 1 },
        {
          kind: 'TypeError',
          field: 'self',
          message: "CheckpointConfig.__init__() got multiple values for argument 'self'",
        },
      ],
      ["incremental='yes' (not validated)", ALL, { incremental: 'yes' }, null],
      ['enable_redundance=5 (not validated)', ALL, { enable_redundance: 5 }, null],
    ]),
  )('%s on %s', (_label, version, config, expected) => {
    expectFirst(configErrors(version, config), expected);
  });
});

describe('§3.3 examples observed', () => {
  test.each<[string, ConfigArguments, MindSporeVersion, string]>([
    [
      'steps=True',
      { save_checkpoint_steps: true },
      '2.2',
      "The input value must be int and must >= 0, but got 'True' with type 'bool'.",
    ],
    [
      'steps=False',
      { save_checkpoint_steps: false },
      '2.7',
      "The input value must be int and must >= 0, but got 'False' with type 'bool'.",
    ],
    [
      'steps=1.0',
      { save_checkpoint_steps: pyFloat('1.0') },
      '2.4',
      "The input value must be int, but got 'float'",
    ],
    [
      'steps=np.int64(5)',
      { save_checkpoint_steps: np('int64', 5) },
      '2.2',
      "The input value must be int, but got 'int64'",
    ],
    [
      'exception_save=None',
      { exception_save: null },
      '2.3',
      'The input value must be a bool, but got NoneType.',
    ],
    [
      'async_save=None on 2.5',
      { async_save: null },
      '2.5',
      "For 'save_checkpoint', the parameter 'async_save' must be bool or str, but got <class 'NoneType'>.",
    ],
    [
      'enc_mode=1',
      { enc_mode: 1 },
      '2.6',
      "The parameter 'enc_mode' must be isinstance of <class 'str'>, but got 1.",
    ],
    [
      "remove_redundancy='string'",
      { remove_redundancy: 'string' },
      '2.7',
      "The parameter 'remove_redundancy' must be isinstance of <class 'bool'>, but got string.",
    ],
    [
      "append_info=('epoch_num',)",
      { append_info: tuple('epoch_num') },
      '2.2',
      "For 'CheckpointConfig', the type of 'append_info' must be list,but got <class 'tuple'>.",
    ],
    [
      "append_info=[{'a': None}]",
      { append_info: [{ a: null }] },
      '2.5',
      "For 'CheckpointConfig', the key type of the dict 'append_info' must be string, the value type must be int or float or bool, but got key type <class 'str'>, value type <class 'NoneType'>",
    ],
  ])('%s', (_label, config, version, message) => {
    expect(configErrors(version, config).map((d) => d.message)).toEqual([message]);
  });
});

describe('the order of checks (spec §3.2 consequences)', () => {
  const zeros = {
    save_checkpoint_seconds: 0,
    keep_checkpoint_max: 0,
    keep_checkpoint_per_n_minutes: 0,
  };
  test.each(
    perVersion([
      [
        'a negative int wins over the all-zero error',
        ALL,
        { save_checkpoint_steps: -1, ...zeros },
        E03('-1', 'save_checkpoint_steps'),
      ],
      [
        'per_n=-1 with the rest 0 (the last int) wins too',
        ALL,
        {
          save_checkpoint_steps: 0,
          save_checkpoint_seconds: 0,
          keep_checkpoint_max: 0,
          keep_checkpoint_per_n_minutes: -1,
        },
        E03('-1', 'keep_checkpoint_per_n_minutes'),
      ],
      [
        'ints are checked in positional order',
        ALL,
        { save_checkpoint_seconds: 'x', keep_checkpoint_max: -1, save_checkpoint_steps: 1.5 },
        E01('float', 'save_checkpoint_steps'),
      ],
      [
        'a bad saved_network wins over the all-zero error',
        ALL,
        { save_checkpoint_steps: 0, ...zeros, saved_network: 1 },
        E04("<class 'int'>"),
      ],
      [
        'an int error wins over a bad saved_network',
        ALL,
        { keep_checkpoint_max: -3, saved_network: 1 },
        E03('-3', 'keep_checkpoint_max'),
      ],
      [
        'the all-zero error wins over a bad exception_save',
        ALL,
        { save_checkpoint_steps: 0, ...zeros, exception_save: null },
        E05,
      ],
      [
        'the all-zero error wins over a bad async_save and enc_key',
        ALL,
        { save_checkpoint_steps: null, ...zeros, async_save: 3, enc_key: 3 },
        E05,
      ],
      [
        'exception_save before integrated_save',
        ALL,
        { integrated_save: 1, exception_save: 1 },
        E06('int', 'exception_save'),
      ],
      [
        'integrated_save before async_save',
        ALL,
        { async_save: 1, integrated_save: 'x' },
        E06('str', 'integrated_save'),
      ],
      [
        'async_save before append_info',
        before('2.5'),
        { append_info: 'x', async_save: 'thread' },
        E06('str', 'async_save'),
      ],
      ['append_info before enc_key', ALL, { enc_key: 5, append_info: 'x' }, E09("<class 'str'>")],
      ['enc_key before enc_mode', ALL, { enc_mode: 1, enc_key: 5 }, E14('5')],
      ['enc_mode before crc_check', from('2.3'), { crc_check: 1, enc_mode: 1 }, E15('1')],
      ['crc_check before format', from('2.4'), { format: 1, crc_check: 1 }, E16('1')],
      [
        'format before remove_redundancy',
        from('2.4'),
        { remove_redundancy: 1, format: 1 },
        E17('1'),
      ],
      [
        'remove_redundancy before the safetensors check',
        from('2.4'),
        { format: 'safetensors', enc_key: keyRef('bytes'), remove_redundancy: 1 },
        E18('1'),
      ],
    ]),
  )('%s on %s', (_label, version, config, expected) => {
    expectFirst(configErrors(version, config), expected);
  });
});

describe('names and expressions from pasted code (Unsupported where MindSpore would check them)', () => {
  test.each(
    perVersion([
      [
        'steps given as a name',
        ALL,
        { save_checkpoint_steps: name('n') },
        { kind: 'Unsupported', field: 'save_checkpoint_steps' },
      ],
      [
        'steps=-1 with enc_key a name still raises E03',
        ALL,
        { save_checkpoint_steps: -1, enc_key: name('k') },
        E03('-1', 'save_checkpoint_steps'),
      ],
      ['enc_key a name', ALL, { enc_key: name('k') }, { kind: 'Unsupported', field: 'enc_key' }],
      [
        'saved_network an expression',
        ALL,
        { saved_network: { $py: 'expr', source: 'nets[0]' } },
        { kind: 'Unsupported', field: 'saved_network' },
      ],
      [
        'the all-zero error comes before an unknowable exception_save',
        ALL,
        {
          save_checkpoint_steps: 0,
          save_checkpoint_seconds: 0,
          keep_checkpoint_max: 0,
          keep_checkpoint_per_n_minutes: 0,
          exception_save: name('flag'),
        },
        E05,
      ],
      [
        'append_info element a name',
        ALL,
        { append_info: ['epoch_num', name('x')] },
        { kind: 'Unsupported', field: 'append_info' },
      ],
      [
        'append_info dict value a Parameter/Tensor/Generator name',
        ALL,
        { append_info: [{ seed: name('gen') }] },
        { kind: 'Unsupported', field: 'append_info' },
      ],
      ['a name for an argument the version ignores', before('2.3'), { crc_check: name('c') }, null],
      [
        'crc_check a name (2.3+)',
        from('2.3'),
        { crc_check: name('c') },
        { kind: 'Unsupported', field: 'crc_check' },
      ],
      ['incremental a name with ckpt format', ALL, { incremental: name('inc') }, null],
      [
        'incremental a name with safetensors (2.4+)',
        from('2.4'),
        { format: 'safetensors', incremental: name('inc') },
        { kind: 'Unsupported', field: 'incremental' },
      ],
      [
        'an earlier companion decides before an unknowable incremental',
        from('2.4'),
        { format: 'safetensors', exception_save: true, incremental: name('inc') },
        E19,
      ],
    ]),
  )('%s on %s', (_label, version, config, expected) => {
    const errors = configErrors(version, config);
    if (expected === null) expect(errors).toEqual([]);
    else {
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject(expected);
      if (errors[0]?.kind === 'Unsupported')
        expect(errors[0].message).toContain(String(expected.field));
    }
  });
});

describe("MindSpore's own construction tests (spec §7.10)", () => {
  test.each(ALL)('test_init: CheckpointConfig(1, 5) is accepted on %s', (version) => {
    expect(configErrors(version, { save_checkpoint_steps: 1, save_checkpoint_seconds: 5 })).toEqual(
      [],
    );
  });
  test.each(ALL)('test_arguments_values: CheckpointConfig() is accepted on %s', (version) => {
    expect(configErrors(version, {})).toEqual([]);
  });
  test.each(ALL)(
    'test_checkpoint_config: (0, 0, 0, 0, True) and (0, None, 0, 0, True) give E05 on %s',
    (version) => {
      for (const seconds of [0, null]) {
        const config = {
          save_checkpoint_steps: 0,
          save_checkpoint_seconds: seconds,
          keep_checkpoint_max: 0,
          keep_checkpoint_per_n_minutes: 0,
          integrated_save: true,
        };
        expect(configErrors(version, config).map((d) => d.code)).toEqual(['E05']);
      }
    },
  );
  test.each(ALL)(
    'aiturbo: seconds=100, per_n=5, enable_redundance=True is accepted on %s',
    (version) => {
      const config = {
        save_checkpoint_seconds: 100,
        keep_checkpoint_per_n_minutes: 5,
        enable_redundance: true,
      };
      expect(configErrors(version, config)).toEqual([]);
    },
  );
  test.each(ALL)('prefix invalid: ModelCheckpoint(123) raises on %s', (version) => {
    const errors = validate(
      completeState({ mindspore_version: version, callback: { prefix: 123 } }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        kind: 'ValueError',
        code: versionAtLeast(version, '2.3') ? 'E21' : 'E20',
      }),
    ]);
  });
  test.each(
    ALL.flatMap((version) =>
      (
        [[{ directory: './' }], [{}], [{ prefix: 'ckpt_2', directory: './test_files' }]] as const
      ).map(([callback]) => [version, callback] as const),
    ),
  )('valid constructions on %s: ModelCheckpoint(%o)', (version, callback) => {
    expect(validate(completeState({ mindspore_version: version, callback }))).toEqual([]);
  });
});

describe('ModelCheckpoint construction (spec §3.4, §6.1)', () => {
  const E20 = (value: string): Expected => ({
    kind: 'ValueError',
    code: 'E20',
    field: 'prefix',
    message: `For 'ModelCheckpoint', the argument 'prefix' for checkpoint file name is invalid, it must be string and does not contain '/', but got ${value}.`,
  });
  const E21 = (value: string): Expected => ({
    kind: 'ValueError',
    code: 'E21',
    field: 'prefix',
    message: `For 'ModelCheckpoint', the argument 'prefix' for checkpoint file name is invalid, it must be callable or string that does not contain '/', but got ${value}.`,
  });
  const E22: Expected = {
    kind: 'TypeError',
    code: 'E22',
    field: 'directory',
    message: 'The path is invalid, the type should be string.',
  };
  const E23: Expected = {
    kind: 'ValueError',
    code: 'E23',
    field: 'directory',
    message: 'The path is invalid, it should be non-blank.',
  };
  const E24: Expected = {
    kind: 'ValueError',
    code: 'E24',
    field: 'directory',
    message: 'The path length is too long, it should be limited in 1024.',
  };
  const lambda: PyValue = { $py: 'expr', source: "lambda cb_params: 'x'" };

  test.each(
    perVersion([
      ['prefix=123', before('2.3'), { prefix: 123 }, E20('123')],
      ['prefix=123', from('2.3'), { prefix: 123 }, E21('123')],
      ["prefix='a/b'", before('2.3'), { prefix: 'a/b' }, E20('a/b')],
      ["prefix='a/b'", from('2.3'), { prefix: 'a/b' }, E21('a/b')],
      ['prefix=None', from('2.3'), { prefix: null }, E21('None')],
      ["prefix=''", ALL, { prefix: '' }, null],
      ["prefix='\\\\'", ALL, { prefix: '\\' }, null],
      ["prefix='..'", ALL, { prefix: '..' }, null],
      ["prefix='a.ckpt'", ALL, { prefix: 'a.ckpt' }, null],
      ['prefix a lambda (2.3+)', from('2.3'), { prefix: lambda }, null],
      [
        'prefix a lambda (2.2)',
        before('2.3'),
        { prefix: lambda },
        E20('<function <lambda> at 0x…>'),
      ],
      ['prefix a name', ALL, { prefix: name('p') }, { kind: 'Unsupported', field: 'prefix' }],
      ['directory=5', ALL, { directory: 5 }, E22],
      ["directory=b'dir'", ALL, { directory: { $py: 'bytes', hex: '646972' } }, E22],
      ['directory a lambda (2.3+)', from('2.3'), { directory: lambda }, null],
      ['directory a lambda (2.2)', before('2.3'), { directory: lambda }, E22],
      ["directory=''", ALL, { directory: '' }, E23],
      ["directory='   '", ALL, { directory: '   ' }, E23],
      ["directory='\\t\\n\\u3000'", ALL, { directory: '\t\n\u3000' }, E23],
      ["directory='\\ufeff' is not blank for Python", ALL, { directory: '\ufeff' }, null],
      [
        'an absolute directory of 1024 characters',
        ALL,
        { directory: `/${'a'.repeat(1023)}` },
        null,
      ],
      ['an absolute directory of 1025 characters', ALL, { directory: `/${'a'.repeat(1024)}` }, E24],
      [
        'an absolute directory that normalises to 1024 characters',
        ALL,
        { directory: `/x/../${'a'.repeat(1023)}/./` },
        null,
      ],
      [
        'a relative directory of 1024 characters (at least 1025 once absolute)',
        ALL,
        { directory: 'a'.repeat(1024) },
        E24,
      ],
      [
        'a relative directory of 1023 characters (depends on the working directory)',
        ALL,
        { directory: 'a'.repeat(1023) },
        null,
      ],
      [
        'a relative directory climbing out with ..',
        ALL,
        { directory: `../${'a'.repeat(2000)}` },
        null,
      ],
      [
        '1024 code points of astral characters are not 2048',
        ALL,
        { directory: `/${'😀'.repeat(1023)}` },
        null,
      ],
      [
        "directory='a\\x00b': realpath's ValueError",
        ALL,
        { directory: 'a\u0000b' },
        { kind: 'ValueError', field: 'directory', message: 'embedded null byte' },
      ],
      [
        'the prefix is checked before the directory',
        from('2.3'),
        { prefix: 'a/b', directory: 5 },
        E21('a/b'),
      ],
    ]),
  )('%s on %s', (_label, version, callback, expected) => {
    const errors = validate(
      completeState({ mindspore_version: version, callback: callback as Record<string, PyValue> }),
    );
    expectFirst(errors, expected);
  });

  test.each(ALL)(
    'a config error and a callback error are both reported, config first, on %s',
    (version) => {
      const errors = validate(
        completeState({
          mindspore_version: version,
          config: { save_checkpoint_steps: -1 },
          callback: { directory: 5 },
        }),
      );
      expect(errors.map((d) => d.code)).toEqual(['E03', 'E22']);
    },
  );
});

describe('robustness (property)', () => {
  const leaf: fc.Arbitrary<PyValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -5, max: 5 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 8 }),
    fc.constantFrom<PyValue>(
      { $py: 'int', value: `-1${'0'.repeat(30)}` },
      { $py: 'float', value: 'nan' },
      { $py: 'str', value: 'thread' },
      { $py: 'bytes', hex: '00ff' },
      { $py: 'bytearray', hex: '' },
      { $py: 'numpy', type: 'int64', value: 3 },
      { $py: 'numpy', type: 'float64', value: 0.5 },
      { $py: 'name', name: 'n' },
      { $py: 'expr', source: 'lambda: 1' },
    ),
  );
  const value: fc.Arbitrary<PyValue> = fc.oneof(
    leaf,
    fc.array(leaf, { maxLength: 3 }),
    fc.array(leaf, { maxLength: 2 }).map((items): PyValue => ({ $py: 'tuple', items })),
    fc.dictionary(fc.string({ maxLength: 4 }), leaf, { maxKeys: 2 }),
    fc
      .array(fc.tuple(leaf, leaf), { maxLength: 2 })
      .map((entries): PyValue => ({ $py: 'dict', entries })),
  );
  const argument = fc.constantFrom(
    ...POLICY,
    'integrated_save',
    'async_save',
    'saved_network',
    'append_info',
    'enc_key',
    'enc_mode',
    'exception_save',
    'crc_check',
    'remove_redundancy',
    'format',
    'incremental',
    'foo',
  );

  test('any values give at most one config and one callback diagnostic, each with a message', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL),
        fc.dictionary(argument, value, { maxKeys: 4 }),
        value,
        value,
        (version, config, prefix, directory) => {
          const errors = validate(
            completeState({ mindspore_version: version, config, callback: { prefix, directory } }),
          );
          const callbackFields = ['prefix', 'directory'];
          const configErrors = errors.filter((d) => !callbackFields.includes(d.field ?? ''));
          expect(configErrors.length).toBeLessThanOrEqual(1);
          expect(errors.length - configErrors.length).toBeLessThanOrEqual(1);
          for (const error of errors) expect(error.message).not.toBe('');
        },
      ),
      { numRuns: 500 },
    );
  });
});

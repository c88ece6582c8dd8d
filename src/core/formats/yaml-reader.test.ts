/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PyValue } from '../python/py-value';
import { exportText } from './export-text';
import { anyState, namedStates, validYamlState, yamlPyValue } from './export-test-states';
import { yamlValue } from './yaml-export';
import { readYaml, resolvePlain, YamlSyntaxError, yamlToPyValue } from './yaml-reader';

function read(text: string): PyValue {
  const node = readYaml(text);
  if (node === null) throw new Error('empty document');
  return yamlToPyValue(node);
}

function syntaxError(text: string): YamlSyntaxError {
  try {
    readYaml(text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('plain scalars resolve as PyYAML SafeLoader resolves them (YAML 1.1)', () => {
  test.each([
    ['True', true],
    ['true', true],
    ['yes', true],
    ['Off', false],
    ['False', false],
    ['~', null],
    ['null', null],
    ['', null],
    ['None is a string', 'None'],
    ['0', 0],
    ['-12', -12],
    ['+5', 5],
    ['1_000', 1000],
    ['017 is octal', 15],
    ['0x1F', 31],
    ['0b101', 5],
    ['0o17 is a string', '0o17'],
    ['1e3 is a string (no dot)', '1e3'],
    ['1.5', 1.5],
    ['1.0e-07', 1e-7],
    ['.5', 0.5],
    ['12345678901234567890', { $py: 'int', value: '12345678901234567890' }],
    ['1.0', { $py: 'float', value: '1.0' }],
    ['1.0e+16', { $py: 'float', value: '1e+16' }],
    ['.inf', { $py: 'float', value: 'inf' }],
    ['-.inf', { $py: 'float', value: '-inf' }],
    ['.NaN', { $py: 'float', value: 'nan' }],
    ['ckpt', 'ckpt'],
    // Base 60, dates and signs, as PyYAML 6 read them (yaml.safe_load, checked on this machine).
    ['10:00 is base 60', 600],
    ['1:30', 90],
    ['-1:30', -90],
    ['190:20:30', 685230],
    ['123456789012345678901:00', { $py: 'int', value: '7407407340740740734060' }],
    ['1:30.5', 90.5],
    ['1:2:3.25', 3723.25],
    ['-0:00.0', { $py: 'float', value: '-0.0' }],
    ['1:60 is a string (a part above 59)', '1:60'],
    ['0:30 is a string (a leading 0)', '0:30'],
    ['08 is a string (not octal)', '08'],
    ['-.5 is a string (no sign before a bare dot)', '-.5'],
    ['+.5 is a string', '+.5'],
    ['2024-01-01 is a date', { $py: 'expr', source: 'datetime.date(2024, 1, 1)' }],
    [
      '2001-12-14t21:59:43.10-05:00 is a datetime',
      { $py: 'expr', source: "datetime.datetime.fromisoformat('2001-12-14t21:59:43.10-05:00')" },
    ],
  ] as [string, PyValue][])('%s', (label, expected) => {
    expect(resolvePlain(label.split(' ')[0] ?? '')).toEqual(expected);
  });

  test.each([
    ['=', 'value'],
    ['<<', 'merge'],
  ])('a bare %s cannot be constructed by SafeLoader: an error at its line', (text, tag) => {
    expect(() => readYaml(`a: 1\nb: ${text}\n`)).toThrow(
      `line 2: could not determine a constructor for the tag 'tag:yaml.org,2002:${tag}'`,
    );
    expect(readYaml(`b: '${text}'\n`)).toBeDefined();
  });
});

describe('readYaml', () => {
  test('a MindFormers callbacks block: sequence items that open mappings, comments, quotes', () => {
    const text = [
      '# comment',
      'callbacks:',
      '  - type: MFLossMonitor',
      '  - type: CheckpointMonitor   # the one',
      '    prefix: "de#mo"',
      "    enc_mode: 'it''s'",
      '    append_info: [epoch_num, {a: 1, "b": [2, 3.5]}]',
      '    flags:',
      '    - x',
      '    -',
      '      - nested',
      'output_dir: ./out',
    ].join('\n');
    expect(read(text)).toEqual({
      callbacks: [
        { type: 'MFLossMonitor' },
        {
          type: 'CheckpointMonitor',
          prefix: 'de#mo',
          enc_mode: "it's",
          append_info: ['epoch_num', { a: 1, b: [2, 3.5] }],
          flags: ['x', ['nested']],
        },
      ],
      output_dir: './out',
    });
  });

  test('double-quoted escapes', () => {
    expect(read('a: "tab\\there \\u00e9 \\x41 \\"q\\" \\\\"')).toEqual({
      a: 'tab\there é A "q" \\',
    });
  });

  test('keys that PyYAML resolves to non-str make a tagged dict', () => {
    expect(read('{1: a, "1": b}')).toEqual({
      $py: 'dict',
      entries: [
        [1, 'a'],
        ['1', 'b'],
      ],
    });
  });

  test.each([
    ['a tab indent', 'a:\n\tb: 1', 2, /tabs/],
    ['an unclosed quote', 'a: 1\nb: "open', 2, /not closed/],
    ['a bad indentation', 'a:\n    b: 1\n  c: 2', 3, /indentation/],
    ['an unclosed flow list', 'a: [1, 2', 1, /expected/],
    ['an anchor', 'a: &x 1', 1, /anchors/],
    ['deep flow nesting', `a: ${'['.repeat(5000)}`, 1, /nested more than/],
    [
      'deep block nesting',
      Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
      101,
      /nested more than/,
    ],
    ['an escape beyond Unicode', 'a: 1\nb: "\\UFFFFFFFF"', 2, /not a Unicode character/],
    ['a block scalar', 'a: |\n  text', 1, /block scalars/],
  ])('%s is an error with its line number', (_label, text, line, message) => {
    const error = syntaxError(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`line ${line}`);
  });

  test('a repeated key keeps its first place and takes the last value, as in PyYAML', () => {
    expect(read('a: 1\nb: 2\na: 3')).toEqual({ a: 3, b: 2 });
    expect(Object.keys(read('a: 1\nb: 2\na: 3') as object)).toEqual(['a', 'b']);
  });

  test('long lines read in linear time (no backtracking blow-up)', () => {
    const spaces = ' '.repeat(200_000);
    expect(read(`k${spaces}x`)).toBe(`k${spaces}x`);
    expect(read(`key${spaces}: v`)).toEqual({ key: 'v' });
    expect(read(`a: [${'1, '.repeat(50_000)}2]`)).toEqual({ a: [...Array(50_000).fill(1), 2] });
  });

  test('an empty document reads as nothing', () => {
    expect(readYaml('# only a comment\n\n')).toBeNull();
  });

  test('every value the YAML exporter writes reads back as itself', () => {
    fc.assert(
      fc.property(yamlPyValue, (value) => {
        const text = yamlValue(value);
        expect(text).toBeDefined();
        expect(read(`v: ${text ?? ''}`)).toEqual({ v: value });
      }),
      { numRuns: 300 },
    );
  });
});

describe('numbers a state holds in a form other than Python’s are written as the same number', () => {
  // PyYAML (YAML 1.1) reads 010 as the octal 8, 1 as an int and 1e+21 (no dot) as a str.
  test.each<[string, PyValue, string, PyValue]>([
    ['int text with a leading zero', { $py: 'int', value: '010' }, '10', 10],
    ['negative zero as int text', { $py: 'int', value: '-0' }, '0', 0],
    [
      'a JSON int beyond 2^53',
      1e21,
      '1000000000000000000000',
      { $py: 'int', value: '1000000000000000000000' },
    ],
    [
      'float text without a dot',
      { $py: 'float', value: '1' },
      '1.0',
      { $py: 'float', value: '1.0' },
    ],
    [
      'float text of negative zero',
      { $py: 'float', value: '-0' },
      '-0.0',
      { $py: 'float', value: '-0.0' },
    ],
  ])('%s', (_label, value, text, readBack) => {
    expect(yamlValue(value)).toBe(text);
    expect(read(`v: ${text}`)).toEqual({ v: readBack });
  });
});

const pyyaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });

/** Loads documents with PyYAML's safe_load and returns them in the builder's JSON form. */
const LOADER = String.raw`
import json, math, sys, yaml

def to_py(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if abs(v) <= 2**53 - 1 else {"$py": "int", "value": str(v)}
    if isinstance(v, float):
        if math.isfinite(v) and not v.is_integer():
            return v
        return {"$py": "float", "value": repr(v)}
    if isinstance(v, list):
        return [to_py(i) for i in v]
    if isinstance(v, dict):
        if all(isinstance(k, str) for k in v):
            return {k: to_py(i) for k, i in v.items()}
        return {"$py": "dict", "entries": [[to_py(k), to_py(i)] for k, i in v.items()]}
    raise TypeError(type(v))

json.dump([to_py(yaml.safe_load(doc)) for doc in json.load(sys.stdin)], sys.stdout)
`;

describe.skipIf(pyyaml.status !== 0)(
  'PyYAML (yaml.safe_load, what MindFormers uses) agrees',
  () => {
    test('on every value the exporter writes, and on the reader table', () => {
      const values = fc.sample(yamlPyValue, { numRuns: 300, seed: 42 });
      const exports = [
        ...Object.values(namedStates()),
        ...fc.sample(anyState, { numRuns: 40, seed: 9 }),
        ...fc.sample(validYamlState, { numRuns: 40, seed: 10 }),
      ].map((state) => exportText(state, 'yaml'));
      const documents = [
        ...exports,
        ...values.map((value) => `v: ${yamlValue(value) ?? ''}`),
        `v: [True, yes, None, ~, 017, 0x1F, 1e3, 1.0e+3, .inf, 1_000, "a#b", 'it''s']`,
        'a: 1\nb: 2\na: 3',
        'callbacks:\n  - type: CheckpointMonitor\n    prefix: "demo"\n    append_info:\n    - epoch_num\n    - {a: 1}',
      ];
      const result = spawnSync('python3', ['-c', LOADER], {
        input: JSON.stringify(documents),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(result.stderr).toBe('');
      const loaded = JSON.parse(result.stdout) as PyValue[];
      expect(loaded).toEqual(documents.map(read));
    });
  },
);

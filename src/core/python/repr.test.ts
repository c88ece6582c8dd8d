import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PyValue } from './py-value';
import { pyClassName, pyRepr, pyStr, pyTypeName } from './repr';

// Expected texts are what CPython 3.11 prints (numpy 1.26 for numpy scalars); they were checked
// against a real interpreter.

const float = (value: string): PyValue => ({ $py: 'float', value });
const bytes = (hex: string): PyValue => ({ $py: 'bytes', hex });
const bytearray = (hex: string): PyValue => ({ $py: 'bytearray', hex });
const tuple = (...items: PyValue[]): PyValue => ({ $py: 'tuple', items });
const ascii = (text: string) =>
  [...text].map((char) => (char.codePointAt(0) ?? 0).toString(16).padStart(2, '0')).join('');

describe('pyRepr of floats (shortest round-trip digits, Python layout)', () => {
  test.each([
    ['1.5', 1.5, '1.5'],
    ['0.1', 0.1, '0.1'],
    ['1e-05 (exponent < -4)', 1e-5, '1e-05'],
    ['0.0001 (exponent -4 stays fixed)', 0.0001, '0.0001'],
    ['0.00012', 0.00012, '0.00012'],
    ['-2.5e-07', -2.5e-7, '-2.5e-07'],
    ['12345.678', 12345.678, '12345.678'],
    ['0.30000000000000004', 0.1 + 0.2, '0.30000000000000004'],
    ['the smallest subnormal', 5e-324, '5e-324'],
    ['three subnormal units', 1.5e-323, '1.5e-323'],
  ])('%s', (_label, value, expected) => {
    expect(pyRepr(value)).toBe(expected);
    expect(pyStr(value)).toBe(expected);
    expect(pyTypeName(value)).toBe('float');
  });

  test.each([
    ['1.0', '1.0'],
    ['0.0', '0.0'],
    ['-0.0', '-0.0'],
    ['1e15 stays fixed', '1000000000000000.0'],
    ['9999999999999998.0', '9999999999999998.0'],
    ['1e16 goes scientific', '1e+16'],
    ['1.5e16', '1.5e+16'],
    ['1e22', '1e+22'],
    ['123456789012345678', '1.2345678901234568e+17'],
    ['1.7976931348623157e308 (the largest double)', '1.7976931348623157e+308'],
    ['inf', 'inf'],
    ['-inf', '-inf'],
    ['nan', 'nan'],
  ])('tagged float %s', (label, expected) => {
    const text = label.split(' ')[0] ?? '';
    expect(pyRepr(float(text))).toBe(expected);
    expect(pyClassName(float(text))).toBe("<class 'float'>");
  });

  test('any finite double renders in Python form and reads back to itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = pyRepr(Number.isInteger(value) ? float(String(value)) : value);
        expect(text).toMatch(/^-?(\d+\.\d+|\d(\.\d+)?e[+-]\d{2,3})$/);
        expect(Object.is(Number(text), value)).toBe(true);
      }),
    );
  });
});

describe('pyRepr of str (quote choice and escapes)', () => {
  test.each([
    ['plain', 'abc', "'abc'"],
    ["a ' alone switches to double quotes", "it's", `"it's"`],
    ['a " alone keeps single quotes', 'say "hi"', `'say "hi"'`],
    ["both ' and \" escape the '", `both ' and "`, `'both \\' and "'`],
    ['backslash', 'a\\b', "'a\\\\b'"],
    ['tab', 'tab\there', "'tab\\there'"],
    ['newline', 'nl\n', "'nl\\n'"],
    ['carriage return', '\r', "'\\r'"],
    ['NUL', '\x00', "'\\x00'"],
    ['DEL', '\x7f', "'\\x7f'"],
    ['printable non-ASCII', 'é', "'é'"],
    ['no-break space', '\u00a0', "'\\xa0'"],
    ['line separator', '\u2028', "'\\u2028'"],
    ['zero-width space (format)', '\u200b', "'\\u200b'"],
    ['CJK', '日本', "'日本'"],
    ['astral emoji', '😀', "'😀'"],
    ['astral private use', '\u{f0000}', "'\\U000f0000'"],
    ['space', ' ', "' '"],
    ['empty', '', "''"],
  ])('%s', (_label, value, expected) => {
    expect(pyRepr(value)).toBe(expected);
    expect(pyRepr({ $py: 'str', value })).toBe(expected);
    expect(pyRepr([value])).toBe(`[${expected}]`);
    expect(pyStr(value)).toBe(value);
    expect(pyStr({ $py: 'str', value })).toBe(value);
  });
});

describe('pyRepr of bytes and bytearray', () => {
  test.each([
    ['empty', '', "b''", "bytearray(b'')"],
    ['ASCII', 'abc', "b'abc'", "bytearray(b'abc')"],
    ["a ' alone", "it's", `b"it's"`, `bytearray(b"it\\'s")`],
    ['both quotes', `a"b'c`, `b'a"b\\'c'`, `bytearray(b'a"b\\'c')`],
    ['backslash', '\\', "b'\\\\'", "bytearray(b'\\\\')"],
    ['tab, newline, CR', '\t\n\r', "b'\\t\\n\\r'", "bytearray(b'\\t\\n\\r')"],
    ['DEL, space, tilde', '\x7f ~', "b'\\x7f ~'", "bytearray(b'\\x7f ~')"],
    ['NUL and 0xff', '\x00\xff', "b'\\x00\\xff'", "bytearray(b'\\x00\\xff')"],
  ])('%s', (_label, text, expectedBytes, expectedBytearray) => {
    expect(pyRepr(bytes(ascii(text)))).toBe(expectedBytes);
    expect(pyStr(bytes(ascii(text)))).toBe(expectedBytes);
    expect(pyRepr(bytearray(ascii(text)))).toBe(expectedBytearray);
  });
});

describe('pyRepr of containers, ints, bools and None', () => {
  test.each<[string, PyValue, string]>([
    ['None', null, 'None'],
    ['True', true, 'True'],
    ['False', false, 'False'],
    ['int', 5, '5'],
    ['negative int', -1, '-1'],
    ['int stored as JSON 1e21', 1e21, '1000000000000000000000'],
    ['big int', { $py: 'int', value: '1000000000000000000000000000000' }, '1' + '0'.repeat(30)],
    ['negative big int', { $py: 'int', value: '-100000000000000000000' }, '-100000000000000000000'],
    ['list', [true, null, float('1.0')], '[True, None, 1.0]'],
    ['empty list', [], '[]'],
    ['nested list', [[1, 'a'], []], "[[1, 'a'], []]"],
    ['one-element tuple', tuple(1), '(1,)'],
    ['empty tuple', tuple(), '()'],
    ['tuple', tuple(1, 'a'), "(1, 'a')"],
    ['str tuple', tuple('epoch_num'), "('epoch_num',)"],
    ['plain dict', { a: 1, "it's": null }, `{'a': 1, "it's": None}`],
    ['empty dict', {}, '{}'],
    [
      'dict with non-str keys',
      {
        $py: 'dict',
        entries: [
          [1, 'a'],
          ['b', null],
        ],
      },
      "{1: 'a', 'b': None}",
    ],
    ['dict in list', [{ a: null }], "[{'a': None}]"],
  ])('%s', (_label, value, expected) => {
    expect(pyRepr(value)).toBe(expected);
    expect(pyStr(value)).toBe(expected);
  });
});

describe('numpy scalars (numpy 1.26 str and repr: MindSpore requires numpy < 2)', () => {
  test.each<[string, PyValue, string, string]>([
    ['int64', { $py: 'numpy', type: 'int64', value: 5 }, '5', 'int64'],
    ['uint8', { $py: 'numpy', type: 'uint8', value: 255 }, '255', 'uint8'],
    ['bool_', { $py: 'numpy', type: 'bool_', value: true }, 'True', 'bool_'],
    ['float64 1.0', { $py: 'numpy', type: 'float64', value: 1 }, '1.0', 'float64'],
    ['float64 1e16', { $py: 'numpy', type: 'float64', value: 1e16 }, '1e+16', 'float64'],
    ['float32 0.1', { $py: 'numpy', type: 'float32', value: 0.1 }, '0.1', 'float32'],
    ['float32 1e-5', { $py: 'numpy', type: 'float32', value: 1e-5 }, '1e-05', 'float32'],
    [
      'float32 1e-4 (just below 1e-4)',
      { $py: 'numpy', type: 'float32', value: 1e-4 },
      '1e-04',
      'float32',
    ],
    ['float32 999999', { $py: 'numpy', type: 'float32', value: 999999 }, '999999.0', 'float32'],
    ['float32 1e6', { $py: 'numpy', type: 'float32', value: 1e6 }, '1000000.0', 'float32'],
    [
      'float32 16777217',
      { $py: 'numpy', type: 'float32', value: 16777217 },
      '16777216.0',
      'float32',
    ],
    ['float32 3.4e38', { $py: 'numpy', type: 'float32', value: 3.4e38 }, '3.4e+38', 'float32'],
    ['float16 0.1', { $py: 'numpy', type: 'float16', value: 0.1 }, '0.1', 'float16'],
    [
      'float32 tie goes to even: 2125214.25',
      { $py: 'numpy', type: 'float32', value: 2125214.25 },
      '2125214.2',
      'float32',
    ],
    [
      'float16 tie goes to even: -4.3125',
      { $py: 'numpy', type: 'float16', value: -4.3125 },
      '-4.312',
      'float16',
    ],
    [
      'float16 tie goes to even: 27.125',
      { $py: 'numpy', type: 'float16', value: 27.125 },
      '27.12',
      'float16',
    ],
    ['float16 subnormal 6e-8', { $py: 'numpy', type: 'float16', value: 6e-8 }, '6e-08', 'float16'],
    ['float16 0.0001', { $py: 'numpy', type: 'float16', value: 0.0001 }, '0.0001', 'float16'],
    ['float16 999', { $py: 'numpy', type: 'float16', value: 999 }, '999.0', 'float16'],
    ['float16 2049', { $py: 'numpy', type: 'float16', value: 2049 }, '2048.0', 'float16'],
    ['float16 65504', { $py: 'numpy', type: 'float16', value: 65504 }, '65500.0', 'float16'],
    ['float16 1e-7', { $py: 'numpy', type: 'float16', value: 1e-7 }, '1e-07', 'float16'],
    ['float16 overflow', { $py: 'numpy', type: 'float16', value: 1e5 }, 'inf', 'float16'],
  ])('%s', (_label, value, expected, typeName) => {
    expect(pyStr(value)).toBe(expected);
    expect(pyRepr([value])).toBe(`[${expected}]`);
    expect(pyTypeName(value)).toBe(typeName);
    expect(pyClassName(value)).toBe(`<class 'numpy.${typeName}'>`);
  });
});

describe('type and class names', () => {
  test.each<[string, PyValue, string]>([
    ['None', null, 'NoneType'],
    ['bool', false, 'bool'],
    ['int', 0, 'int'],
    ['big int', { $py: 'int', value: '1' + '0'.repeat(30) }, 'int'],
    ['float', 0.5, 'float'],
    ['tagged float', float('1.0'), 'float'],
    ['str', '', 'str'],
    ['tagged str', { $py: 'str', value: 'net' }, 'str'],
    ['list', [], 'list'],
    ['tuple', tuple(), 'tuple'],
    ['dict', {}, 'dict'],
    ['tagged dict', { $py: 'dict', entries: [] }, 'dict'],
    ['bytes', bytes(''), 'bytes'],
    ['bytearray', bytearray(''), 'bytearray'],
  ])('%s', (_label, value, name) => {
    expect(pyTypeName(value)).toBe(name);
    expect(pyClassName(value)).toBe(`<class '${name}'>`);
  });

  test.each<[string, PyValue, string]>([
    ['a name', { $py: 'name', name: 'cfg.steps' }, 'cfg.steps'],
    ['an expression', { $py: 'expr', source: '2 * n' }, '2 * n'],
  ])('%s renders as its source text', (_label, value, source) => {
    expect(pyStr(value)).toBe(source);
    expect(pyRepr([value])).toBe(`[${source}]`);
    expect(pyTypeName(value)).toBe(source);
    expect(pyClassName(value)).toBe(`type(${source})`);
  });
});

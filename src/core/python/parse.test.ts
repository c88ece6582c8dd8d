import { describe, expect, test } from 'vitest';
import { parsePythonValue, pyFloatRepr } from './evaluate';
import type { PyValue } from './py-value';
import { tokenize } from './tokenize';

function value(text: string): PyValue {
  const result = parsePythonValue(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return result.value;
}

describe('Python literals as stored values', () => {
  test.each<[string, string, PyValue]>([
    ['decimal int', '42', 42],
    ['int with underscores', '1_000_000', 1000000],
    ['hex int', '0xFF', 255],
    ['hex int with underscore after prefix', '0x_ff', 255],
    ['octal int', '0o17', 15],
    ['binary int', '0b1010', 10],
    ['zero', '0', 0],
    ['zeros', '000', 0],
    ['2^53 - 1 stays a number', '9007199254740991', 9007199254740991],
    ['2^53 is tagged', '9007199254740992', { $py: 'int', value: '9007199254740992' }],
    ['negative big int', '-10**400', { $py: 'int', value: `-1${'0'.repeat(400)}` }],
    ['folded product', '2 * 3 + 4', 10],
    ['folded floor division floors', '-7 // 2', -4],
    ['folded modulo follows the divisor sign', '-7 % 3', 2],
    ['folded power', '2 ** 10', 1024],
    ['power binds tighter than unary minus', '-2 ** 2', -4],
    ['negative exponent is not folded', '2 ** -1', { $py: 'expr', source: '2 ** -1' }],
    ['division by zero is not folded', '1 // 0', { $py: 'expr', source: '1 // 0' }],
    ['huge power is not folded', '2 ** 10 ** 10', { $py: 'expr', source: '2 ** 10 ** 10' }],
    ['unary minus on True is an int', '-True', -1],
    ['float', '1.5', 1.5],
    ['float with trailing dot', '1.', { $py: 'float', value: '1.0' }],
    ['float with leading dot', '.5', 0.5],
    ['exponent float', '1e3', { $py: 'float', value: '1000.0' }],
    ['integral float', '1.0', { $py: 'float', value: '1.0' }],
    ['negative zero float', '-0.0', { $py: 'float', value: '-0.0' }],
    ['big integral float', '1e16', { $py: 'float', value: '1e+16' }],
    ['overflowing float literal', '1e400', { $py: 'float', value: 'inf' }],
    ['float("inf")', "float('inf')", { $py: 'float', value: 'inf' }],
    ['float("-inf")', 'float("-inf")', { $py: 'float', value: '-inf' }],
    ['float("nan")', "float('nan')", { $py: 'float', value: 'nan' }],
    ['float(3)', 'float(3)', { $py: 'float', value: '3.0' }],
    ['complex is an expression', '1j', { $py: 'expr', source: '1j' }],
    ['True', 'True', true],
    ['False', 'False', false],
    ['None', 'None', null],
    ['single-quoted str', "'abc'", 'abc'],
    ['double-quoted str', '"abc"', 'abc'],
    ['escapes', String.raw`'a\tb\n\x41\u00e9\101\\'`, 'a\tb\nAé' + 'A\\'],
    ['unknown escape keeps its backslash', String.raw`'\d'`, '\\d'],
    ['raw str', String.raw`r'\d\n'`, '\\d\\n'],
    ['u prefix', "u'x'", 'x'],
    ['triple-quoted str', "'''a\nb'''", 'a\nb'],
    ['implicit concatenation', "'a' \"b\" '''c'''", 'abc'],
    ['bytes', "b'ab'", { $py: 'bytes', hex: '6162' }],
    ['bytes escapes', String.raw`b'\x00\xff'`, { $py: 'bytes', hex: '00ff' }],
    ['raw bytes', String.raw`rb'\x'`, { $py: 'bytes', hex: '5c78' }],
    ['bytes.fromhex', "bytes.fromhex('00ff 10')", { $py: 'bytes', hex: '00ff10' }],
    ['bytearray', "bytearray(b'a')", { $py: 'bytearray', hex: '61' }],
    ['f-string is an expression', "f'{x}'", { $py: 'expr', source: "f'{x}'" }],
    ['list', "[1, 'a', None]", [1, 'a', null]],
    ['list with trailing comma', '[1, 2,]', [1, 2]],
    ['empty tuple', '()', { $py: 'tuple', items: [] }],
    ['one-element tuple', '(1,)', { $py: 'tuple', items: [1] }],
    ['bare tuple', '1, 2', { $py: 'tuple', items: [1, 2] }],
    ['parenthesised value is not a tuple', '(5)', 5],
    ['dict with str keys', "{'a': 1, 'b': [2]}", { a: 1, b: [2] }],
    ['dict keeps the last value of a repeated key', "{'a': 1, 'a': 2}", { a: 2 }],
    ['dict with int keys', "{1: 'a'}", { $py: 'dict', entries: [[1, 'a']] }],
    ['dict with a "$py" key', "{'$py': 1}", { $py: 'dict', entries: [['$py', 1]] }],
    ['empty dict', '{}', {}],
    ['set is an expression', '{1, 2}', { $py: 'expr', source: '{1, 2}' }],
    ['np.int64', 'np.int64(5)', { $py: 'numpy', type: 'int64', value: 5 }],
    ['numpy.float64', 'numpy.float64(1.5)', { $py: 'numpy', type: 'float64', value: 1.5 }],
    ['np.bool_', 'np.bool_(True)', { $py: 'numpy', type: 'bool_', value: true }],
    ['np.int32 truncates a float', 'np.int32(2.7)', { $py: 'numpy', type: 'int32', value: 2 }],
    ['unknown numpy type', 'np.int128(1)', { $py: 'expr', source: 'np.int128(1)' }],
    ['bare name', 'steps', { $py: 'name', name: 'steps' }],
    ['attribute', 'args.save_steps', { $py: 'name', name: 'args.save_steps' }],
    ['call', 'f(1)', { $py: 'expr', source: 'f(1)' }],
    ['arithmetic with a name', '2 * n', { $py: 'expr', source: '2 * n' }],
    ['lambda', "lambda: 'x'", { $py: 'expr', source: "lambda: 'x'" }],
    ['conditional', '1 if a else 2', { $py: 'expr', source: '1 if a else 2' }],
    ['comparison', 'a < 2', { $py: 'expr', source: 'a < 2' }],
    ['comprehension', '[x for x in y]', { $py: 'expr', source: '[x for x in y]' }],
    ['subscript', "os.environ['K']", { $py: 'expr', source: "os.environ['K']" }],
  ])('%s: %s', (_label, text, expected) => {
    expect(value(text)).toEqual(expected);
  });

  test('a __proto__ key stays an ordinary dict key', () => {
    const dict = value("{'__proto__': 1}") as Record<string, PyValue>;
    expect(Object.keys(dict)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(dict)).toBe(Object.prototype);
  });
});

describe('Python syntax errors, with CPython 3.10+ wording and position', () => {
  test.each<[string, string, string, number, number]>([
    ['unterminated string', "'abc", 'unterminated string literal (detected at line 1)', 1, 1],
    [
      'unterminated triple-quoted string',
      "x\n'''abc\n",
      'unterminated triple-quoted string literal (detected at line 2)',
      2,
      1,
    ],
    ['unclosed bracket', '[1, 2', "'[' was never closed", 1, 1],
    ['unmatched bracket', '1)', "unmatched ')'", 1, 2],
    [
      'mismatched bracket',
      '(1]',
      "closing parenthesis ']' does not match opening parenthesis '('",
      1,
      3,
    ],
    [
      'leading zero',
      '01',
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
      1,
      1,
    ],
    ['invalid decimal literal', '1abc', 'invalid decimal literal', 1, 1],
    ['mixed bytes and str', "b'a' 'b'", 'cannot mix bytes and nonbytes literals', 1, 1],
    ['non-ASCII bytes', "b'é'", 'bytes can only contain ASCII literal characters', 1, 1],
    ['invalid character', '1 + ’', "invalid character '’' (U+2019)", 1, 5],
    ['missing comma', '[1 2]', 'invalid syntax. Perhaps you forgot a comma?', 1, 2],
    ['dict key without a value', '{1: 2, 3}', "':' expected after dictionary key", 1, 9],
    [
      'unparenthesised generator',
      'f(x for x in y, 1)',
      'Generator expression must be parenthesized',
      1,
      3,
    ],
    ['keyword True', 'f(True=1)', 'cannot assign to True', 1, 3],
    [
      'star after double star',
      'f(*a, **b, *c)',
      'iterable argument unpacking follows keyword argument unpacking',
      1,
      12,
    ],
    ['dangling operator', '1 +', 'invalid syntax', 1, 4],
  ])('%s', (_label, text, message, line, column) => {
    expect(parsePythonValue(text)).toEqual({
      ok: false,
      error: { kind: 'SyntaxError', message, line, column },
    });
  });
});

describe('the tokenizer', () => {
  test('ignores comments and newlines inside brackets, and follows backslash continuations', () => {
    const { tokens, comments } = tokenize('f(1,  # one\n  2)\nx = 1 + \\\n 2');
    expect(tokens.map((t) => t.text)).toEqual([
      'f',
      '(',
      '1',
      ',',
      '2',
      ')',
      '',
      'x',
      '=',
      '1',
      '+',
      '2',
      '',
      '',
    ]);
    expect(comments).toEqual([{ text: ' one', line: 1 }]);
    expect(tokens.find((t) => t.text === '2' && t.line === 4)?.column).toBe(2);
  });
});

describe("Python's float repr", () => {
  test.each<[number, string]>([
    [1, '1.0'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e+16'],
    [1.5e16, '1.5e+16'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [-Infinity, '-inf'],
    [NaN, 'nan'],
  ])('%s → %s', (number, repr) => {
    expect(pyFloatRepr(number)).toBe(repr);
  });
});

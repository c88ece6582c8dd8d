import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePythonValue, pyFloatRepr } from './evaluate';
import { isPythonKeyword } from './parse';
import { isTagged, NUMPY_SCALAR_TYPES, type PyValue } from './py-value';

/** Python source for a stored value, written independently of the parser under test. */
function toPython(value: PyValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : pyFloatRepr(value);
  if (typeof value === 'string') return strLiteral(value);
  if (Array.isArray(value)) return `[${value.map(toPython).join(', ')}]`;
  if (!isTagged(value)) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${strLiteral(key)}: ${toPython(item)}`)
      .join(', ')}}`;
  }
  switch (value.$py) {
    case 'int':
      return value.value;
    case 'float':
      return /^-?(inf|nan)$/.test(value.value) ? `float('${value.value}')` : value.value;
    case 'bytes':
      return `b'${value.hex.replace(/../g, '\\x$&')}'`;
    case 'bytearray':
      return `bytearray(b'${value.hex.replace(/../g, '\\x$&')}')`;
    case 'tuple':
      return value.items.length === 1
        ? `(${toPython(value.items[0] as PyValue)},)`
        : `(${value.items.map(toPython).join(', ')})`;
    case 'dict':
      return `{${value.entries.map(([k, v]) => `${toPython(k)}: ${toPython(v)}`).join(', ')}}`;
    case 'numpy':
      return `np.${value.type}(${toPython(value.value)})`;
    case 'name':
      return value.name;
    default:
      throw new Error(`not generated: ${JSON.stringify(value)}`);
  }
}

function strLiteral(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const char = text[i] as string;
    if (char === '\\' || char === "'") out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `'${out}'`;
}

const identifier = fc
  .stringMatching(/^[a-z_][a-z0-9_]{0,5}(\.[a-z_][a-z0-9_]{0,4})?$/)
  .filter((name) => name.split('.').every((part) => !isPythonKeyword(part)));
const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const dictKey = fc.string({ maxLength: 6 }).filter((k) => k !== '$py' && k !== '__proto__');

const { value: pyValue } = fc.letrec<{ value: PyValue }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'value' },
    fc.constant(null),
    fc.boolean(),
    fc.maxSafeInteger(),
    finiteDouble.filter((x) => !Number.isInteger(x)),
    fc.string({ maxLength: 8, unit: 'binary' }),
    fc
      .bigInt({ min: -(10n ** 40n), max: 10n ** 40n })
      .filter((n) => n > 2n ** 53n || n < -(2n ** 53n))
      .map((n): PyValue => ({ $py: 'int', value: n.toString() })),
    finiteDouble
      .filter((x) => Number.isInteger(x))
      .map((x): PyValue => ({ $py: 'float', value: pyFloatRepr(x) })),
    fc.constantFrom('inf', '-inf', 'nan').map((v): PyValue => ({ $py: 'float', value: v })),
    fc.uint8Array({ maxLength: 6 }).map((bytes): PyValue => ({
      $py: 'bytes',
      hex: Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''),
    })),
    fc.array(tie('value'), { maxLength: 3 }).map((items): PyValue => ({ $py: 'tuple', items })),
    fc
      .uniqueArray(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 3 })
      .chain((keys) =>
        fc.tuple(...keys.map((key) => fc.tuple(fc.constant<PyValue>(key), tie('value')))),
      )
      .map((entries): PyValue => ({ $py: 'dict', entries })),
    fc
      .record({
        type: fc.constantFrom(...NUMPY_SCALAR_TYPES.filter((t) => t !== 'bool_')),
        value: fc.nat(100),
      })
      .map((n): PyValue => ({ $py: 'numpy', ...n })),
    fc.boolean().map((value): PyValue => ({ $py: 'numpy', type: 'bool_', value })),
    identifier.map((name): PyValue => ({ $py: 'name', name })),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(dictKey, tie('value'), { maxKeys: 3 }),
  ),
}));

describe('reading Python values', () => {
  test('any stored value written as Python reads back to itself', () => {
    fc.assert(
      fc.property(pyValue, (value) => {
        const source = toPython(value);
        expect(parsePythonValue(source)).toEqual({ ok: true, value });
        // Layout does not matter inside brackets: the same value spread over lines, with a comment.
        expect(parsePythonValue(`(\n  ${source}  # note\n)`)).toEqual({ ok: true, value });
      }),
      { numRuns: 400 },
    );
  });
});

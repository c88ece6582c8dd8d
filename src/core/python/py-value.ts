/**
 * A Python value as the builder stores it, in plain JSON.
 *
 * Plain JSON already carries most Python values: `null` is None, booleans are bools, strings are
 * str, arrays are lists, objects are dicts with str keys, and a number is an `int` when it is an
 * integer and a `float` otherwise. What JSON cannot carry is tagged with a `$py` key (see
 * docs/adr/0002-state-format.md): an int beyond 2^53, a float that looks integral (`1.0`), bytes,
 * tuples, dicts with non-str keys, numpy scalars, names and expressions from pasted code.
 */
export type PyValue = null | boolean | number | string | PyValue[] | PyDict | PyTagged;

export interface PyDict {
  [key: string]: PyValue;
}

export type PyTagged =
  /** An int JSON cannot hold exactly; `value` is its decimal text, e.g. "-1000000000000000000000". */
  | { $py: 'int'; value: string }
  /** A float whose JSON number would read back as an int or not at all: "1.0", "inf", "nan", "-0.0". */
  | { $py: 'float'; value: string }
  /** A str that must not be read as anything else (e.g. `saved_network='net'`, a str, not a Cell). */
  | { $py: 'str'; value: string }
  | { $py: 'bytes'; hex: string }
  | { $py: 'bytearray'; hex: string }
  | { $py: 'tuple'; items: PyValue[] }
  /** A dict whose keys are not all str, in insertion order. */
  | { $py: 'dict'; entries: [PyValue, PyValue][] }
  /** A numpy scalar such as `np.int64(5)`: `type` is the numpy type name, `value` its number. */
  | { $py: 'numpy'; type: NumpyScalarType; value: number | boolean }
  /** A bare name or attribute from pasted code whose value the builder cannot know (`n`, `cfg.steps`). */
  | { $py: 'name'; name: string }
  /** Any other expression from pasted code (`2 * n`, `f()`, `lambda: 'x'`), kept as its source text. */
  | { $py: 'expr'; source: string };

export const NUMPY_SCALAR_TYPES = [
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'float16',
  'float32',
  'float64',
  'bool_',
] as const;
export type NumpyScalarType = (typeof NUMPY_SCALAR_TYPES)[number];

/** True for a tagged value: `isTagged({ $py: 'int', value: '1' })`. */
export function isTagged(value: PyValue): value is PyTagged {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '$py' in value;
}

/** True for a plain dict with str keys: `isPlainDict({ a: 1 })`. */
export function isPlainDict(value: PyValue): value is PyDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !('$py' in value);
}

/** Python's `type(value) is int` (not bool): `isPyInt(3)`, `isPyInt({ $py: 'int', value: '10' })`. */
export function isPyInt(value: PyValue): boolean {
  if (typeof value === 'number') return Number.isInteger(value);
  return isTagged(value) && value.$py === 'int';
}

/** The value as a bigint when it is a Python int, else undefined: `pyIntValue(5) === 5n`. */
export function pyIntValue(value: PyValue): bigint | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (isTagged(value) && value.$py === 'int') return BigInt(value.value);
  return undefined;
}

/** Python truthiness of a stored value, where the builder can know it; `undefined` for names/exprs. */
export function pyTruthy(value: PyValue): boolean | undefined {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (!isTagged(value)) return Object.keys(value).length > 0;
  switch (value.$py) {
    case 'int':
      return BigInt(value.value) !== 0n;
    case 'float':
      return !/^-?0(\.0*)?(e[+-]?\d+)?$/.test(value.value);
    case 'str':
      return value.value.length > 0;
    case 'bytes':
    case 'bytearray':
      return value.hex.length > 0;
    case 'tuple':
      return value.items.length > 0;
    case 'dict':
      return value.entries.length > 0;
    case 'numpy':
      return value.value !== 0 && value.value !== false;
    case 'name':
    case 'expr':
      return undefined;
  }
}

import { isTagged, type NumpyScalarType, type PyValue } from './py-value';

/*
 * Python's renderings of a stored value (spec §3.1), as MindSpore's messages embed them.
 *
 * numpy scalars render as numpy 1.x does (MindSpore's setup.py asks for numpy < 2 from 2.5 on, and
 * 2.2–2.4 predate numpy 2): `str` and `repr` are both the bare number (`5`, not `np.int64(5)`), and
 * `np.bool_` is named `bool_`.
 * Which characters a str repr escapes follows the JavaScript engine's Unicode tables, which may be
 * newer than the Python's (3.11 has Unicode 14): only code points assigned since then differ.
 * Names and expressions from pasted code (`$py: name/expr`) have no knowable value: every function
 * returns their source text, for "Unsupported" messages only.
 */

/** Python's `type(value).__name__`: `pyTypeName(1.5) === 'float'`, `pyTypeName(true) === 'bool'`. */
export function pyTypeName(value: PyValue): string {
  if (value === null) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  if (Array.isArray(value)) return 'list';
  if (!isTagged(value)) return 'dict';
  switch (value.$py) {
    case 'int':
    case 'float':
    case 'str':
    case 'bytes':
    case 'bytearray':
    case 'tuple':
    case 'dict':
      return value.$py;
    case 'numpy':
      return value.type;
    case 'name':
      return value.name;
    case 'expr':
      return value.source;
  }
}

/** Python's `str(type(value))`: `pyClassName('a') === "<class 'str'>"`, numpy `<class 'numpy.int64'>`. */
export function pyClassName(value: PyValue): string {
  const name = pyTypeName(value);
  if (isTagged(value)) {
    if (value.$py === 'numpy') return `<class 'numpy.${name}'>`;
    if (value.$py === 'name' || value.$py === 'expr') return `type(${name})`;
  }
  return `<class '${name}'>`;
}

/** Python's `str(value)`: `pyStr('abc') === 'abc'`, `pyStr(null) === 'None'`, `pyStr([1]) === '[1]'`. */
export function pyStr(value: PyValue): string {
  if (typeof value === 'string') return value;
  if (isTagged(value) && value.$py === 'str') return value.value;
  return pyRepr(value);
}

/** Python's `repr(value)`: `pyRepr('abc') === "'abc'"`, `pyRepr({ $py: 'tuple', items: [1] }) === '(1,)'`. */
export function pyRepr(value: PyValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    // A JSON number is an int when integral; BigInt keeps every digit of a large one.
    return Number.isInteger(value) ? BigInt(value).toString() : floatRepr(value);
  }
  if (typeof value === 'string') return strRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (!isTagged(value)) {
    const entries = Object.entries(value).map(([key, item]) => `${strRepr(key)}: ${pyRepr(item)}`);
    return `{${entries.join(', ')}}`;
  }
  switch (value.$py) {
    case 'int':
      return BigInt(value.value).toString();
    case 'float':
      return floatRepr(parseFloatText(value.value));
    case 'str':
      return strRepr(value.value);
    case 'bytes':
      return bytesRepr(hexBytes(value.hex));
    case 'bytearray':
      return `bytearray(${bytesRepr(hexBytes(value.hex), true)})`;
    case 'tuple':
      if (value.items.length === 1) return `(${pyRepr(value.items[0] ?? null)},)`;
      return `(${value.items.map(pyRepr).join(', ')})`;
    case 'dict':
      return `{${value.entries.map(([key, item]) => `${pyRepr(key)}: ${pyRepr(item)}`).join(', ')}}`;
    case 'numpy':
      return numpyStr(value.type, value.value);
    case 'name':
      return value.name;
    case 'expr':
      return value.source;
  }
}

/** The number a stored float's text stands for: "inf", "-inf", "nan" or decimal text. */
function parseFloatText(text: string): number {
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

/** Python's `repr(float)`: `pyFloatRepr(1) === '1.0'`, `pyFloatRepr(1e16) === '1e+16'`. */
export function pyFloatRepr(value: number): string {
  return floatRepr(value);
}

/**
 * Python's float repr: the shortest digits that read back to the same double, fixed notation when
 * the decimal exponent is in [-4, 16), scientific otherwise (`1e-05`, `1.5e+16`).
 */
function floatRepr(
  value: number,
  digitsOf: (x: number) => string = shortestDigits,
  scientific: (exponent: number, magnitude: number) => boolean = pythonScientific,
): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  const [mantissa = '', exponentText = '0'] = digitsOf(Math.abs(value)).split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  if (scientific(exponent, Math.abs(value))) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const magnitude = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${digits[0] ?? ''}${fraction}e${exponent < 0 ? '-' : '+'}${magnitude}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const intPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fracPart = digits.slice(exponent + 1);
  return `${sign}${intPart}.${fracPart === '' ? '0' : fracPart}`;
}

/** Python switches to scientific notation by the decimal exponent of the shortest digits. */
function pythonScientific(exponent: number): boolean {
  return exponent < -4 || exponent >= 16;
}

/** numpy's scalar str switches by magnitude: below 1e-4, or at/above the cutoff. */
function numpyScientific(cutoff: number): (exponent: number, magnitude: number) => boolean {
  return (_exponent, magnitude) => magnitude < 1e-4 || magnitude >= cutoff;
}

/** Shortest round-trip digits of a double as `d.ddde±x` (JS's toExponential() is exactly that). */
function shortestDigits(value: number): string {
  return value.toExponential();
}

/**
 * Shortest digits that read back to `value` under `round` (float32/float16 precision). Among the
 * candidates of that length the closest to the exact value wins, a tie going to the even digit,
 * as numpy's Dragon4 does (float32 2125214.25 prints 2125214.2).
 */
function shortestDigitsUnder(round: (x: number) => number): (x: number) => string {
  return (value) => {
    for (let precision = 1; precision < 17; precision += 1) {
      const [mantissa = '', exponentText = '0'] = value.toExponential(precision - 1).split('e');
      const digits = BigInt(mantissa.replace('.', ''));
      const scale = Number(exponentText) - (precision - 1);
      let best: { digits: bigint; distance: bigint } | undefined;
      for (const candidate of [digits - 1n, digits, digits + 1n]) {
        if (candidate <= 0n || round(Number(`${candidate}e${scale}`)) !== value) continue;
        const distance = exactDistance(value, candidate, scale);
        const closer =
          best === undefined ||
          distance < best.distance ||
          (distance === best.distance && candidate % 2n === 0n);
        if (closer) best = { digits: candidate, distance };
      }
      if (best !== undefined) return scientificText(best.digits, scale);
    }
    return value.toExponential();
  };
}

/** `digits × 10^scale` as `d.ddde±x`, the layout toExponential() uses. */
function scientificText(digits: bigint, scale: number): string {
  const text = digits.toString();
  const exponent = scale + text.length - 1;
  const fraction = text.length > 1 ? `.${text.slice(1)}` : '';
  return `${text[0] ?? ''}${fraction}e${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
}

/** |value − digits × 10^scale|, exactly, scaled by a common positive denominator. */
function exactDistance(value: number, digits: bigint, scale: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const power2 = (biased === 0 ? 1 : biased) - 1075;
  const twos = power2 < 0 ? -power2 : 0;
  const tens = scale < 0 ? -scale : 0;
  const exact = mantissa * 2n ** BigInt(Math.max(power2, 0)) * 10n ** BigInt(tens);
  const decimal = digits * 10n ** BigInt(Math.max(scale, 0)) * 2n ** BigInt(twos);
  return exact > decimal ? exact - decimal : decimal - exact;
}

/** Rounds a double to the nearest IEEE half-precision value (ties to even). */
function float16Round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.abs(value);
  if (magnitude >= 65520) return value > 0 ? Infinity : -Infinity;
  let quantum = 2 ** -24;
  if (magnitude >= 2 ** -14) {
    let exponent = Math.floor(Math.log2(magnitude));
    if (2 ** exponent > magnitude) exponent -= 1;
    if (2 ** (exponent + 1) <= magnitude) exponent += 1;
    quantum = 2 ** (exponent - 10);
  }
  const scaled = magnitude / quantum;
  let units = Math.round(scaled);
  if (units - scaled === 0.5 && units % 2 === 1) units -= 1;
  return Math.sign(value) * units * quantum;
}

/** numpy 1.x scalar str (= repr): ints in decimal, floats shortest at their precision, bool_. */
function numpyStr(type: NumpyScalarType, value: number | boolean): string {
  if (type === 'bool_')
    return value === true || (typeof value === 'number' && value !== 0) ? 'True' : 'False';
  const number = typeof value === 'boolean' ? Number(value) : value;
  // numpy 1.x prints every float scalar positionally in [1e-4, 1e16), judged on the value as a
  // double, with the shortest digits of its own precision (numpy 2 lowered the cutoff for
  // float16/float32; MindSpore 2.5+ requires numpy < 2).
  const scientific = numpyScientific(1e16);
  if (type === 'float64') return floatRepr(number, shortestDigits, scientific);
  if (type === 'float32') {
    return floatRepr(Math.fround(number), shortestDigitsUnder(Math.fround), scientific);
  }
  if (type === 'float16') {
    return floatRepr(float16Round(number), shortestDigitsUnder(float16Round), scientific);
  }
  return Number.isInteger(number) ? BigInt(number).toString() : String(Math.trunc(number));
}

/** Code points Python's str.isprintable() rejects: control, format, surrogate, private, unassigned, separators. */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's str repr: single quotes unless the text has ' and no ", escapes as Python writes them. */
function strRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === quote || char === '\\') body += `\\${char}`;
    else if (char === '\n') body += '\\n';
    else if (char === '\r') body += '\\r';
    else if (char === '\t') body += '\\t';
    else if (char === ' ' || !NON_PRINTABLE.test(char)) body += char;
    else if (code < 0x100) body += `\\x${hex(code, 2)}`;
    else if (code < 0x10000) body += `\\u${hex(code, 4)}`;
    else body += `\\U${hex(code, 8)}`;
  }
  return `${quote}${body}${quote}`;
}

/**
 * Python's bytes repr: b'…', printable ASCII as is, \t \n \r, every other byte \xNN. Inside
 * bytearray's repr CPython escapes ' even between double quotes: `bytearray(b"it\'s")`.
 */
function bytesRepr(bytes: number[], alwaysEscapeSingle = false): string {
  const hasSingle = bytes.includes(0x27);
  const quote = hasSingle && !bytes.includes(0x22) ? '"' : "'";
  let body = '';
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    if (char === quote || char === '\\' || (alwaysEscapeSingle && byte === 0x27)) {
      body += `\\${char}`;
    } else if (byte === 0x0a) body += '\\n';
    else if (byte === 0x0d) body += '\\r';
    else if (byte === 0x09) body += '\\t';
    else if (byte >= 0x20 && byte < 0x7f) body += char;
    else body += `\\x${hex(byte, 2)}`;
  }
  return `b${quote}${body}${quote}`;
}

function hexBytes(text: string): number[] {
  const bytes: number[] = [];
  for (let index = 0; index + 1 < text.length; index += 2) {
    bytes.push(parseInt(text.slice(index, index + 2), 16));
  }
  return bytes;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

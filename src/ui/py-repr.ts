import type { EncKeyRef, PyValue } from '../core/index';
import { isEncKeyRef } from '../core/index';

/**
 * A stored value as Python's `repr` writes it, for display: `pyRepr(null) === 'None'`,
 * `pyRepr(['a', 1.5]) === "['a', 1.5]"`. An enc_key reference is described, never shown as bytes.
 */
export function pyRepr(value: PyValue | EncKeyRef | undefined): string {
  if (value === undefined) return '';
  if (isEncKeyRef(value))
    return `<${value.type} of ${value.length} bytes from ${value.source} ${value.name}>`;
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return floatOrIntRepr(value);
  if (typeof value === 'string') return strRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (!('$py' in value)) {
    const entries = Object.entries(value).map(([k, v]) => `${strRepr(k)}: ${pyRepr(v)}`);
    return `{${entries.join(', ')}}`;
  }
  const tagged = value as Exclude<PyValue, null | boolean | number | string | PyValue[]> & {
    $py: string;
  };
  switch (tagged.$py) {
    case 'int':
    case 'float':
      return (tagged as { value: string }).value;
    case 'str':
      return strRepr((tagged as { value: string }).value);
    case 'bytes':
      // Bytes may be key material: only their length is shown.
      return `<bytes of length ${(tagged as { hex: string }).hex.length / 2}>`;
    case 'bytearray':
      return `<bytearray of length ${(tagged as { hex: string }).hex.length / 2}>`;
    case 'tuple': {
      const items = (tagged as { items: PyValue[] }).items.map(pyRepr);
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'dict':
      return `{${(tagged as { entries: [PyValue, PyValue][] }).entries
        .map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`)
        .join(', ')}}`;
    case 'numpy': {
      const numpy = tagged as { type: string; value: number | boolean };
      return `np.${numpy.type}(${pyRepr(numpy.value)})`;
    }
    case 'name':
      return (tagged as { name: string }).name;
    case 'expr':
      return (tagged as { source: string }).source;
    default:
      return JSON.stringify(value);
  }
}

function floatOrIntRepr(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude < 1e-4 || magnitude >= 1e16) {
    const [mantissa, exponent = '0'] = value.toExponential().split('e');
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return String(value);
}

function strRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = [...text]
    .map((char) => {
      if (char === '\\') return '\\\\';
      if (char === quote) return `\\${quote}`;
      if (char === '\n') return '\\n';
      if (char === '\t') return '\\t';
      if (char === '\r') return '\\r';
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
      return char;
    })
    .join('');
  return `${quote}${escaped}${quote}`;
}

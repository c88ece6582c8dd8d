import {
  isTagged,
  NUMPY_SCALAR_TYPES,
  type NumpyScalarType,
  type PyDict,
  type PyValue,
} from './py-value';
import { ExpressionParser, type Expr } from './parse';
import { pyFloatRepr } from './repr';
import { PySyntaxError, tokenize } from './tokenize';

/**
 * Turns a parsed expression into the value Python would compute, where the builder can know it
 * without running anything: literals, containers, constant int arithmetic, numpy scalars,
 * `float('inf')`, `bytes.fromhex('…')`. A bare name or attribute becomes `{ $py: 'name' }`, and
 * anything else `{ $py: 'expr', source }`, so that MindSpore's verdict on it is "Unsupported".
 */

/** The largest |int| a JSON number holds exactly (2^53 − 1); beyond it ints are tagged. */
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Folding stops beyond this many bits: `2**10**10` stays an expression, not a hang. */
const MAX_FOLDED_BITS = 100_000;

/** An int as the builder stores it: `pyInt(5n) === 5`, beyond 2^53 a `{ $py: 'int' }`. */
export function pyInt(value: bigint): PyValue {
  if (value <= SAFE && value >= -SAFE) return Number(value);
  return { $py: 'int', value: value.toString() };
}

/** A float as the builder stores it: `pyFloat(1.5) === 1.5`, `pyFloat(1)` → `{ $py: 'float', value: '1.0' }`. */
export function pyFloat(value: number): PyValue {
  if (Number.isFinite(value) && !Number.isInteger(value)) return value;
  return { $py: 'float', value: pyFloatRepr(value) };
}

/** Bytes from a decoded literal (one character per byte): `bytesValue('a')` → `{ $py: 'bytes', hex: '61' }`. */
export function bytesValue(text: string, type: 'bytes' | 'bytearray' = 'bytes'): PyValue {
  let hex = '';
  for (const char of text) hex += (char.charCodeAt(0) & 0xff).toString(16).padStart(2, '0');
  return { $py: type, hex };
}

/** `bytes.fromhex`'s parsing: pairs of hex digits, whitespace between pairs; undefined if invalid. */
export function fromHex(text: string): string | undefined {
  const compact = text.replace(/[\s]+/g, ' ').trim();
  if (!/^(?:[0-9a-fA-F]{2}(?: ?))*$/.test(compact)) return undefined;
  const digits = compact.replace(/ /g, '');
  if (digits.length % 2 !== 0) return undefined;
  return digits.toLowerCase();
}

/** The number of bytes of `text` in UTF-8: `utf8Length('é') === 2`. */
export function utf8Length(text: string): number {
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return length;
}

/** The dotted name of a name or attribute chain: `a.b.c`, else undefined. */
export function dottedName(expr: Expr): string | undefined {
  if (expr.kind === 'name') return expr.name;
  if (expr.kind === 'attribute') {
    const base = dottedName(expr.object);
    return base === undefined ? undefined : `${base}.${expr.attr}`;
  }
  return undefined;
}

/** An int literal (after folding), as a bigint; bools count as ints like in Python arithmetic. */
function foldInt(expr: Expr): bigint | undefined {
  switch (expr.kind) {
    case 'int':
      return expr.value;
    case 'unary': {
      const operand =
        expr.operand.kind === 'const' && typeof expr.operand.value === 'boolean'
          ? BigInt(expr.operand.value ? 1 : 0)
          : foldInt(expr.operand);
      if (operand === undefined) return undefined;
      if (expr.op === '-') return -operand;
      if (expr.op === '+') return operand;
      return -operand - 1n;
    }
    case 'binary': {
      const left = foldInt(expr.left);
      const right = foldInt(expr.right);
      if (left === undefined || right === undefined) return undefined;
      switch (expr.op) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          if (bitLength(left) + bitLength(right) > MAX_FOLDED_BITS) return undefined;
          return left * right;
        case '**':
          if (right < 0n) return undefined;
          if (left === 0n || left === 1n || left === -1n) return right === 0n ? 1n : left ** right;
          if (BigInt(bitLength(left)) * right > BigInt(MAX_FOLDED_BITS)) return undefined;
          return left ** right;
        case '//':
        case '%': {
          if (right === 0n) return undefined;
          // Python floors; BigInt division truncates toward zero.
          let quotient = left / right;
          if (quotient * right !== left && left < 0n !== right < 0n) quotient -= 1n;
          return expr.op === '//' ? quotient : left - quotient * right;
        }
        default:
          return undefined;
      }
    }
    default:
      return undefined;
  }
}

function bitLength(value: bigint): number {
  return (value < 0n ? -value : value).toString(2).length;
}

function foldFloat(expr: Expr): number | undefined {
  if (expr.kind === 'float') return expr.value;
  if (expr.kind === 'unary' && (expr.op === '-' || expr.op === '+')) {
    const operand = foldFloat(expr.operand);
    if (operand === undefined) return undefined;
    return expr.op === '-' ? -operand : operand;
  }
  return undefined;
}

const NUMPY_MODULES = new Set(['np', 'numpy']);
const FLOAT_TEXT =
  /^\s*[+-]?(?:inf(?:inity)?|nan|(?:\d(?:_?\d)*)?\.?(?:\d(?:_?\d)*)?(?:e[+-]?\d(?:_?\d)*)?)\s*$/i;

/** What Python would pass for `expr`, as the builder stores it (see the module comment). */
export function evaluate(expr: Expr, source: string): PyValue {
  const text = (): PyValue => ({ $py: 'expr', source: source.slice(expr.start, expr.end) });
  switch (expr.kind) {
    case 'int':
      return pyInt(expr.value);
    case 'float':
      return pyFloat(expr.value);
    case 'str':
      if (expr.formatted) return text();
      return expr.bytes ? bytesValue(expr.value) : expr.value;
    case 'const':
      return expr.value;
    case 'name':
    case 'attribute': {
      const name = dottedName(expr);
      return name === undefined ? text() : { $py: 'name', name };
    }
    case 'unary':
    case 'binary': {
      const int = foldInt(expr);
      if (int !== undefined) return pyInt(int);
      const float = foldFloat(expr);
      if (float !== undefined) return pyFloat(float);
      return text();
    }
    case 'list':
    case 'tuple': {
      if (expr.items.some((item) => item.kind === 'starred')) return text();
      const items = expr.items.map((item) => evaluate(item, source));
      return expr.kind === 'list' ? items : { $py: 'tuple', items };
    }
    case 'dict': {
      if (expr.unpacks) return text();
      const entries = expr.entries.map(
        ([key, value]) => [evaluate(key, source), evaluate(value, source)] as [PyValue, PyValue],
      );
      const plain = entries.every(([key]) => typeof key === 'string' && key !== '$py');
      if (!plain) return { $py: 'dict', entries: dedupeEntries(entries) };
      const dict: PyDict = {};
      for (const [key, value] of entries) {
        // defineProperty: a "__proto__" key must stay an ordinary key.
        Object.defineProperty(dict, key as string, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return dict;
    }
    case 'call':
      return evaluateCall(expr, source) ?? text();
    default:
      return text();
  }
}

function dedupeEntries(entries: [PyValue, PyValue][]): [PyValue, PyValue][] {
  // Python keeps the first key's position and the last value; equal keys are compared by text,
  // which is exact for the literals that reach here (1 and 1.0 and True collide in Python too).
  const result: [PyValue, PyValue][] = [];
  const index = new Map<string, number>();
  for (const [key, value] of entries) {
    const id = hashKey(key);
    const at = index.get(id);
    if (at === undefined) {
      index.set(id, result.length);
      result.push([key, value]);
    } else {
      (result[at] as [PyValue, PyValue])[1] = value;
    }
  }
  return result;
}

function hashKey(key: PyValue): string {
  if (typeof key === 'boolean') return `n:${key ? 1 : 0}`;
  if (typeof key === 'number') return `n:${key}`;
  if (isTagged(key)) {
    if (key.$py === 'float' && /^-?\d+\.0$/.test(key.value)) return `n:${parseFloat(key.value)}`;
    if (key.$py === 'int') return `n:${key.value}`;
  }
  return JSON.stringify(key);
}

function evaluateCall(expr: Extract<Expr, { kind: 'call' }>, source: string): PyValue | undefined {
  const callee = dottedName(expr.func);
  if (callee === undefined) return undefined;
  if (expr.args.some((argument) => argument.kind !== 'positional')) return undefined;
  const args = expr.args.map((argument) => argument.value);
  const [first] = args;

  const [module, type] = callee.split('.');
  if (
    module !== undefined &&
    NUMPY_MODULES.has(module) &&
    type !== undefined &&
    callee.split('.').length === 2 &&
    args.length === 1 &&
    first !== undefined
  ) {
    if (!(NUMPY_SCALAR_TYPES as readonly string[]).includes(type)) return undefined;
    return numpyScalar(type as NumpyScalarType, evaluate(first, source));
  }

  if (callee === 'float' && args.length === 1 && first !== undefined) {
    const value = evaluate(first, source);
    if (typeof value === 'string') {
      if (!FLOAT_TEXT.test(value) || /^\s*[+-]?\.?(e|$)/i.test(value)) return undefined;
      const trimmed = value.trim().replace(/_/g, '').toLowerCase();
      const number = /inf/.test(trimmed)
        ? trimmed.startsWith('-')
          ? -Infinity
          : Infinity
        : /nan/.test(trimmed)
          ? NaN
          : Number(trimmed);
      return pyFloat(number);
    }
    if (typeof value === 'number') return pyFloat(value);
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && '$py' in value) {
      if (value.$py === 'int') return pyFloat(Number(value.value));
      if (value.$py === 'float') return value;
    }
    return undefined;
  }

  if ((callee === 'bytes.fromhex' || callee === 'bytearray.fromhex') && first !== undefined) {
    if (args.length !== 1) return undefined;
    const value = evaluate(first, source);
    if (typeof value !== 'string') return undefined;
    const hex = fromHex(value);
    if (hex === undefined) return undefined;
    return { $py: callee === 'bytes.fromhex' ? 'bytes' : 'bytearray', hex };
  }

  if ((callee === 'bytes' || callee === 'bytearray') && args.length <= 1) {
    if (first === undefined) return { $py: callee, hex: '' };
    const value = evaluate(first, source);
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && '$py' in value) {
      if (value.$py === 'bytes' || value.$py === 'bytearray')
        return { $py: callee, hex: value.hex };
    }
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4096) {
      return { $py: callee, hex: '00'.repeat(value) };
    }
    // bytes([1, 2, 3]): a list of ints 0–255.
    if (
      Array.isArray(value) &&
      value.every(
        (item) => typeof item === 'number' && Number.isInteger(item) && item >= 0 && item <= 255,
      )
    ) {
      return {
        $py: callee,
        hex: value.map((item) => (item as number).toString(16).padStart(2, '0')).join(''),
      };
    }
    return undefined;
  }
  return undefined;
}

function numpyScalar(type: NumpyScalarType, value: PyValue): PyValue | undefined {
  let number: number | boolean | undefined;
  if (typeof value === 'number' || typeof value === 'boolean') number = value;
  else if (typeof value === 'object' && value !== null && !Array.isArray(value) && '$py' in value) {
    if (value.$py === 'float') number = Number(value.value === 'inf' ? Infinity : value.value);
  }
  if (number === undefined) return undefined;
  if (type === 'bool_') return { $py: 'numpy', type, value: number !== 0 && number !== false };
  const numeric = typeof number === 'boolean' ? Number(number) : number;
  if (!Number.isFinite(numeric)) return undefined;
  if (type.startsWith('float')) return { $py: 'numpy', type, value: numeric };
  // numpy truncates a float toward zero when building an int scalar.
  const int = Math.trunc(numeric);
  if (!Number.isSafeInteger(int)) return undefined;
  if (type.startsWith('uint') && int < 0) return undefined;
  return { $py: 'numpy', type, value: int };
}

/** A Python expression read as a stored value, or why it cannot be read. */
export type PythonValueResult =
  | { ok: true; value: PyValue }
  | {
      ok: false;
      error: {
        kind: 'SyntaxError' | 'Unsupported';
        message: string;
        line: number;
        column: number;
      };
    };

/**
 * Reads one Python expression (as a user types it in a field) into a stored value; never throws.
 * `parsePythonValue('1.0')` → `{ ok: true, value: { $py: 'float', value: '1.0' } }`.
 */
export function parsePythonValue(text: string): PythonValueResult {
  try {
    const { tokens } = tokenize(text);
    const parser = new ExpressionParser(tokens, text);
    while (parser.peek().type === 'newline') parser.position += 1;
    const expr = parser.parseExpressionList();
    while (parser.peek().type === 'newline') parser.position += 1;
    const rest = parser.peek();
    if (rest.type !== 'end') parser.fail(rest);
    const [deferred] = parser.deferred;
    if (deferred !== undefined) throw deferred;
    return { ok: true, value: evaluate(expr, text) };
  } catch (error) {
    if (error instanceof PySyntaxError) {
      return {
        ok: false,
        error: {
          kind: error.kind,
          message: error.message,
          line: error.line,
          column: error.column,
        },
      };
    }
    throw error;
  }
}

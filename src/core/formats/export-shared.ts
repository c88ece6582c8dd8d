import {
  holdsKeyMaterial,
  samePyValue,
  type BuilderState,
  type ConfigArguments,
} from '../config/state';
import type { EncKeyRef } from '../config/enc-key';
import type { PyValue } from '../python/py-value';
import { argumentSpec, argumentsFor, isArgumentOf, type MindSporeVersion } from '../versions';

/** One CheckpointConfig keyword to write, with whether the selected version reads it. */
export interface ExportedArgument {
  name: string;
  value: PyValue | EncKeyRef;
  /** False for an unknown keyword or one the version lacks (swallowed by **kwargs). */
  known: boolean;
}

/**
 * The keywords an exporter writes, in the version's argument order then the others as given:
 * with `onlyNonDefault`, only those that differ from MindSpore's defaults (unknown keywords always).
 */
export function exportedArguments(
  state: BuilderState,
  onlyNonDefault: boolean,
): ExportedArgument[] {
  const version = state.mindspore_version;
  const config: ConfigArguments = state.config;
  const result: ExportedArgument[] = [];
  for (const spec of argumentsFor(version)) {
    if (!Object.hasOwn(config, spec.name)) continue;
    const value = config[spec.name] as PyValue | EncKeyRef;
    // Key material is never exported (ADR 0003); withheldKeyMaterial() lets exporters say so.
    if (spec.kind === 'enc-key' && holdsKeyMaterial(value)) continue;
    if (onlyNonDefault && samePyValue(value, spec.default)) continue;
    result.push({ name: spec.name, value, known: true });
  }
  for (const [name, value] of Object.entries(config)) {
    if (isArgumentOf(version, name)) continue;
    result.push({ name, value, known: false });
  }
  return result;
}

/** True when the state's enc_key holds key material, which no export ever writes (ADR 0003). */
export function withheldKeyMaterial(state: BuilderState): boolean {
  return holdsKeyMaterial(state.config.enc_key);
}

/** Why a keyword is not read by `version`: "not an argument of MindSpore 2.2" or "unknown". */
export function ignoredReason(name: string, version: MindSporeVersion): string {
  const spec = argumentSpec(name);
  if (spec === undefined) return `not a CheckpointConfig argument: swallowed by **kwargs`;
  return `not read by MindSpore ${version} (since ${spec.since}): swallowed by **kwargs`;
}

/**
 * Python's `repr` of a finite float: the shortest digits that read back, scientific when the
 * decimal exponent is < -4 or >= 16 (`1e-05`, `1.5e+16`), otherwise fixed with a fraction (`1.0`).
 * `pythonFloatRepr(0.1) === '0.1'`.
 */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponentText = '0'] = x.toExponential().split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const expSign = exponent < 0 ? '-' : '+';
    const expDigits = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${digits[0] ?? ''}${fraction}e${expSign}${expDigits}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction === '' ? '0' : fraction}`;
}

/**
 * Text safe inside a one-line `#` comment of Python or YAML: line breaks, control and other
 * unprintable characters are written as escapes. `commentSafe('a\nb') === 'a\\nb'`.
 */
export function commentSafe(text: string): string {
  return text.replace(/[\p{C}\p{Zl}\p{Zp}\ufeff]/gu, (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return code < 0x10000
      ? `\\u${code.toString(16).padStart(4, '0')}`
      : `\\U${code.toString(16).padStart(8, '0')}`;
  });
}

/** A Python identifier that is not a keyword: may be written as `name=value`. */
export function isPythonKeywordName(name: string): boolean {
  return (
    /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name) &&
    !PYTHON_KEYWORDS.has(name)
  );
}

const PYTHON_KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

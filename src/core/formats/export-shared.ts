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

import type { z } from '../zod';
import type { partialBuilderStateSchema } from './state-schema';
import { isTagged, type PyValue } from '../python/py-value';
import { argumentsFor, DEFAULT_VERSION, isArgumentOf, type MindSporeVersion } from '../versions';
import { isEncKeyRef, REDACTED_KEY_EXPRESSION, type EncKeyRef } from './enc-key';
import { DEFAULT_RUN, type RunModel } from './run-model';

/**
 * CheckpointConfig's keyword arguments exactly as given (never normalised), by MindSpore's names.
 * Arguments the version does not read, and unknown keywords, are kept too: MindSpore swallows them
 * in **kwargs, and the warnings say so. `enc_key` is a key reference, never key material.
 */
export type ConfigArguments = Record<string, PyValue | EncKeyRef>;

export interface CallbackArguments {
  /** ModelCheckpoint's prefix, normally a str. */
  prefix: PyValue;
  /** ModelCheckpoint's directory: a str, or null for None (the working directory). */
  directory: PyValue;
}

export interface BuilderState {
  mindspore_version: MindSporeVersion;
  config: ConfigArguments;
  callback: CallbackArguments;
  run: RunModel;
}

/** Any subset of a state; what a partial JSON state or a share link may carry (its schema's type). */
export type PartialBuilderState = z.infer<typeof partialBuilderStateSchema>;

export const DEFAULT_CALLBACK: Readonly<CallbackArguments> = Object.freeze({
  prefix: 'CKP',
  directory: null,
});

/** MindSpore's defaults for every argument `version` reads: `defaultConfig('2.2').keep_checkpoint_max === 5`. */
export function defaultConfig(version: MindSporeVersion): ConfigArguments {
  const config: ConfigArguments = {};
  for (const argument of argumentsFor(version)) config[argument.name] = argument.default;
  return config;
}

/**
 * A complete state with MindSpore's defaults and a typical run:
 * `defaultState().config.save_checkpoint_steps === 1`.
 */
export function defaultState(version: MindSporeVersion = DEFAULT_VERSION): BuilderState {
  return {
    mindspore_version: version,
    config: defaultConfig(version),
    callback: { ...DEFAULT_CALLBACK },
    run: { ...DEFAULT_RUN },
  };
}

/**
 * Fills what a partial state leaves out with the defaults of its version (or `fallbackVersion`).
 * `completeState({ config: { keep_checkpoint_max: 2 } }).config.save_checkpoint_steps === 1`.
 */
export function completeState(
  partial: PartialBuilderState,
  fallbackVersion: MindSporeVersion = DEFAULT_VERSION,
): BuilderState {
  const version = partial.mindspore_version ?? fallbackVersion;
  const base = defaultState(version);
  const run = { ...base.run };
  for (const [key, value] of Object.entries(partial.run ?? {})) {
    if (value !== undefined) (run as Record<string, unknown>)[key] = value;
  }
  return {
    mindspore_version: version,
    config: { ...base.config, ...(partial.config ?? {}) },
    callback: {
      prefix:
        partial.callback?.prefix !== undefined ? partial.callback.prefix : base.callback.prefix,
      directory:
        partial.callback?.directory !== undefined
          ? partial.callback.directory
          : base.callback.directory,
    },
    run,
  };
}

/**
 * The state a public function reads (core-api.md: a partial state "is completed with defaults
 * wherever a state is read"): a complete state as it is (the page passes one on every keystroke,
 * and callers may cache by identity), any other completed by `completeState`.
 */
export function readState(state: StateToRead): BuilderState {
  return isComplete(state) ? state : completeState(state);
}

/**
 * Like `readState`, but `config` stays as given when there is one: an argument left out stays
 * left out. For the share link, which carries a state exactly ("published links open the same
 * state forever"); to MindSpore an argument not passed is its default either way.
 */
export function readStateKeepingConfig(state: StateToRead): BuilderState {
  const complete = readState(state);
  return complete === state || state.config === undefined
    ? complete
    : { ...complete, config: state.config };
}

/** What the core's public functions take: a state, complete or partial. */
export type StateToRead = PartialBuilderState | BuilderState;

function isComplete(state: StateToRead): state is BuilderState {
  const { mindspore_version: version, config, callback, run } = state;
  if (version === undefined || config === undefined || callback === undefined || run === undefined)
    return false;
  if (callback.prefix === undefined || callback.directory === undefined) return false;
  for (const key of Object.keys(DEFAULT_RUN) as (keyof RunModel)[])
    if (run[key] === undefined) return false;
  return argumentsFor(version).every((argument) => config[argument.name] !== undefined);
}

/**
 * The state as the user meant it on another version: values that differ from MindSpore's defaults
 * are kept (an argument the new version lacks then shows up as ignored), defaults of arguments the
 * new version lacks are dropped, and new arguments get their defaults.
 */
export function changeVersion(state: BuilderState, version: MindSporeVersion): BuilderState {
  const config = defaultConfig(version);
  for (const [name, value] of Object.entries(state.config)) {
    const isDefaultOfMissing =
      !isArgumentOf(version, name) && samePyValue(value, defaultOf(name, state));
    if (!isDefaultOfMissing) config[name] = value;
  }
  return { ...state, mindspore_version: version, config };
}

function defaultOf(name: string, state: BuilderState): PyValue | EncKeyRef | undefined {
  return defaultConfig(state.mindspore_version)[name];
}

/** Structural equality of two stored values: `samePyValue([1, 'a'], [1, 'a'])`. */
export function samePyValue(
  a: PyValue | EncKeyRef | undefined,
  b: PyValue | EncKeyRef | undefined,
): boolean {
  // Most comparisons are of plain scalars (every field's "changed" mark, on every render).
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    // Python dicts keep insertion order, so plain dicts compare in order; tagged values and key
    // references are compared by field.
    const ordered =
      '$py' in value || isEncKeyRef(value)
        ? entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        : entries;
    return ordered.map(([key, item]) => [key, canonical(item)]);
  }
  return value;
}

/**
 * True for an enc_key value that is or may hold key material, which no state, link or export
 * keeps (ADR 3): text of any kind (str, bytes, bytearray), alone or anywhere inside a list, tuple
 * or dict, or the source of an expression. A key reference, None, numbers, bools, a variable's
 * name and the redacted expression hold none.
 */
export function holdsKeyMaterial(value: PyValue | EncKeyRef | undefined): boolean {
  if (value === undefined || value === null || isEncKeyRef(value)) return false;
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.some(holdsKeyMaterial);
  if (typeof value !== 'object') return false;
  // A dict with str keys: its keys are text.
  if (!isTagged(value)) return Object.keys(value).length > 0;
  switch (value.$py) {
    case 'bytes':
    case 'bytearray':
    case 'str':
      return true;
    case 'tuple':
      return value.items.some(holdsKeyMaterial);
    case 'dict':
      return value.entries.some(([key, item]) => holdsKeyMaterial(key) || holdsKeyMaterial(item));
    case 'expr':
      return value.source !== REDACTED_KEY_EXPRESSION;
    default:
      return false;
  }
}

import type { z } from '../zod';
import { runModelSchema } from '../config/run-model-schema';
import type { RunModel } from '../config/run-model';
import { defaultState, type BuilderState, type CallbackArguments } from '../config/state';
import { builderStateSchema, configValueSchema } from '../config/state-schema';
import { pyValueSchema } from '../python/py-value-schema';
import type { PyValue } from '../python/py-value';
import { isMindSporeVersion, MINDSPORE_VERSIONS } from '../versions';
import { KEY_DROPPED_ID, LINK_FIELDS, REMOVED_CONFIG_ID } from './link-fields';
import {
  baselineState,
  COMPRESSED_MARK,
  LINK_BASELINE_V1,
  linkMayCarryEncKey,
  PARAMETER,
  SHARE_FORMAT_VERSION,
  type ShareNotice,
} from './share-state';
import { decompressFromUrl } from './url-compression';
import { fromUrlText } from './url-text';

/**
 * Reading share links (share-state.ts writes them; docs/adr/0004-share-links.md). Apart from the
 * writer because it checks every value with the state's schemas: the page loads this, and the
 * schema library, only when there is a link to read (ADR 13).
 */

/** Longer texts are not read at all: a guard against hostile input (real links: ADR 4, Size). */
const MAX_TEXT_LENGTH = 100_000;
/** A decompressed body may not exceed this many characters (a crafted body could blow up). */
const MAX_JSON_LENGTH = 200_000;
/** Values nested deeper than this are refused (deeper recursion could exhaust the stack). */
const MAX_DEPTH = 64;

/** One thing a link says, whatever its format version: what migrations map. */
type LinkEntry =
  | { kind: 'set'; field: string; value: unknown }
  /** the config argument is absent from the state (e.g. deleted keyword) */
  | { kind: 'remove'; field: string }
  /** the author's enc_key held key material, which the encoder left out */
  | { kind: 'key-dropped' };

interface LinkFormat {
  version: number;
  /** The entries of a body; throws when the body cannot be read at all. */
  read(body: string, notices: ShareNotice[]): LinkEntry[];
}

/** Turns the entries of format `from` into those of format `from + 1`. */
interface Migration {
  from: number;
  migrate(entries: LinkEntry[]): LinkEntry[];
}

const FORMATS: readonly LinkFormat[] = [{ version: 1, read: readBodyV1 }];

/**
 * Oldest first. A v2 adds `{ from: 1, migrate }` here, e.g. adding `set` entries for the fields
 * whose v2 baseline differs from LINK_BASELINE_V1, and keeps its v1 fixtures passing.
 */
const MIGRATIONS: readonly Migration[] = [];

/**
 * Reads a share link's state back; never throws, whatever the text. Accepts the fragment
 * (`#s=1.3,2`), a query (`?s=1.3,2`) or a whole URL:
 * `decodeShareState('#s=1.3,2').state.config.keep_checkpoint_max === 2`.
 */
export function decodeShareState(text: string): { state: BuilderState; notices: ShareNotice[] } {
  const notices: ShareNotice[] = [];
  try {
    const entries = readLink(text, notices);
    if (entries === undefined) return { state: defaultState(), notices };
    const state = buildState(entries, notices);
    if (builderStateSchema.safeParse(state).success) return { state, notices };
    notices.push(unreadable('The link describes no state the builder can hold.'));
  } catch {
    notices.push(unreadable('The link is damaged or cut short and cannot be read.'));
  }
  return { state: defaultState(), notices };
}

// ---------------------------------------------------------------------------------------------
// Decoding

function unreadable(message: string): ShareNotice {
  return { field: 'link', reason: 'unreadable', message };
}

/** The link's entries in the current format, or undefined when there is no state to read. */
function readLink(text: unknown, notices: ShareNotice[]): LinkEntry[] | undefined {
  if (typeof text !== 'string') {
    notices.push(unreadable('The link is not text.'));
    return undefined;
  }
  if (text.length > MAX_TEXT_LENGTH) {
    notices.push(unreadable(`The link is longer than ${MAX_TEXT_LENGTH} characters; not read.`));
    return undefined;
  }
  let fragment = text.trim();
  const hash = fragment.indexOf('#');
  const query = fragment.indexOf('?');
  if (hash >= 0) fragment = fragment.slice(hash + 1);
  else if (query >= 0) fragment = fragment.slice(query + 1);
  if (fragment === '') return undefined;

  const parameter = fragment.split('&').find((part) => part.startsWith(PARAMETER));
  if (parameter === undefined) {
    notices.push(unreadable('The address holds no builder state ("s=…"); the defaults are shown.'));
    return undefined;
  }
  let value: string;
  try {
    value = decodeURIComponent(parameter.slice(PARAMETER.length));
  } catch {
    notices.push(unreadable('The link holds a broken percent-escape; the defaults are shown.'));
    return undefined;
  }
  const match = /^(\d{1,9})(?:\.([\s\S]*))?$/.exec(value);
  if (match === null) {
    notices.push(unreadable('The link has no format version ("s=1.…"); the defaults are shown.'));
    return undefined;
  }
  const version = Number(match[1]);
  const format = FORMATS.find((candidate) => candidate.version === version);
  if (format === undefined) {
    notices.push({
      field: 'link',
      reason: 'unknown-format',
      message:
        version > SHARE_FORMAT_VERSION
          ? `The link was made by a newer builder (link format ${version}; this one reads up to ${SHARE_FORMAT_VERSION}); the defaults are shown.`
          : `Link format ${version} does not exist; the defaults are shown.`,
    });
    return undefined;
  }
  let entries = format.read(match[2] ?? '', notices);
  for (const migration of MIGRATIONS) {
    if (migration.from >= version) entries = migration.migrate(entries);
  }
  return entries;
}

/** Format 1: the flat JSON list of link-fields.ts numbers (or config names) and values. */
function readBodyV1(body: string, notices: ShareNotice[]): LinkEntry[] {
  if (body === '') return [];
  const json = body.startsWith(COMPRESSED_MARK)
    ? decompressFromUrl(body.slice(COMPRESSED_MARK.length), MAX_JSON_LENGTH)
    : fromUrlText(body);
  const items = readItems(json);
  const entries: LinkEntry[] = [];
  for (let index = 0; index < items.length; index += 2) {
    const key: unknown = items[index];
    let field: string;
    if (typeof key === 'number' && Number.isInteger(key) && key >= 0) {
      const known = LINK_FIELDS[key];
      if (known === undefined) {
        notices.push({
          field: `link.${key}`,
          reason: 'unknown-field',
          message: `Field number ${key} is unknown to this version of the builder; its value was ignored.`,
        });
        continue;
      }
      field = known;
    } else if (typeof key === 'string' && key !== '') {
      field = `config.${key}`;
    } else {
      notices.push({
        field: 'link',
        reason: 'unreadable-entry',
        message: `Entry ${index / 2 + 1} of the link names no field; it was ignored.`,
      });
      continue;
    }
    if (index + 1 >= items.length) {
      notices.push({
        field: shownField(field),
        reason: 'invalid-value',
        message: 'The link ends before this field’s value (cut short?); it keeps its default.',
      });
      continue;
    }
    const value: unknown = items[index + 1];
    if (value === UNREADABLE) {
      notices.push({
        field: shownField(field),
        reason: 'invalid-value',
        message: 'The link’s value for this field cannot be read (damaged?); it keeps its default.',
      });
      continue;
    }
    if (key === REMOVED_CONFIG_ID) entries.push(...removedEntries(value, notices));
    else if (key === KEY_DROPPED_ID) entries.push({ kind: 'key-dropped' });
    else entries.push({ kind: 'set', field, value });
  }
  return entries;
}

/** An item of a damaged link that is no JSON value. */
const UNREADABLE = Symbol('unreadable');

/**
 * The link body's items: a JSON list without its brackets. When the whole does not parse (a
 * character changed, a value cut short), each top-level item is read on its own, so that one
 * damaged entry does not cost the others; an item that is no JSON value is UNREADABLE. Throws
 * when no item can be read at all.
 */
function readItems(json: string): unknown[] {
  try {
    const items: unknown = JSON.parse(`[${json}]`);
    if (Array.isArray(items)) return items;
  } catch {
    // Read item by item below.
  }
  const items = topLevelItems(json).map((item): unknown => {
    try {
      return JSON.parse(item);
    } catch {
      return UNREADABLE;
    }
  });
  if (items.every((item) => item === UNREADABLE)) throw new SyntaxError('no readable item');
  return items;
}

/** `1,[2,3],"a,b"` → `['1', '[2,3]', '"a,b"']`: split at the commas outside strings and brackets. */
function topLevelItems(json: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < json.length; i++) {
    const char = json[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
    else if (char === ',' && depth === 0) {
      items.push(json.slice(start, i));
      start = i + 1;
    }
  }
  items.push(json.slice(start));
  return items;
}

/** A notice names a state field: the markers of link-fields.ts stand for config and enc_key. */
function shownField(field: string): string {
  if (field === LINK_FIELDS[REMOVED_CONFIG_ID]) return 'config';
  if (field === LINK_FIELDS[KEY_DROPPED_ID]) return 'config.enc_key';
  return field;
}

function removedEntries(value: unknown, notices: ShareNotice[]): LinkEntry[] {
  const entries: LinkEntry[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    const field =
      typeof item === 'string' && item !== ''
        ? `config.${item}`
        : typeof item === 'number'
          ? LINK_FIELDS[item]
          : undefined;
    if (field?.startsWith('config.')) entries.push({ kind: 'remove', field });
    else {
      notices.push({
        field: 'config',
        reason: 'invalid-value',
        message: `${preview(item)} names no config argument to leave out; ignored.`,
      });
    }
  }
  return entries;
}

function buildState(entries: readonly LinkEntry[], notices: ShareNotice[]): BuilderState {
  let version = LINK_BASELINE_V1.mindspore_version;
  for (const entry of entries) {
    if (entry.kind !== 'set' || entry.field !== 'mindspore_version') continue;
    if (isMindSporeVersion(entry.value)) version = entry.value;
    else {
      notices.push({
        field: 'mindspore_version',
        reason: 'invalid-value',
        message: `${preview(entry.value)} is not a MindSpore version the builder knows (${MINDSPORE_VERSIONS.join(', ')}); ${version} is used.`,
      });
    }
  }
  const base = baselineState(version);
  // A Map, then Object.fromEntries: a keyword named "__proto__" stays an ordinary key.
  const config = new Map(Object.entries(base.config));
  const callback: CallbackArguments = { ...base.callback };
  const run: Record<string, unknown> = { ...base.run };

  for (const entry of entries) {
    if (entry.kind === 'key-dropped') {
      notices.push(keyMaterialNotice());
      continue;
    }
    const dot = entry.field.indexOf('.');
    const section = entry.field.slice(0, dot);
    const name = entry.field.slice(dot + 1);
    if (entry.kind === 'remove') {
      config.delete(name);
      continue;
    }
    if (entry.field === 'mindspore_version') continue;
    const { value, field } = entry;
    if (section === 'config') {
      if (name === 'enc_key' && !linkMayCarryEncKey(value)) notices.push(keyMaterialNotice());
      else if (isHoldable(value, configValueSchema, field, notices))
        config.set(name, value as PyValue);
    } else if (section === 'callback' && (name === 'prefix' || name === 'directory')) {
      if (isHoldable(value, pyValueSchema, field, notices)) callback[name] = value as PyValue;
    } else if (section === 'run' && Object.hasOwn(runModelSchema.shape, name)) {
      const schema = runModelSchema.shape[name as keyof RunModel];
      if (isHoldable(value, schema, field, notices)) run[name] = value;
    } else {
      notices.push({
        field,
        reason: 'unknown-field',
        message: 'This builder has no such field; its value was ignored.',
      });
    }
  }
  return {
    mindspore_version: version,
    config: Object.fromEntries(config),
    callback,
    run: run as unknown as RunModel,
  };
}

/** Whether the state can hold `value` as given; a notice naming the field says why not. */
function isHoldable(
  value: unknown,
  schema: z.ZodMiniType,
  field: string,
  notices: ShareNotice[],
): boolean {
  let problem: string | undefined;
  if (nestingDepth(value, MAX_DEPTH + 1) > MAX_DEPTH) {
    problem = `it is nested more than ${MAX_DEPTH} levels deep`;
  } else {
    const result = schema.safeParse(value);
    if (!result.success) problem = result.error.issues[0]?.message ?? 'not a value of this field';
  }
  if (problem === undefined) return true;
  notices.push({
    field,
    reason: 'invalid-value',
    message: `${preview(value)} cannot be held by this field (${problem}); it keeps its default.`,
  });
  return false;
}

function keyMaterialNotice(): ShareNotice {
  return {
    field: 'config.enc_key',
    reason: 'key-material',
    message:
      'The link held what could be encryption key material; links never carry keys, so enc_key keeps its default (None). Describe where the script reads the key instead.',
  };
}

/** How deep `value` nests, counting up to `limit` at most (so a hostile value costs little). */
function nestingDepth(value: unknown, limit: number): number {
  if (limit <= 0 || value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const item of Object.values(value as object)) {
    deepest = Math.max(deepest, nestingDepth(item, limit - 1));
    if (deepest >= limit - 1) break;
  }
  return deepest + 1;
}

/** A short text of an untrusted value for a notice. */
function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = `a ${Array.isArray(value) ? 'list' : typeof value}`;
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

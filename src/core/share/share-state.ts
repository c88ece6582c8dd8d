import { readStateKeepingConfig, type StateToRead } from '../config/state';
import { isEncKeyRef } from '../config/enc-key';
import type { RunModel } from '../config/run-model';
import {
  defaultConfig,
  samePyValue,
  type BuilderState,
  type CallbackArguments,
} from '../config/state';
import { isTagged, type PyValue } from '../python/py-value';
import type { MindSporeVersion } from '../versions';
import { KEY_DROPPED_ID, linkFieldId, REMOVED_CONFIG_ID } from './link-fields';
import { compressToUrl } from './url-compression';
import { toUrlText } from './url-text';

/**
 * Share links (docs/adr/0004-share-links.md): `#s=<format version>[.<body>]` in the URL fragment,
 * so that the state never reaches a server. The body is a flat JSON list of field numbers
 * (link-fields.ts) and values, holding only what differs from the format's baseline, written
 * either readable (url-text.ts) or compressed (url-compression.ts, after a "z"), whichever is
 * shorter. Reading a link is in share-decode.ts: it checks values with the state's schemas,
 * which the page loads only when it has a link to read (ADR 13).
 */

/** Why a value of a link was not taken as it stood. */
export type ShareNoticeReason =
  /** the link as a whole cannot be read (damaged, cut short, not a share link) */
  | 'unreadable'
  /** one entry of the link names no field or cannot be read; the rest was read */
  | 'unreadable-entry'
  /** the link's format version is one this builder does not know */
  | 'unknown-format'
  /** a field this builder does not know */
  | 'unknown-field'
  /** a value the state format cannot hold; the field keeps its default */
  | 'invalid-value'
  /** what looked like encryption key material, which links never carry */
  | 'key-material'
  /** the page could not load what reads links (offline after a new deploy): nothing was read */
  | 'reader-unavailable';

export interface ShareNotice {
  /**
   * The field concerned, e.g. "config.keep_checkpoint_max", "run.epoch", "mindspore_version";
   * "link" for the link as a whole, "link.<n>" for a field number this builder does not know.
   */
  field: string;
  message: string;
  /** The kind of problem, for the page to pick its own wording (optional for older callers). */
  reason?: ShareNoticeReason;
}

/** The format version `encodeShareState` writes. */
export const SHARE_FORMAT_VERSION = 1;

/**
 * What a v1 link leaves out stands for these values (plus MindSpore's defaults from the argument
 * table for `config`). Pinned here, not read from DEFAULT_VERSION or DEFAULT_RUN, so that changing
 * the builder's defaults never changes what a published link opens.
 */
export const LINK_BASELINE_V1: Readonly<{
  mindspore_version: MindSporeVersion;
  callback: Readonly<CallbackArguments>;
  run: Readonly<RunModel>;
}> = Object.freeze({
  mindspore_version: '2.2',
  callback: Object.freeze({ prefix: 'CKP', directory: null }),
  run: Object.freeze({
    epoch: 10,
    dataset_size: 1000,
    dataset_sink_mode: false,
    sink_size: -1,
    mode: 'GRAPH_MODE',
    device_target: 'Ascend',
    step_seconds: 0.5,
    startup_seconds: 120,
    save_seconds: 5,
    checkpoint_bytes: 1_000_000_000,
    previous_runs: 0,
    device_num: 1,
    parallel_mode: 'stand_alone',
    pipeline_stages: 1,
    initial_epoch: 0,
    train_calls: 1,
    ms_enable_ckpt_d2h_async: false,
    disk_budget_bytes: null,
  }),
});

/** The fragment's parameter, and the mark of a compressed body. */
export const PARAMETER = 's=';
export const COMPRESSED_MARK = 'z';
const PYTHON_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * The part of the page URL after the path that carries the state:
 * `encodeShareState(defaultState()) === '#s=1'`; with keep_checkpoint_max 2: `'#s=1.3,2'`.
 */
export function encodeShareState(stateGiven: StateToRead): string {
  const state = readStateKeepingConfig(stateGiven);
  const json = JSON.stringify(linkItems(state)).slice(1, -1);
  if (json === '') return `#${PARAMETER}${SHARE_FORMAT_VERSION}`;
  const readable = toUrlText(json);
  const compressed = COMPRESSED_MARK + compressToUrl(json);
  const body = compressed.length < readable.length ? compressed : readable;
  return `#${PARAMETER}${SHARE_FORMAT_VERSION}.${body}`;
}

/** Whether a link may carry this enc_key value: nothing that could be or hold key material. */
export function linkMayCarryEncKey(value: unknown): boolean {
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (isEncKeyRef(value)) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const tagged = value as PyValue;
  if (!isTagged(tagged)) return false;
  // A variable of the script names the key without holding it; a numpy scalar is one number.
  return (tagged.$py === 'name' && PYTHON_NAME.test(tagged.name)) || tagged.$py === 'numpy';
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** The state a link of format 1 starts from, before its entries: shared by encoder and decoder. */
export function baselineState(version: MindSporeVersion): BuilderState {
  return {
    mindspore_version: version,
    config: defaultConfig(version),
    callback: { ...LINK_BASELINE_V1.callback },
    run: { ...LINK_BASELINE_V1.run },
  };
}

/** The flat list [field, value, field, value, …] of what differs from the baseline. */
function linkItems(state: BuilderState): unknown[] {
  const items: unknown[] = [];
  const base = baselineState(state.mindspore_version);
  if (state.mindspore_version !== LINK_BASELINE_V1.mindspore_version) {
    items.push(linkFieldId('mindspore_version'), state.mindspore_version);
  }
  for (const [name, value] of Object.entries(state.config)) {
    if (Object.hasOwn(base.config, name) && samePyValue(value, base.config[name])) continue;
    if (name === 'enc_key' && !linkMayCarryEncKey(value)) {
      items.push(KEY_DROPPED_ID, 1);
      continue;
    }
    items.push(linkFieldId(`config.${name}`) ?? name, value);
  }
  const removed = Object.keys(base.config)
    .filter((name) => !Object.hasOwn(state.config, name))
    .map((name) => linkFieldId(`config.${name}`) ?? name);
  if (removed.length > 0) items.push(REMOVED_CONFIG_ID, removed);
  for (const name of ['prefix', 'directory'] as const) {
    if (!samePyValue(state.callback[name], base.callback[name])) {
      items.push(linkFieldId(`callback.${name}`), state.callback[name]);
    }
  }
  for (const [name, value] of Object.entries(state.run)) {
    const id = linkFieldId(`run.${name}`);
    // Every run field has a number (a test checks it); the guard only satisfies the types.
    if (id !== undefined && value !== (base.run as unknown as Record<string, unknown>)[name]) {
      items.push(id, value);
    }
  }
  return items;
}

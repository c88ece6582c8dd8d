import { readState, type StateToRead } from '../config/state';
import { isEncKeyRef } from '../config/enc-key';
import type { DiagnosticKind } from '../mindspore/diagnostic';
import { isTagged, pyTruthy, type PyValue } from '../python/py-value';
import { VERSION_FACTS } from '../versions';

/** An exception MindSpore raises at the first save that is due, not at construction. */
export interface FirstSaveError {
  kind: DiagnosticKind;
  message: string;
  /** The spec's id: E31 … E35. */
  code: 'E31' | 'E32' | 'E33' | 'E34' | 'E35';
}

/** Key lengths (bytes) `crypto.cc` accepts per encryption mode (spec §5.2); other modes fail. */
const KEY_LENGTHS: Readonly<Record<string, readonly number[]>> = {
  'AES-GCM': [16, 24, 32],
  'AES-CBC': [16, 24, 32],
  'SM4-CBC': [16],
};

const AUTO_PARALLEL_MODES = new Set(['semi_auto_parallel', 'auto_parallel']);

/**
 * The exception the first due save raises for this state, or null (spec §3.4 E31–E35), checked in
 * MindSpore's order at save time: remove_redundancy (E33/E34, in the callback), then inside
 * `save_checkpoint` the format (E32), gathering sharded parameters (E35), and encryption while
 * writing (E31). Meaningful for a state `validate` accepts.
 * `firstSaveError({ ...defaultState('2.4'), config: { ...defaultState('2.4').config, format: 'pt' } })?.code === 'E32'`.
 */
export function firstSaveError(stateGiven: StateToRead): FirstSaveError | null {
  const state = readState(stateGiven);
  const facts = VERSION_FACTS[state.mindspore_version];
  const { config, run } = state;
  const removeRedundancy =
    facts.redundancyError !== null && pyTruthy(value(config.remove_redundancy)) === true;

  if (removeRedundancy && facts.redundancyError === 'E33' && run.parallel_mode === 'stand_alone') {
    return {
      kind: 'TypeError',
      code: 'E33',
      message:
        'The deduplication feature for saving checkpoint can only be used in parallel scenarios, but got stand_alone.',
    };
  }
  if (removeRedundancy && facts.redundancyError === 'E34' && run.device_num === 1) {
    return {
      kind: 'TypeError',
      code: 'E34',
      message:
        "The deduplication feature for saving checkpoint can only be used in parallel scenarios, but got 'stand_alone'.",
    };
  }

  if (facts.formatExtension) {
    const format = pyString(value(config.format));
    if (format !== undefined && format !== 'ckpt' && format !== 'safetensors') {
      return {
        kind: 'ValueError',
        code: 'E32',
        message: `For 'save_checkpoint', the format must be 'safetensors' or 'ckpt', but got ${format}.`,
      };
    }
  }

  // With remove_redundancy the callback passes integrated_save=False, so nothing is gathered.
  const integratedSave = value(config.integrated_save) === true && !removeRedundancy;
  if (integratedSave && AUTO_PARALLEL_MODES.has(run.parallel_mode) && run.pipeline_stages > 1) {
    return {
      kind: 'RuntimeError',
      code: 'E35',
      message: "Pipeline Parallel don't support Integrated save checkpoint now.",
    };
  }

  const keyLength = encKeyLength(config.enc_key);
  if (keyLength !== undefined) {
    const mode = pyString(value(config.enc_mode));
    const allowed = mode === undefined ? undefined : KEY_LENGTHS[mode];
    if (allowed === undefined || !allowed.includes(keyLength)) {
      return { kind: 'ValueError', code: 'E31', message: 'Encrypt failed' };
    }
  }
  return null;
}

function value(stored: unknown): PyValue {
  return stored === undefined ? null : (stored as PyValue);
}

/** A Python str's text, or undefined for any other value. */
export function pyString(stored: PyValue): string | undefined {
  if (typeof stored === 'string') return stored;
  if (stored !== null && typeof stored === 'object' && !Array.isArray(stored) && isTagged(stored)) {
    return stored.$py === 'str' ? stored.value : undefined;
  }
  return undefined;
}

/** The key's length in bytes when a bytes key is passed (a reference, or pasted bytes), else undefined. */
function encKeyLength(stored: unknown): number | undefined {
  if (stored === undefined || stored === null) return undefined;
  if (isEncKeyRef(stored)) return stored.type === 'bytes' ? stored.length : undefined;
  const py = stored as PyValue;
  if (typeof py === 'object' && !Array.isArray(py) && isTagged(py) && py.$py === 'bytes') {
    return py.hex.length / 2;
  }
  return undefined;
}

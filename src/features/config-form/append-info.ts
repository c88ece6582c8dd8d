import type { PyDict, PyValue } from '../../core/index';

/** append_info as the form edits it: the two counters and one dict of the user's own. */
export interface AppendInfoParts {
  epoch: boolean;
  step: boolean;
  dict: PyDict | null;
}

export const ENTRY_TYPES = ['int', 'float', 'bool', 'str'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number] | 'other';

function isPlainDict(value: PyValue): value is PyDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !('$py' in value);
}

/**
 * The parts of an append_info value the form can edit, or `null` when it is something else
 * (a tuple, a bad element, two dicts …) that is shown as it is, so that MindSpore's error makes sense.
 */
export function appendInfoParts(value: PyValue | undefined): AppendInfoParts | null {
  if (value === null || value === undefined) return { epoch: false, step: false, dict: null };
  if (!Array.isArray(value)) return null;
  const parts: AppendInfoParts = { epoch: false, step: false, dict: null };
  for (const item of value) {
    if (item === 'epoch_num') parts.epoch = true;
    else if (item === 'step_num') parts.step = true;
    else if (isPlainDict(item) && parts.dict === null) parts.dict = item;
    else return null;
  }
  return parts;
}

/** The list to store: `["epoch_num", "step_num", {…}]`, or None when empty (as MindSpore reads []). */
export function appendInfoValue(parts: AppendInfoParts): PyValue {
  const list: PyValue[] = [];
  if (parts.epoch) list.push('epoch_num');
  if (parts.step) list.push('step_num');
  if (parts.dict !== null) list.push(parts.dict);
  return list.length > 0 ? list : null;
}

/** The Python type of a dict value, as the entry editor offers it. */
export function entryType(value: PyValue): EntryType {
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && '$py' in value) {
    if (value.$py === 'float') return 'float';
  }
  return 'other';
}

/** A fresh value of `type`: 0, 0.0, False or ''. */
export function emptyEntryValue(type: (typeof ENTRY_TYPES)[number]): PyValue {
  switch (type) {
    case 'int':
      return 0;
    case 'float':
      return { $py: 'float', value: '0.0' };
    case 'bool':
      return false;
    case 'str':
      return '';
  }
}

/** A float as stored: integral floats keep their ".0" as a tagged value (2.0 is not the int 2). */
export function storedFloat(value: number): PyValue {
  if (!Number.isInteger(value)) return value;
  const text = String(value);
  return { $py: 'float', value: text.includes('e') ? text : `${text}.0` };
}

/** The dict with entry `index` replaced, keeping the entries' order. */
export function replaceEntry(dict: PyDict, index: number, key: string, value: PyValue): PyDict {
  const entries = Object.entries(dict);
  entries[index] = [key, value];
  return Object.fromEntries(entries) as PyDict;
}

/** A key not yet in the dict: "key", "key_2", … */
export function freshKey(dict: PyDict): string {
  if (!('key' in dict)) return 'key';
  let n = 2;
  while (`key_${n}` in dict) n += 1;
  return `key_${n}`;
}

import type { EncKeyRef } from '../config/enc-key';
import { isKeyRef } from './context';
import { isTagged, type PyValue } from '../python/py-value';

/** Key lengths (bytes) each valid enc_mode accepts at the first save (spec §5.2, crypto.cc). */
export const KEY_LENGTHS: Readonly<Record<string, readonly number[]>> = {
  'AES-GCM': [16, 24, 32],
  'AES-CBC': [16, 24, 32],
  'SM4-CBC': [16],
};

/** Whether enc_key is given (not None); unknown pasted names count as given: `keyGiven(null) === false`. */
export function keyGiven(value: PyValue | EncKeyRef | undefined): boolean {
  return value !== undefined && value !== null;
}

/** The key's length in bytes when the builder knows it: `keyLength({ $py: 'bytes', hex: '00ff' }) === 2`. */
export function keyLength(value: PyValue | EncKeyRef | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (isKeyRef(value)) return value.length;
  if (isTagged(value) && (value.$py === 'bytes' || value.$py === 'bytearray')) {
    return value.hex.length / 2;
  }
  return undefined;
}

/** Whether the key is a Python bytes object, undefined for pasted names: `keyIsBytes('abc') === false`. */
export function keyIsBytes(value: PyValue | EncKeyRef | undefined): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (isKeyRef(value)) return value.type === 'bytes';
  if (isTagged(value)) {
    if (value.$py === 'name' || value.$py === 'expr') return undefined;
    return value.$py === 'bytes';
  }
  return false;
}

import type { EncKeyRef, PyValue } from '../core/index';
import { isEncKeyRef, isTagged, pyRepr as corePyRepr } from '../core/index';

/**
 * A stored value as Python's `repr` writes it, for display: `pyRepr(null) === 'None'`,
 * `pyRepr(['a', 1.5]) === "['a', 1.5]"`. Bytes may be key material, so only their length is
 * shown; an enc_key reference is described by where the key comes from.
 */
export function pyRepr(value: PyValue | EncKeyRef | undefined): string {
  if (value === undefined) return '';
  if (isEncKeyRef(value)) {
    return `<${value.type} of ${value.length} bytes from ${value.source} ${value.name}>`;
  }
  return corePyRepr(withoutBytes(value));
}

function withoutBytes(value: PyValue): PyValue {
  if (Array.isArray(value)) return value.map(withoutBytes);
  if (value === null || typeof value !== 'object') return value;
  if (!isTagged(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withoutBytes(item)]),
    );
  }
  switch (value.$py) {
    case 'bytes':
    case 'bytearray':
      // A bare name prints as its text: the placeholder, never the bytes.
      return { $py: 'name', name: `<${value.$py} of length ${value.hex.length / 2}>` };
    case 'numpy':
      // numpy 2 writes its scalars with their type; a bare 5 would hide why MindSpore rejects it.
      return { $py: 'name', name: `np.${value.type}(${corePyRepr(value.value)})` };
    case 'tuple':
      return { $py: 'tuple', items: value.items.map(withoutBytes) };
    case 'dict':
      return {
        $py: 'dict',
        entries: value.entries.map(([key, item]) => [withoutBytes(key), withoutBytes(item)]),
      };
    default:
      return value;
  }
}

import type { z } from '../zod';
import type { encKeyRefSchema } from './enc-key-schema';

/**
 * Where the script gets its encryption key at run time. The builder never holds key material
 * (docs/adr/0003-encryption-keys.md): only the source, a name and the key's length in bytes.
 * `type` is the Python type the script passes; anything but "bytes" is rejected by MindSpore (E14).
 */
export const ENC_KEY_SOURCES = ['env', 'file'] as const;
export const ENC_KEY_TYPES = ['bytes', 'str', 'bytearray'] as const;

/**
 * A key reference, as its schema says (`enc-key-schema.ts`). A type-only import: the schema
 * itself is not part of the first load (ADR 13).
 */
export type EncKeyRef = z.infer<typeof encKeyRefSchema>;

const ENC_KEY_REF_FIELDS = ['source', 'name', 'length', 'type'];

/**
 * What an enc_key the builder does not keep is stored as, instead of its text: an expression in
 * pasted code, or a container in pasted JSON, that may spell out the key. MindSpore's checks of
 * it are Unsupported (the builder cannot know its type), so the page asks for a key reference.
 */
export const REDACTED_KEY_EXPRESSION = '<an expression, not kept: it may spell out the key>';

/** The reference the form proposes when the user turns encryption on. */
export const DEFAULT_ENC_KEY_REF: Readonly<EncKeyRef> = Object.freeze({
  source: 'env',
  name: 'MS_CKPT_ENC_KEY',
  length: 16,
  type: 'bytes',
});

/** True when a stored enc_key value is a key reference: `isEncKeyRef(DEFAULT_ENC_KEY_REF)`. */
export function isEncKeyRef(value: unknown): value is EncKeyRef {
  // Checked by hand rather than by the schema: this runs on every render of the form (each field's
  // "changed" mark compares values), and the page's first load carries no schema library (ADR 13).
  // A property test holds it to `encKeyRefSchema.safeParse(value).success`.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== ENC_KEY_REF_FIELDS.length) return false;
  if (!ENC_KEY_REF_FIELDS.every((field) => Object.hasOwn(value, field))) return false;
  const { source, name, length, type } = value as Record<string, unknown>;
  return (
    (ENC_KEY_SOURCES as readonly unknown[]).includes(source) &&
    typeof name === 'string' &&
    typeof length === 'number' &&
    Number.isSafeInteger(length) &&
    length >= 0 &&
    (ENC_KEY_TYPES as readonly unknown[]).includes(type)
  );
}

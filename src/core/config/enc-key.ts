import { z } from '../zod';

/**
 * Where the script gets its encryption key at run time. The builder never holds key material
 * (docs/adr/0003-encryption-keys.md): only the source, a name and the key's length in bytes.
 * `type` is the Python type the script passes; anything but "bytes" is rejected by MindSpore (E14).
 */
export const ENC_KEY_SOURCES = ['env', 'file'] as const;
export const ENC_KEY_TYPES = ['bytes', 'str', 'bytearray'] as const;

export const encKeyRefSchema = z.strictObject({
  source: z.enum(ENC_KEY_SOURCES),
  /** The environment variable's name (source "env") or the key file's path (source "file"). */
  name: z.string(),
  length: z.number().check(z.int(), z.minimum(0)),
  type: z.enum(ENC_KEY_TYPES),
});

export type EncKeyRef = z.infer<typeof encKeyRefSchema>;

/** The reference the form proposes when the user turns encryption on. */
export const DEFAULT_ENC_KEY_REF: Readonly<EncKeyRef> = Object.freeze({
  source: 'env',
  name: 'MS_CKPT_ENC_KEY',
  length: 16,
  type: 'bytes',
});

/** True when a stored enc_key value is a key reference: `isEncKeyRef(DEFAULT_ENC_KEY_REF)`. */
export function isEncKeyRef(value: unknown): value is EncKeyRef {
  return encKeyRefSchema.safeParse(value).success;
}

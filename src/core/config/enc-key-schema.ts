import { z } from '../zod';
import { ENC_KEY_SOURCES, ENC_KEY_TYPES } from './enc-key';

/** What a key reference may hold; `EncKeyRef` (enc-key.ts) is its type. */
export const encKeyRefSchema = z.strictObject({
  source: z.enum(ENC_KEY_SOURCES),
  /** The environment variable's name (source "env") or the key file's path (source "file"). */
  name: z.string(),
  /** The key's length in bytes: a whole number, 0 or more. */
  length: z.number().check(z.int(), z.minimum(0)),
  type: z.enum(ENC_KEY_TYPES),
});

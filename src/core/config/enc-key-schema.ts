import { z } from '../zod';
import { ENC_KEY_SOURCES, ENC_KEY_TYPES, type EncKeyRef } from './enc-key';
import type { SameType } from '../same-type';

/** What a key reference may hold (enc-key.ts says what each field means). */
export const encKeyRefSchema = z.strictObject({
  source: z.enum(ENC_KEY_SOURCES),
  name: z.string(),
  length: z.number().check(z.int(), z.minimum(0)),
  type: z.enum(ENC_KEY_TYPES),
});

// Fails to compile when the schema and the interface stop describing the same value.
export const encKeyRefSchemaIsEncKeyRef: SameType<
  z.infer<typeof encKeyRefSchema>,
  EncKeyRef
> = true;

import { z } from '../zod';
import { pyValueSchema } from '../python/py-value-schema';
import type { SameType } from '../same-type';
import { MINDSPORE_VERSIONS } from '../versions';
import { encKeyRefSchema } from './enc-key-schema';
import { runModelSchema } from './run-model-schema';
import type { BuilderState } from './state';

/** A stored config value: a Python value, or a reference to an encryption key. */
export const configValueSchema = z.union([encKeyRefSchema, pyValueSchema]);

/** A whole state (state.ts says what each part means). */
export const builderStateSchema = z.strictObject({
  mindspore_version: z.enum(MINDSPORE_VERSIONS),
  config: z.record(z.string(), configValueSchema),
  callback: z.strictObject({ prefix: pyValueSchema, directory: pyValueSchema }),
  run: runModelSchema,
});

/** Any subset of a state; what a partial JSON state or a share link may carry. */
export const partialBuilderStateSchema = z.strictObject({
  mindspore_version: z.optional(z.enum(MINDSPORE_VERSIONS)),
  config: z.optional(z.record(z.string(), configValueSchema)),
  callback: z.optional(
    z.strictObject({ prefix: z.optional(pyValueSchema), directory: z.optional(pyValueSchema) }),
  ),
  run: z.optional(z.partial(runModelSchema)),
});

// Fails to compile when the schema and the BuilderState interface stop describing the same value.
export const builderStateSchemaIsBuilderState: SameType<
  z.infer<typeof builderStateSchema>,
  BuilderState
> = true;

import { z } from '../zod';
import { NUMPY_SCALAR_TYPES, type PyTagged, type PyValue } from './py-value';

const hex = z.string().check(z.regex(/^(?:[0-9a-f]{2})*$/, 'hex digits, two per byte'));

export const pyValueSchema: z.ZodMiniType<PyValue> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z
      .number()
      .check(z.refine(Number.isFinite, 'a finite number; use {"$py":"float"} for inf and nan')),
    z.string(),
    z.array(pyValueSchema),
    pyTaggedSchema,
    z.record(z.string(), pyValueSchema).check(
      z.refine((record) => !('$py' in record), {
        message: 'an object with a "$py" key must be one of the tagged Python values',
      }),
    ),
  ]),
);

const pyTaggedSchema: z.ZodMiniType<PyTagged> = z.lazy(() =>
  z.discriminatedUnion('$py', [
    z.strictObject({ $py: z.literal('int'), value: z.string().check(z.regex(/^-?\d+$/)) }),
    z.strictObject({
      $py: z.literal('float'),
      value: z.string().check(z.regex(/^(-?inf|nan|-?\d+(\.\d*)?(e[+-]?\d+)?)$/)),
    }),
    z.strictObject({ $py: z.literal('str'), value: z.string() }),
    z.strictObject({ $py: z.literal('bytes'), hex }),
    z.strictObject({ $py: z.literal('bytearray'), hex }),
    z.strictObject({ $py: z.literal('tuple'), items: z.array(pyValueSchema) }),
    z.strictObject({
      $py: z.literal('dict'),
      entries: z.array(z.tuple([pyValueSchema, pyValueSchema])),
    }),
    z.strictObject({
      $py: z.literal('numpy'),
      type: z.enum(NUMPY_SCALAR_TYPES),
      value: z.union([z.number(), z.boolean()]),
    }),
    z.strictObject({ $py: z.literal('name'), name: z.string().check(z.minLength(1)) }),
    z.strictObject({ $py: z.literal('expr'), source: z.string() }),
  ]),
);

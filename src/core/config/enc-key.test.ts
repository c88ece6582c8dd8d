import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_ENC_KEY_REF, ENC_KEY_SOURCES, ENC_KEY_TYPES, isEncKeyRef } from './enc-key';
import { encKeyRefSchema } from './enc-key-schema';

// isEncKeyRef checks by hand what the schema checks (the first load carries no schema library,
// ADR 13): the two must agree on every value, the near misses above all.
const schemaSays = (value: unknown) => encKeyRefSchema.safeParse(value).success;

const nearMisses = fc.dictionary(
  fc.constantFrom('source', 'name', 'length', 'type', 'extra', '$py', '__proto__'),
  fc.oneof(
    fc.constantFrom(...ENC_KEY_SOURCES, ...ENC_KEY_TYPES, 'ENV', 'bytes ', ''),
    fc.string(),
    fc.integer({ min: -5, max: 40 }),
    fc.constantFrom(0, -0, 2 ** 53, 2 ** 53 - 1, 1.5, Number.NaN, Infinity, -Infinity),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.integer(), { maxLength: 2 }),
  ),
);

const wellFormed = fc.record({
  source: fc.constantFrom(...ENC_KEY_SOURCES),
  name: fc.string(),
  length: fc.nat(),
  type: fc.constantFrom(...ENC_KEY_TYPES),
});

describe('isEncKeyRef agrees with the key reference schema', () => {
  test.each([
    ['the default reference', DEFAULT_ENC_KEY_REF, true],
    ['a key of length 0', { ...DEFAULT_ENC_KEY_REF, length: 0 }, true],
    ['a negative length', { ...DEFAULT_ENC_KEY_REF, length: -1 }, false],
    ['a fractional length', { ...DEFAULT_ENC_KEY_REF, length: 1.5 }, false],
    ['an unsafe integer length', { ...DEFAULT_ENC_KEY_REF, length: 2 ** 53 }, false],
    ['a length as text', { ...DEFAULT_ENC_KEY_REF, length: '16' }, false],
    ['an unknown source', { ...DEFAULT_ENC_KEY_REF, source: 'vault' }, false],
    ['an unknown type', { ...DEFAULT_ENC_KEY_REF, type: 'int' }, false],
    ['a missing field', { source: 'env', name: 'K', length: 16 }, false],
    ['an extra field', { ...DEFAULT_ENC_KEY_REF, key: 'secret' }, false],
    ['an undefined extra field', { ...DEFAULT_ENC_KEY_REF, key: undefined }, false],
    ['a list', ['env', 'K', 16, 'bytes'], false],
    ['a string', 'MS_CKPT_ENC_KEY', false],
    ['null', null, false],
  ])('%s', (_label, value, expected) => {
    expect(isEncKeyRef(value)).toBe(expected);
    expect(schemaSays(value)).toBe(expected);
  });

  test('on well-formed references, near misses and anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(wellFormed, nearMisses, fc.anything()), (value) => {
        expect(isEncKeyRef(value)).toBe(schemaSays(value));
      }),
      { numRuns: 3000 },
    );
  });
});

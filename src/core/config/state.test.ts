import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PyValue } from '../python/py-value';
import { samePyValue } from './state';

const scalar = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom('', 'ckpt', 'CKP'),
  fc.boolean(),
  fc.constant(null),
);

describe('samePyValue', () => {
  test.each<[string, PyValue, PyValue, boolean]>([
    ['equal ints', 5, 5, true],
    ['different ints', 5, 6, false],
    ['int and str', 1, '1', false],
    ['None and 0', null, 0, false],
    ['True and 1', true, 1, false],
    ['a tagged float and an int', { $py: 'float', value: '1.0' }, 1, false],
    [
      'tagged values compare by field',
      { $py: 'float', value: '1.0' },
      { value: '1.0', $py: 'float' } as PyValue,
      true,
    ],
    ['dicts compare in order', { a: 1, b: 2 }, { b: 2, a: 1 }, false],
    ['equal lists', ['step_num'], ['step_num'], true],
  ])('%s', (_label, a, b, expected) => {
    expect(samePyValue(a, b)).toBe(expected);
  });

  test('on scalars it is strict equality; on anything it is reflexive and symmetric', () => {
    fc.assert(
      fc.property(scalar, scalar, (a, b) => {
        expect(samePyValue(a, b)).toBe(a === b);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const x = a as PyValue;
        const y = b as PyValue;
        expect(samePyValue(x, structuredClone(x))).toBe(true);
        expect(samePyValue(x, y)).toBe(samePyValue(y, x));
      }),
    );
  });
});

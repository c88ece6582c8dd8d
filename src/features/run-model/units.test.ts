import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromUnit, parseNumber, SIZE_UNITS, TIME_UNITS, toUnit } from './units';

describe('parseNumber', () => {
  test.each<[string, string, number | null]>([
    ['plain', '42', 42],
    ['decimal', '0.5', 0.5],
    ['leading dot', '.25', 0.25],
    ['thousands commas', '1,000,000', 1_000_000],
    ['underscores like Python', '1_000', 1000],
    ['exponent', '1e6', 1_000_000],
    ['negative', '-1', -1],
    ['typographic minus', '−1', -1],
    ['full-width digits, point and sign (an IME’s)', '－１．５', -1.5],
    ['full-width digits with a full-width comma', '１，０００', 1000],
    ['empty', '  ', null],
  ])('%s: %s → %d', (_label, text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  test.each([['abc'], ['1..2'], ['1e'], ['0x10']])('%s is not a number', (text) => {
    expect(parseNumber(text)).toBeNaN();
  });
});

describe('unit conversion', () => {
  test.each([
    ['0.5 s in ms', 0.5, 0.001, '500'],
    ['0.1 s in ms without float noise', 0.1, 0.001, '100'],
    ['1 GB in GB', 1e9, 1e9, '1'],
    ['1.5 GB in MB', 1.5e9, 1e6, '1500'],
    ['90 s in min', 90, 60, '1.5'],
  ])('%s', (_label, value, factor, expected) => {
    expect(toUnit(value, factor)).toBe(expected);
  });

  test('typing back what is shown gives the stored value', () => {
    const units = [...TIME_UNITS, ...SIZE_UNITS];
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e13, noNaN: true }),
        fc.constantFrom(...units),
        (value, unit) => {
          const shown = toUnit(value, unit.factor);
          expect(Math.abs(fromUnit(Number(shown), unit.factor) - value) / value).toBeLessThan(1e-9);
        },
      ),
    );
  });
});

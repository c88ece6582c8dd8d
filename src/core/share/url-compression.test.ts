import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compressToUrl, decompressFromUrl } from './url-compression';
import { fromUrlText, toUrlText } from './url-text';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  // Repetitive text, where the dictionary's longest phrases (and the KwKwK case) come up.
  fc.tuple(fc.string({ maxLength: 4 }), fc.nat(200)).map(([unit, times]) => unit.repeat(times)),
);

describe('compressToUrl / decompressFromUrl', () => {
  test('give back any text, in base64url characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const compressed = compressToUrl(text);
        expect(compressed).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decompressFromUrl(compressed, text.length)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  test.each([
    { label: 'a run of one character', text: 'a'.repeat(1000), ratio: 0.05 },
    { label: 'repeated JSON', text: '{"$py":"int","value":"1"},'.repeat(20), ratio: 0.5 },
  ])('shrink $label to at most $ratio of its length', ({ text, ratio }) => {
    expect(compressToUrl(text).length).toBeLessThanOrEqual(text.length * ratio);
  });

  test('refuses a result longer than its limit', () => {
    const compressed = compressToUrl('a'.repeat(1000));
    expect(() => decompressFromUrl(compressed, 999)).toThrow(RangeError);
    expect(decompressFromUrl(compressed, 1000)).toHaveLength(1000);
  });

  test.each([
    { label: 'an empty text', text: '' },
    { label: 'a character outside base64url', text: 'AB*C' },
    { label: 'a code beyond the dictionary', text: '_____' },
  ])('throws a RangeError, never anything else, on $label', ({ text }) => {
    expect(() => decompressFromUrl(text, 1000)).toThrow(RangeError);
  });
});

describe('toUrlText / fromUrlText', () => {
  test('give back any JSON text, using only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value);
        const url = toUrlText(json);
        expect(url).toMatch(/^[A-Za-z0-9\-._~!'()*,:$@/%]*$/);
        expect(fromUrlText(decodeURIComponent(url))).toBe(json);
      }),
      { numRuns: 1000 },
    );
  });

  test('reads like the JSON it stands for', () => {
    expect(toUrlText('{"a":[1,"it\'s"]}')).toBe("('a':!1,'it%22s'~)");
  });
});

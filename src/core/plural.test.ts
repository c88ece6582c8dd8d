import { describe, expect, test } from 'vitest';
import { selectPlurals } from './plural';
import { fillTemplate } from './warnings/text';

const FILES = '{n, plural, one {# file is} other {# files are}} left';

describe('selectPlurals', () => {
  test.each([
    [1, '1 file is left'],
    [0, '0 files are left'],
    [2, '2 files are left'],
    ['1', '1 file is left'],
    ['1,000', '1,000 files are left'],
    [1.5, '1.5 files are left'],
  ] as const)('%s → %s', (n, expected) => {
    expect(selectPlurals(FILES, { n })).toBe(expected);
  });

  test('an exact branch wins, other placeholders are left for the caller, plain text is kept', () => {
    const template = 'Keeps {n, plural, =0 {no file} one {# file} other {# files}} in {dir}.';
    expect(selectPlurals(template, { n: 0 })).toBe('Keeps no file in {dir}.');
    expect(selectPlurals(template, { n: 1 })).toBe('Keeps 1 file in {dir}.');
    expect(selectPlurals('No plural {here}.', { here: 1 })).toBe('No plural {here}.');
  });

  test('several counts in one sentence, branches holding placeholders', () => {
    const template =
      '{a, plural, one {# stage} other {# stages}} on {b, plural, one {# {kind} device} other {# {kind} devices}}';
    expect(selectPlurals(template, { a: 2, b: 1 })).toBe('2 stages on 1 {kind} device');
  });

  test('a missing count takes "other" and keeps its placeholder; a malformed plural throws', () => {
    expect(selectPlurals(FILES, {})).toBe('{n} files are left');
    expect(() => selectPlurals('{n, plural, one {# file}}', { n: 1 })).toThrow(/other/);
    expect(() => selectPlurals('{n, plural, one {# file', { n: 1 })).toThrow();
  });

  test('fillTemplate (the warnings’ texts) formats the count as it formats numbers', () => {
    expect(fillTemplate('{n, plural, one {# step} other {# steps}}', { n: 1 })).toBe('1 step');
    expect(fillTemplate('{n, plural, one {# step} other {# steps}}', { n: 12000 })).toBe(
      '12,000 steps',
    );
  });
});

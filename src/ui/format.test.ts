import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  formatBytes,
  formatClock,
  formatCompact,
  formatCount,
  formatDuration,
  unitWord,
  formatPercent,
} from './format';

describe('formatBytes', () => {
  test.each([
    ['zero', 0, '0 B'],
    ['bytes', 512, '512 B'],
    ['just under a kB rounds up', 999.6, '1 kB'],
    ['one and a half GB', 1_500_000_000, '1.5 GB'],
    ['the default checkpoint', 1_000_000_000, '1 GB'],
    ['three significant digits', 123_456_789, '123 MB'],
    ['two decimals under ten', 4_560_000_000_000, '4.56 TB'],
    ['negative', -2_000_000, '−2 MB'],
    ['not a number', Number.NaN, '—'],
    ['beyond the last unit, a power of ten', 4.999999999999999e30, '5 × 10¹² EB'],
    ['three significant digits there too', 1.234e40, '1.23 × 10²² EB'],
  ])('%s: %d → %s', (_label, bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  test('never prints more than three significant digits before the unit', () => {
    fc.assert(
      fc.property(fc.double({ min: 1000, max: 1e300, noNaN: true }), (bytes) => {
        const [number] = formatBytes(bytes).split(' ');
        expect(number!.replace('.', '').replace(/^0+/, '').length).toBeLessThanOrEqual(3);
      }),
    );
  });
});

describe('formatDuration', () => {
  test.each([
    ['zero', 0, '0 s'],
    ['a quarter second', 0.25, '250 ms'],
    ['sub-millisecond', 0.0004, '0.4 ms'],
    ['seconds with a fraction', 2.5, '2.5 s'],
    ['a minute and a half', 90, '1 min 30 s'],
    ['exact hour', 3600, '1 h'],
    ['59.6 minutes rounds to an hour', 3599.6, '1 h'],
    ['hours and minutes', 3 * 3600 + 25 * 60 + 10, '3 h 25 min'],
    ['days and hours', 93_784, '1 d 2 h'],
    ['negative', -90, '−1 min 30 s'],
  ])('%s: %d s → %s', (_label, seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('formatDuration in Chinese', () => {
  test.each([
    ['zero', 0, '0 秒'],
    ['a quarter second', 0.25, '250 毫秒'],
    ['sub-millisecond', 0.0004, '0.4 毫秒'],
    ['seconds with a fraction', 2.5, '2.5 秒'],
    ['a minute and a half', 90, '1 分钟 30 秒'],
    ['exact hour', 3600, '1 小时'],
    ['59.6 minutes rounds to an hour', 3599.6, '1 小时'],
    ['hours and minutes', 3600 + 34 * 60, '1 小时 34 分钟'],
    ['days and hours', 93_784, '1 天 2 小时'],
    ['negative', -90, '−1 分钟 30 秒'],
    ['not finite', Number.NaN, '—'],
  ])('%s: %d s → %s', (_label, seconds, expected) => {
    expect(formatDuration(seconds, 'zh')).toBe(expected);
  });

  test.each([0, 0.25, 2.5, 90, 3600, 93_784, -90])(
    '%d s: an explicit "en" is the default output',
    (seconds) => {
      expect(formatDuration(seconds, 'en')).toBe(formatDuration(seconds));
    },
  );
});

describe('unitWord', () => {
  test.each([
    ['ms', 'en', 'ms'],
    ['s', 'en', 's'],
    ['min', 'en', 'min'],
    ['ms', 'zh', '毫秒'],
    ['s', 'zh', '秒'],
    ['min', 'zh', '分钟'],
    ['h', 'zh', '小时'],
    ['d', 'zh', '天'],
    ['GB', 'zh', 'GB'],
    ['MB/s', 'zh', 'MB/s'],
    ['toString', 'zh', 'toString'],
  ] as const)('%s in %s → %s', (unit, language, expected) => {
    expect(unitWord(unit, language)).toBe(expected);
  });
});

describe('formatClock', () => {
  test.each([
    ['start', 0, '0:00'],
    ['tenths', 31.5, '0:31.5'],
    ['hours', 3723.5, '1:02:03.5'],
    ['rounding carries into the minute', 59.96, '1:00'],
  ])('%s: %d → %s', (_label, seconds, expected) => {
    expect(formatClock(seconds)).toBe(expected);
  });
});

describe('counts and shares', () => {
  test.each([
    [0, '0'],
    [1234567, '1,234,567'],
    [12.6, '13'],
    [-1234.4, '-1,234'],
    [1e21, '1,000,000,000,000,000,000,000'],
    [1.5e22, '15,000,000,000,000,000,000,000'],
  ])('formatCount(%d) → %s', (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });

  test('formatCount writes what toLocaleString writes (without building an Intl formatter)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(formatCount(value)).toBe(Math.round(value).toLocaleString('en-US'));
      }),
      { numRuns: 500 },
    );
    expect(formatCount(-0.2)).toBe((-0).toLocaleString('en-US'));
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('—');
  });

  test.each([
    [950, '950'],
    [1000, '1k'],
    [1_500_000, '1.5M'],
    [2.5, '2.5'],
    [12_345_678_901, '12.3G'],
  ])('formatCompact(%d) → %s', (value, expected) => {
    expect(formatCompact(value)).toBe(expected);
  });

  test.each([
    [0, '0%'],
    [0.0123, '1.2%'],
    [0.5, '50%'],
    [0.0004, '<0.1%'],
    [1, '100%'],
  ])('formatPercent(%d) → %s', (share, expected) => {
    expect(formatPercent(share)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { fillTemplate, formatNumber, humanBytes, humanDuration } from './text';

describe('text helpers', () => {
  test.each([
    [0, '0'],
    [5, '5'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
    [1.5, '1.5'],
    [0.125, '0.13'],
    [-2500, '-2,500'],
    [999.6, '1,000'],
  ])('formatNumber(%d) = %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  test.each([
    [0.5, '0.5 seconds', '0.5 秒'],
    [1, '1 second', '1 秒'],
    [100, '100 seconds', '100 秒'],
    [1500, '25 minutes', '25 分钟'],
    [3600, '1 hour', '1 小时'],
    [9000, '2.5 hours', '2.5 小时'],
    [3 * 86400, '3 days', '3 天'],
  ])('humanDuration(%d)', (seconds, en, zh) => {
    expect(humanDuration(seconds, 'en')).toBe(en);
    expect(humanDuration(seconds, 'zh')).toBe(zh);
  });

  test.each([
    [999, '999 bytes'],
    [1_500_000_000, '1.5 GB'],
    [25_000_000_000_000, '25 TB'],
  ])('humanBytes(%d) = %s', (bytes, text) => {
    expect(humanBytes(bytes)).toBe(text);
  });

  test('fillTemplate formats numbers and leaves unknown placeholders', () => {
    expect(fillTemplate('{a} of {b}, {c}', { a: 1000, b: 'x' })).toBe('1,000 of x, {c}');
  });
});

import { describe, expect, test } from 'vitest';
import { xTicks } from './chart-axis';

describe('xTicks labels', () => {
  test.each([
    ['English, hours', 'en', [0, 7200], /^\d+( (s|min|h))( \d+ (s|min))?$/],
    ['Chinese, hours', 'zh', [0, 7200], /^\d+ (秒|分钟|小时)( \d+ (秒|分钟))?$/],
    ['Chinese, days', 'zh', [0, 4 * 86_400], /^\d+ (秒|小时|天)( \d+ (小时))?$/],
  ] as const)('%s: every time tick is in the language', (_label, language, domain, pattern) => {
    const ticks = xTicks('time', domain, 600, language);
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) expect(tick.label).toMatch(pattern);
  });

  test('the step axis has no unit words in either language', () => {
    expect(xTicks('step', [0, 5000], 600, 'zh')).toEqual(xTicks('step', [0, 5000], 600, 'en'));
  });
});

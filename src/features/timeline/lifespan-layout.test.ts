import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  assignLanes,
  barRect,
  ENDED_BY,
  lifespanAt,
  lifespanPaths,
  nearestIndex,
} from './lifespan-layout';
import type { Lifespan } from './lifespan-layout';
import { linearScale } from './scale';

function life(start: number, end: number, ended_by: Lifespan['ended_by'] = 'kept'): Lifespan {
  return { file: `CKP-${start}.ckpt`, start, end, start_step: start, end_step: end, ended_by };
}

describe('assignLanes', () => {
  test.each<[string, Lifespan[], number[], number]>([
    ['one file', [life(0, 10)], [0], 1],
    ['back to back share a lane', [life(0, 5), life(5, 10)], [0, 0], 1],
    ['overlapping take two lanes', [life(0, 6), life(5, 10)], [0, 1], 2],
    [
      'keep 2: the freed lowest lane is reused',
      [life(1, 3), life(2, 4), life(3, 5), life(4, 6)],
      [0, 1, 0, 1],
      2,
    ],
    ['unsorted input keeps its order', [life(5, 9), life(0, 6)], [1, 0], 2],
  ])('%s', (_label, lifespans, lanes, count) => {
    expect(assignLanes(lifespans)).toEqual({ lanes, count });
  });

  test('bars in one lane never overlap, and lanes = most files alive at once', () => {
    const arbitraryLife = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 }))
      .map(([start, length]) => life(start, start + length));
    fc.assert(
      fc.property(fc.array(arbitraryLife, { maxLength: 60 }), (lifespans) => {
        const { lanes, count } = assignLanes(lifespans);
        for (let i = 0; i < lifespans.length; i += 1) {
          for (let j = i + 1; j < lifespans.length; j += 1) {
            if (lanes[i] !== lanes[j]) continue;
            const a = lifespans[i]!;
            const b = lifespans[j]!;
            expect(a.end <= b.start || b.end <= a.start).toBe(true);
          }
        }
        let mostAlive = 0;
        for (const { start } of lifespans) {
          const alive = lifespans.filter((l) => l.start <= start && start < l.end).length;
          mostAlive = Math.max(mostAlive, alive);
        }
        // Zero-length lives occupy no time, yet still need a lane of their own to be drawn.
        expect(count).toBeGreaterThanOrEqual(Math.min(mostAlive, lifespans.length));
        if (lifespans.every((l) => l.end > l.start)) expect(count).toBe(mostAlive);
      }),
    );
  });
});

describe('lifespanPaths: aggregation', () => {
  test('each bar is barRect’s rectangle, rounded to a tenth of a pixel', () => {
    const round = (value: number) => Math.round(value * 10) / 10;
    const arbitraryLife = fc
      .tuple(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e4 }),
        fc.constantFrom(...ENDED_BY),
      )
      .map(([start, length, step, steps, endedBy]) => ({
        ...life(start, start + length, endedBy),
        start_step: step,
        end_step: step + steps,
      }));
    fc.assert(
      fc.property(
        fc.array(arbitraryLife, { maxLength: 40 }),
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.double({ min: 0.5, max: 16, noNaN: true }),
        fc.constantFrom('time' as const, 'step' as const),
        (lifespans, width, laneHeight, axis) => {
          const { lanes } = assignLanes(lifespans);
          const domain: [number, number] = axis === 'time' ? [0, 1.1e6] : [0, 1.01e6];
          const geometry = { x: linearScale(domain, [8, width]), top: 6, laneHeight, gap: 3 };
          const expected: Record<string, string> = Object.fromEntries(
            ENDED_BY.map((cause) => [cause, '']),
          );
          lifespans.forEach((lifespan, index) => {
            const r = barRect(lifespan, lanes[index] ?? 0, axis, geometry);
            expected[lifespan.ended_by] +=
              `M${round(r.x)} ${round(r.y)}h${round(r.width)}v${round(r.height)}h${round(-r.width)}z`;
          });
          expect(lifespanPaths(lifespans, lanes, axis, geometry)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  const geometry = { x: linearScale([0, 100], [0, 500]), top: 0, laneHeight: 10, gap: 2 };

  test('one path per cause, one rectangle per file, however many files', () => {
    const lifespans = Array.from({ length: 2000 }, (_, i) =>
      life(i, i + 3, i % 2 ? 'keep_checkpoint_max' : 'overwritten'),
    );
    const { lanes } = assignLanes(lifespans);
    const paths = lifespanPaths(lifespans, lanes, 'time', geometry);
    expect(Object.keys(paths).sort()).toEqual([
      'keep_checkpoint_max',
      'keep_checkpoint_per_n_minutes',
      'kept',
      'overwritten',
    ]);
    expect(paths.keep_checkpoint_max.match(/M/g)).toHaveLength(1000);
    expect(paths.overwritten.match(/M/g)).toHaveLength(1000);
    expect(paths.kept).toBe('');
  });

  test('a bar spans its lifetime on the chosen axis', () => {
    const lifespans = [{ ...life(10, 20), start_step: 50, end_step: 100 }];
    expect(lifespanPaths(lifespans, [0], 'time', geometry).kept).toBe('M50 1h50v8h-50z');
    expect(lifespanPaths(lifespans, [0], 'step', geometry).kept).toBe('M250 1h250v8h-250z');
  });

  test('hit testing finds the bar under the pointer, in its lane only', () => {
    const lifespans = [life(0, 10), life(5, 20)];
    const { lanes } = assignLanes(lifespans);
    expect(lifespanAt(lifespans, lanes, 'time', geometry, 25, 5)).toBe(0);
    expect(lifespanAt(lifespans, lanes, 'time', geometry, 75, 15)).toBe(1);
    expect(lifespanAt(lifespans, lanes, 'time', geometry, 75, 5)).toBe(null);
  });
});

describe('nearestIndex', () => {
  test.each([
    [[0, 10, 20], 4, 0],
    [[0, 10, 20], 6, 1],
    [[0, 10, 20], 100, 2],
    [[0, 10, 20], -5, 0],
    [[], 3, -1],
  ])('%o near %d → %d', (values, value, expected) => {
    expect(nearestIndex(values, value)).toBe(expected);
  });
});

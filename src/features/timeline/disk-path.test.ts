import { describe, expect, test } from 'vitest';
import { diskPaths, peakIndex } from './disk-path';
import type { DiskPoint } from './disk-path';
import { linearScale } from './scale';

const point = (time: number, files: number, bytes = files * 10): DiskPoint => ({
  time,
  step: time * 2,
  files,
  bytes,
});

describe('diskPaths', () => {
  const x = linearScale([0, 10], [0, 100]);
  const y = linearScale([0, 4], [40, 0]);

  test('a step line that holds each value until the next point, then runs to the end', () => {
    const { line, area } = diskPaths([point(0, 0), point(2, 1), point(5, 2)], 'time', x, y, 10);
    expect(line).toBe('M0 40H20V30H50V20H100');
    expect(area).toBe('M0 40H20V30H50V20H100V40H0z');
  });

  test('the step axis reads the points’ steps', () => {
    const xs = linearScale([0, 20], [0, 100]);
    expect(diskPaths([point(0, 1), point(5, 2)], 'step', xs, y, 20).line).toBe('M0 30H50V20H100');
  });

  test('no points, no path', () => {
    expect(diskPaths([], 'time', x, y, 10)).toEqual({ line: '', area: '' });
  });
});

describe('peakIndex', () => {
  test.each<[string, DiskPoint[], number]>([
    ['the first of equal peaks', [point(0, 1), point(1, 3), point(2, 3), point(3, 2)], 1],
    ['bytes decide before files', [point(0, 3, 10), point(1, 2, 20)], 1],
    ['empty', [], -1],
  ])('%s', (_label, points, expected) => {
    expect(peakIndex(points)).toBe(expected);
  });
});

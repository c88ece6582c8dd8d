import type { SimulationSeries } from '../../core/index';
import type { Axis } from './lifespan-layout';
import type { LinearScale } from './scale';

export type DiskPoint = SimulationSeries['disk'][number];

/** The horizontal position of a disk point on the chosen axis. */
export function diskX(point: DiskPoint, axis: Axis): number {
  return axis === 'time' ? point.time : point.step;
}

/**
 * The disk-use curve as a step line (files stay on disk until the next change) and the area under
 * it, from the simulator's downsampled series: a few hundred points, whatever the run's length.
 */
export function diskPaths(
  points: readonly DiskPoint[],
  axis: Axis,
  x: LinearScale,
  y: LinearScale,
  endX: number,
): { line: string; area: string } {
  if (points.length === 0) return { line: '', area: '' };
  const r = (value: number) => Math.round(value * 10) / 10;
  const first = points[0]!;
  let line = `M${r(x(diskX(first, axis)))} ${r(y(first.files))}`;
  for (let i = 1; i < points.length; i += 1) {
    const point = points[i]!;
    line += `H${r(x(diskX(point, axis)))}V${r(y(point.files))}`;
  }
  line += `H${r(x(endX))}`;
  const base = r(y(0));
  const area = `${line}V${base}H${r(x(diskX(first, axis)))}z`;
  return { line, area };
}

/** The index of the first point with the most bytes (then files) on disk: the marked peak. */
export function peakIndex(points: readonly DiskPoint[]): number {
  let best = -1;
  points.forEach((point, index) => {
    const current = points[best];
    if (
      !current ||
      point.bytes > current.bytes ||
      (point.bytes === current.bytes && point.files > current.files)
    ) {
      best = index;
    }
  });
  return best;
}

import type { SimulationSeries } from '../../core/index';
import type { LinearScale } from './scale';

export type Lifespan = SimulationSeries['lifespans'][number];
export type EndedBy = Lifespan['ended_by'];
export type Axis = 'time' | 'step';

export const ENDED_BY: readonly EndedBy[] = [
  'keep_checkpoint_max',
  'keep_checkpoint_per_n_minutes',
  'overwritten',
  'kept',
];

/** A lifespan's extent on the chosen axis. */
export function lifespanExtent(lifespan: Lifespan, axis: Axis): [number, number] {
  return axis === 'time'
    ? [lifespan.start, lifespan.end]
    : [lifespan.start_step, lifespan.end_step];
}

/**
 * Lanes for the lifespan bars: each file goes to the lowest lane free when it is written, so files
 * on disk together never overlap and the number of lanes is the most files alive at once.
 * `lanes[i]` is the lane of `lifespans[i]`. Input order is kept; a file whose life starts exactly
 * when another ends (a deletion before a save) may take its lane.
 */
export function assignLanes(lifespans: readonly Lifespan[]): { lanes: number[]; count: number } {
  const order = lifespans.map((_, index) => index);
  order.sort((a, b) => lifespans[a]!.start - lifespans[b]!.start || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(lifespans.length).fill(0);
  for (const index of order) {
    const lifespan = lifespans[index]!;
    let lane = laneEnds.findIndex((end) => end <= lifespan.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = Math.max(lifespan.end, lifespan.start);
    lanes[index] = lane;
  }
  return { lanes, count: laneEnds.length };
}

export interface LaneGeometry {
  x: LinearScale;
  top: number;
  laneHeight: number;
  /** Gap between lanes, in pixels; dropped when lanes get too thin to afford it. */
  gap: number;
}

/** The rectangle of one bar, at least one pixel wide so that instant lives stay visible. */
export function barRect(
  lifespan: Lifespan,
  lane: number,
  axis: Axis,
  geometry: LaneGeometry,
): { x: number; y: number; width: number; height: number } {
  const [start, end] = lifespanExtent(lifespan, axis);
  const x0 = geometry.x(start);
  const width = Math.max(1, geometry.x(end) - x0);
  const gap = geometry.laneHeight > 4 ? geometry.gap : 0;
  return {
    x: x0,
    y: geometry.top + lane * geometry.laneHeight + gap / 2,
    width,
    height: Math.max(0.5, geometry.laneHeight - gap),
  };
}

/**
 * All bars as one SVG path per cause of their end: four DOM nodes however many files there are,
 * which is what lets a 10⁶-save run draw as fast as a ten-save one. Each bar is `barRect`'s
 * rectangle (the same arithmetic, inlined: this runs for up to 2,000 bars on every edit, and a
 * lane's y and the bars' height are written once rather than once a bar).
 */
export function lifespanPaths(
  lifespans: readonly Lifespan[],
  lanes: readonly number[],
  axis: Axis,
  geometry: LaneGeometry,
): Record<EndedBy, string> {
  const parts: Record<EndedBy, string> = {
    keep_checkpoint_max: '',
    keep_checkpoint_per_n_minutes: '',
    overwritten: '',
    kept: '',
  };
  const { x, top, laneHeight } = geometry;
  const gap = laneHeight > 4 ? geometry.gap : 0;
  const height = `v${round(Math.max(0.5, laneHeight - gap))}`;
  const laneY: string[] = [];
  for (let index = 0; index < lifespans.length; index += 1) {
    const lifespan = lifespans[index]!;
    const lane = lanes[index] ?? 0;
    const x0 = x(axis === 'time' ? lifespan.start : lifespan.start_step);
    const width = Math.max(1, x(axis === 'time' ? lifespan.end : lifespan.end_step) - x0);
    const y = (laneY[lane] ??= String(round(top + lane * laneHeight + gap / 2)));
    parts[lifespan.ended_by] += `M${round(x0)} ${y}h${round(width)}${height}h${round(-width)}z`;
  }
  return parts;
}

/** The bar under a point, if any: the hover target. */
export function lifespanAt(
  lifespans: readonly Lifespan[],
  lanes: readonly number[],
  axis: Axis,
  geometry: LaneGeometry,
  px: number,
  py: number,
): number | null {
  const lane = Math.floor((py - geometry.top) / geometry.laneHeight);
  let best: number | null = null;
  let bestDistance = Infinity;
  lifespans.forEach((lifespan, index) => {
    if (lanes[index] !== lane) return;
    const r = barRect(lifespan, lane, axis, geometry);
    // Thin bars get a few pixels of slack so that they can be hovered at all.
    const distance = px < r.x ? r.x - px : px > r.x + r.width ? px - r.x - r.width : 0;
    if (distance <= 3 && distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/** Index of the point whose x is nearest `value` in an ascending list: the hover target of a curve. */
export function nearestIndex(values: readonly number[], value: number): number {
  if (values.length === 0) return -1;
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  if (low > 0 && Math.abs(values[low - 1]! - value) <= Math.abs(values[low]! - value)) {
    return low - 1;
  }
  return low;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

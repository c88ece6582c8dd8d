import type { SimulationSeries } from './types';
import { toSeconds } from './exact-time';

type Lifespan = SimulationSeries['lifespans'][number];
type DiskPoint = SimulationSeries['disk'][number];

interface Bin {
  saves: number;
  deletes: number;
  min: RawPoint | null;
  max: RawPoint | null;
  last: RawPoint | null;
}

interface RawPoint {
  time: number;
  step: number;
  files: number;
  bytes: number;
}

const emptyBin = (): Bin => ({ saves: 0, deletes: 0, min: null, max: null, last: null });

/**
 * Streams the whole run into what the timeline draws, in the same pass as the simulation: equal
 * time bins that double their width (merging pairs) whenever the run outgrows them, each keeping its
 * counts and the lowest, highest and last disk point; so the disk series stays within its budget
 * and still holds the peak and the end, whatever the run's length.
 */
export class SeriesBuilder {
  private width: number;
  private readonly capacity: number;
  private bins: Bin[];

  /**
   * `expectedEndTicks` sizes the first bins; `maxPoints` bounds the disk series; times come out
   * in seconds of `ticksPerSecond` ticks.
   */
  constructor(
    expectedEndTicks: number,
    maxPoints: number,
    private readonly ticksPerSecond: number,
  ) {
    this.capacity = Math.max(1, Math.floor((maxPoints - 2) / 3));
    this.width = Math.max(1, Math.ceil(expectedEndTicks / this.capacity));
    this.bins = Array.from({ length: this.capacity }, emptyBin);
  }

  private bin(timeTicks: number): Bin {
    while (timeTicks >= this.width * this.capacity) this.merge();
    return this.bins[Math.floor(timeTicks / this.width)] as Bin;
  }

  private merge(): void {
    const merged: Bin[] = [];
    for (let i = 0; i < this.capacity; i++) {
      const a = this.bins[2 * i];
      const b = this.bins[2 * i + 1];
      if (a === undefined) {
        merged.push(emptyBin());
        continue;
      }
      if (b === undefined) {
        merged.push(a);
        continue;
      }
      merged.push({
        saves: a.saves + b.saves,
        deletes: a.deletes + b.deletes,
        min: lower(a.min, b.min),
        max: higher(a.max, b.max),
        last: b.last ?? a.last,
      });
    }
    this.bins = merged;
    this.width *= 2;
  }

  save(timeTicks: number): void {
    this.bin(timeTicks).saves += 1;
  }

  delete(timeTicks: number): void {
    this.bin(timeTicks).deletes += 1;
  }

  /** The disk as it stands at `timeTicks` after a save (or a failed save's deletions). */
  point(timeTicks: number, step: number, files: number, bytes: number): void {
    const bin = this.bin(timeTicks);
    const last = bin.last;
    // Most points change neither the bin's lowest nor its highest: update the last in place.
    if (last !== null && last !== bin.min && last !== bin.max) {
      last.time = timeTicks;
      last.step = step;
      last.files = files;
      last.bytes = bytes;
    } else {
      bin.last = { time: timeTicks, step, files, bytes };
    }
    const p = bin.last as RawPoint;
    if (
      bin.min === null ||
      files < bin.min.files ||
      (files === bin.min.files && bytes < bin.min.bytes)
    )
      bin.min = p;
    if (
      bin.max === null ||
      files > bin.max.files ||
      (files === bin.max.files && bytes > bin.max.bytes)
    )
      bin.max = p;
  }

  finish(
    endTicks: number,
    endStep: number,
    files: number,
    bytes: number,
  ): Pick<SimulationSeries, 'disk' | 'buckets'> {
    this.bin(endTicks);
    const disk: DiskPoint[] = [{ time: 0, step: 0, files: 0, bytes: 0 }];
    for (const bin of this.bins) {
      const points = [bin.min, bin.max, bin.last].filter((p): p is RawPoint => p !== null);
      points.sort((a, b) => a.time - b.time);
      let previous: RawPoint | null = null;
      for (const p of points) {
        if (p !== previous) disk.push(toPoint(p, this.ticksPerSecond));
        previous = p;
      }
    }
    disk.push({ time: toSeconds(endTicks, this.ticksPerSecond), step: endStep, files, bytes });
    const count = Math.max(1, Math.ceil(endTicks / this.width));
    const buckets: SimulationSeries['buckets'] = [];
    for (let i = 0; i < count; i++) {
      const bin = this.bins[i] as Bin;
      buckets.push({
        start: toSeconds(i * this.width, this.ticksPerSecond),
        end: toSeconds(Math.min((i + 1) * this.width, endTicks), this.ticksPerSecond),
        saves: bin.saves,
        deletes: bin.deletes,
      });
    }
    // An event exactly at the end of a run whose end falls on a bin edge belongs to the last bucket.
    const overflow = this.bins[count];
    const lastBucket = buckets[count - 1];
    if (overflow !== undefined && lastBucket !== undefined) {
      lastBucket.saves += overflow.saves;
      lastBucket.deletes += overflow.deletes;
    }
    return { disk, buckets };
  }
}

function toPoint(p: RawPoint, ticksPerSecond: number): DiskPoint {
  return { time: toSeconds(p.time, ticksPerSecond), step: p.step, files: p.files, bytes: p.bytes };
}

function lower(a: RawPoint | null, b: RawPoint | null): RawPoint | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.files < a.files || (b.files === a.files && b.bytes < a.bytes) ? b : a;
}

function higher(a: RawPoint | null, b: RawPoint | null): RawPoint | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.files > a.files || (b.files === a.files && b.bytes > a.bytes) ? b : a;
}

interface SampledLifespan {
  index: number;
  lifespan: Lifespan;
}

/**
 * Keeps at most `max` file lifetimes spread evenly over the run: those whose save index is a
 * multiple of a stride that doubles whenever too many are kept.
 */
export class LifespanSampler {
  private stride = 1;
  private kept: SampledLifespan[] = [];
  total = 0;

  constructor(private readonly max: number) {}

  /** Whether a lifetime of save `index` would be kept now (so that callers build it only then). */
  wants(index: number): boolean {
    this.total += 1;
    return this.max > 0 && index % this.stride === 0;
  }

  add(index: number, lifespan: Lifespan): void {
    this.kept.push({ index, lifespan });
    if (this.kept.length > this.max) this.thin();
  }

  private thin(): void {
    while (this.kept.length > this.max) {
      this.stride *= 2;
      this.kept = this.kept.filter((k) => k.index % this.stride === 0);
    }
  }

  finish(): { lifespans: Lifespan[]; truncated: boolean } {
    this.thin();
    const sorted = this.kept.sort(
      (a, b) => a.lifespan.start - b.lifespan.start || a.index - b.index,
    );
    return { lifespans: sorted.map((k) => k.lifespan), truncated: this.kept.length < this.total };
  }
}

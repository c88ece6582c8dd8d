/** A linear map from a data domain to a pixel range, and "nice" axis ticks for it. */
export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
  /** The data value at a pixel: the inverse map. */
  invert: (pixel: number) => number;
}

/** `linearScale([0, 10], [0, 100])(5) === 50`; an empty domain maps everything to the range's start. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) =>
    span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  scale.domain = domain;
  scale.range = range;
  scale.invert = (pixel: number) =>
    r1 === r0 ? d0 : d0 + ((pixel - r0) / (r1 - r0)) * (span === 0 ? 0 : span);
  return scale;
}

/**
 * About `count` round tick values (1, 2 or 5 × 10ⁿ apart) covering [min, max]:
 * `niceTicks(0, 10, 5)` → [0, 2, 4, 6, 8, 10]. With `integer`, steps are at least 1.
 */
export function niceTicks(min: number, max: number, count: number, integer = false): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || count < 1) return [];
  if (max < min) [min, max] = [max, min];
  if (max === min) return [min];
  let step = tickStep(max - min, count);
  if (integer) step = Math.max(1, Math.round(step));
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  // Round to the step's own decimal places: a fixed count of significant digits would round
  // -999999.9998 (step 0.0002) to -1000000, outside the domain.
  const decimals = Math.min(100, Math.max(0, Math.ceil(-Math.log10(step))));
  const ticks: number[] = [];
  for (let i = first; i <= last; i += 1) {
    // Multiplying the integer index (not adding steps) keeps 0.1 × 3 from drifting to 0.30000000000000004.
    const tick = Number((i * step).toFixed(decimals));
    // The index bounds allow for float error; a tick rounded past the domain's edge is dropped.
    if (tick >= min - step * 1e-9 && tick <= max + step * 1e-9) ticks.push(tick);
  }
  return ticks.length > 0 ? ticks : [min];
}

/** The round step (1, 2 or 5 × 10ⁿ) nearest to span / count. */
export function tickStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const exponent = Math.floor(Math.log10(raw));
  // 10 ** -4 is 0.00009999999999999999; 1 / 10 ** 4 is the nearest double to 0.0001.
  const power = exponent < 0 ? 1 / 10 ** -exponent : 10 ** exponent;
  const error = raw / power;
  // d3's thresholds: the geometric midpoints between 1, 2, 5 and 10.
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
  return factor * power;
}

const DAY = 86_400;

const TIME_STEPS = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400,
  172_800, 432_000, 864_000,
];

/**
 * Ticks for a time axis in seconds, at steps people read (1 s, 5 min, 1 h, 1 d …):
 * `timeTicks(0, 3600, 4)` → [0, 900, 1800, 2700, 3600].
 */
export function timeTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || count < 1) return [];
  if (max === min) return [min];
  const raw = (max - min) / count;
  if (raw < 1) return niceTicks(min, max, count);
  // Beyond the table, whole days at 1, 2 or 5 × 10ⁿ days.
  const step =
    TIME_STEPS.find((candidate) => candidate >= raw) ?? tickStep((max - min) / DAY, count) * DAY;
  const ticks: number[] = [];
  for (let i = Math.ceil(min / step); i * step <= max + 1e-9; i += 1) ticks.push(i * step);
  return ticks;
}

/**
 * Exact clock arithmetic (simulation.md §2 "Arithmetic": never sum binary floats). Times are whole
 * ticks held in ordinary numbers, exact up to 2^53 ticks, so sums never drift the way binary
 * fractions of a second do: 31 steps of 0.1 s are exactly 3,100,000 µs, later than a 3 s
 * interval. A tick is a microsecond, or finer when the run's times need it (0.3333334 s is 7
 * decimals) and the run still fits in 2^53 ticks: `ticksPerSecondFor`.
 */
export const MICROSECONDS_PER_SECOND = 1_000_000;

/** The finest tick: a picosecond. Finer decimals than 12 are rounded to it. */
const FINEST_TICKS_PER_SECOND = 1e12;

/** Seconds given by the user, rounded to whole microseconds: `toMicroseconds(0.1) === 100000`. */
export function toMicroseconds(seconds: number): number {
  return toTicks(seconds, MICROSECONDS_PER_SECOND);
}

/** Seconds in whole ticks: `toTicks(0.3333334, 1e7) === 3333334`. */
export function toTicks(seconds: number, ticksPerSecond: number): number {
  return Math.round(seconds * ticksPerSecond);
}

/** Whole ticks back to seconds for the result: `toSeconds(1_500_000, 1e6) === 1.5`. */
export function toSeconds(ticks: number, ticksPerSecond: number): number {
  return ticks / ticksPerSecond;
}

/**
 * The decimal places of a number as JavaScript writes it (its shortest round-trip digits):
 * `decimalPlaces(0.125) === 3`, `decimalPlaces(1e-7) === 7`, `decimalPlaces(1500) === 0`.
 */
export function decimalPlaces(value: number): number {
  const [mantissa = '', exponent = '0'] = Math.abs(value).toString().split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

/**
 * Ticks per second holding every one of `seconds` exactly as written: a microsecond (10^6) unless
 * one has more decimals, then 10^decimals, at most 10^12.
 * `ticksPerSecondFor([0.5, 120, 5]) === 1e6`, `ticksPerSecondFor([0.3333334]) === 1e7`.
 */
export function ticksPerSecondFor(seconds: readonly number[]): number {
  const places = Math.max(6, ...seconds.map(decimalPlaces));
  return Math.min(10 ** places, FINEST_TICKS_PER_SECOND);
}

/**
 * The finest clock for `seconds` (`ticksPerSecondFor`) at which the run `fits` (its end within
 * 2^53 ticks), ten times coarser at a time; microseconds at the coarsest, fitting or not.
 */
export function clockFitting(
  seconds: readonly number[],
  fits: (ticksPerSecond: number) => boolean,
): number {
  let ticksPerSecond = ticksPerSecondFor(seconds);
  while (ticksPerSecond > MICROSECONDS_PER_SECOND && !fits(ticksPerSecond)) ticksPerSecond /= 10;
  return ticksPerSecond;
}

/**
 * ⌊a / b⌋ for non-negative integers, exact while a < 2^53 (a float quotient can round up to the next
 * integer): `floorDiv(2_999_999, 1_000_000) === 2`.
 */
export function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (a > Number.MAX_SAFE_INTEGER) return q;
  while (q > 0 && q * b > a) q -= 1;
  while ((q + 1) * b <= a) q += 1;
  return q;
}

/** The smallest multiple of `m` that is ≥ `a` (a ≥ 0, m ≥ 1): `ceilToMultiple(150, 100) === 200`. */
export function ceilToMultiple(a: number, m: number): number {
  if (m === 1) return a;
  const q = floorDiv(a, m);
  return q * m === a ? a : (q + 1) * m;
}

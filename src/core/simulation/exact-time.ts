/**
 * Exact clock arithmetic (simulation.md §2 "Arithmetic"). Times are whole microseconds held in
 * ordinary numbers, exact up to 2^53 µs (about 285 years), so sums never drift the way binary
 * fractions of a second do: 31 steps of 0.1 s are exactly 3,100,000 µs, later than a 3 s interval.
 */
export const MICROSECONDS_PER_SECOND = 1_000_000;

/** Seconds given by the user, rounded to whole microseconds: `toMicroseconds(0.1) === 100000`. */
export function toMicroseconds(seconds: number): number {
  return Math.round(seconds * MICROSECONDS_PER_SECOND);
}

/** Whole microseconds back to seconds for the result: `toSeconds(1_500_000) === 1.5`. */
export function toSeconds(microseconds: number): number {
  return microseconds / MICROSECONDS_PER_SECOND;
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

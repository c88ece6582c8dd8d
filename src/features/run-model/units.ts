/** Units the run-model inputs offer; each value is stored in the base unit (seconds, bytes). */
export interface Unit {
  id: string;
  /** Base units per one of this unit: 1 ms = 0.001 s. */
  factor: number;
}

export const TIME_UNITS = [
  { id: 's', factor: 1 },
  { id: 'ms', factor: 0.001 },
  { id: 'min', factor: 60 },
] as const satisfies readonly Unit[];

export const SIZE_UNITS = [
  { id: 'MB', factor: 1e6 },
  { id: 'GB', factor: 1e9 },
  { id: 'TB', factor: 1e12 },
] as const satisfies readonly Unit[];

export const SPEED_UNITS = [
  { id: 'MB/s', factor: 1e6 },
  { id: 'GB/s', factor: 1e9 },
] as const satisfies readonly Unit[];

export const COUNT_UNITS = [
  { id: 'M', factor: 1e6 },
  { id: 'B', factor: 1e9 },
] as const satisfies readonly Unit[];

/** Bytes per parameter of the usual dtypes: float32, float16/bfloat16, int8. */
export const BYTES_PER_PARAMETER = [4, 2, 1] as const;

/**
 * Reads what a person types as a number: commas, underscores and spaces as digit separators,
 * "1e6" notation. `parseNumber('1,000') === 1000`; anything else is NaN, and '' is null.
 */
export function parseNumber(text: string): number | null {
  // NFKC: an IME's full-width digits, point and signs ("１．５") read as their ASCII forms.
  const cleaned = text
    .normalize('NFKC')
    .trim()
    .replace(/[,_\s]/g, '')
    .replace(/^−/, '-');
  if (cleaned === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/**
 * A base-unit value shown in `unit`, without binary-float noise: `toUnit(0.5, 0.001) === '500'`,
 * `toUnit(1e9, 1e9) === '1'`.
 */
export function toUnit(value: number, factor: number): string {
  if (!Number.isFinite(value)) return '';
  return String(Number((value / factor).toPrecision(12)));
}

/** A value typed in `unit`, in the base unit, rounded the same way: `fromUnit(500, 0.001) === 0.5`. */
export function fromUnit(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}

/**
 * Plain-text formatting of the quantities the builder shows: sizes (bytes), durations (seconds),
 * counts (steps, files) and shares. Decimal units throughout (1 GB = 10⁹ bytes), as disk vendors
 * and MindSpore users' `ls -lh --si` count; the run model stores bytes and seconds, never units.
 */

import type { Language } from '../i18n/languages';

const SIZE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const;

/** Three significant digits at most, without trailing zeros: 1.5, 12.3, 123, 1234 → 1234. */
function significant(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return String(Number(value.toFixed(digits)));
}

/** A size in bytes for people: `formatBytes(1_500_000_000) === '1.5 GB'`, `formatBytes(0) === '0 B'`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  const sign = bytes < 0 ? '−' : '';
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 999.5 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (value >= 999.5) return `${sign}${scientific(value)} ${SIZE_UNITS[unit]}`;
  return `${sign}${unit === 0 ? String(Math.round(value)) : significant(value)} ${SIZE_UNITS[unit]}`;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Beyond the last unit, three significant digits times a power of ten: `5 × 10²¹`. */
function scientific(value: number): string {
  const [mantissa = '', exponent = '0'] = value.toExponential(2).split('e');
  const power = String(Number(exponent)).replace(
    /\d/g,
    (digit) => SUPERSCRIPT_DIGITS[Number(digit)]!,
  );
  return `${Number(mantissa)} × 10${power}`;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** Unit words per language; Chinese spells them out, as a Chinese page reads ("1 小时 34 分钟"). */
const DURATION_UNITS: Record<Language, Record<'ms' | 's' | 'min' | 'h' | 'd', string>> = {
  en: { ms: 'ms', s: 's', min: 'min', h: 'h', d: 'd' },
  zh: { ms: '毫秒', s: '秒', min: '分钟', h: '小时', d: '天' },
};

/**
 * A unit's word in a language: the duration units (ms, s, min, h, d) are spelled out in Chinese,
 * others (GB, MB/s) read the same in both. `unitWord('min', 'zh') === '分钟'`.
 */
export function unitWord(unit: string, language: Language): string {
  const words: Record<string, string> = DURATION_UNITS[language];
  return Object.hasOwn(words, unit) ? (words[unit] as string) : unit;
}

/**
 * A duration in seconds for people, with at most two units:
 * `formatDuration(0.25) === '250 ms'`, `formatDuration(90) === '1 min 30 s'`,
 * `formatDuration(93_784) === '1 d 2 h'`, `formatDuration(93_784, 'zh') === '1 天 2 小时'`.
 */
export function formatDuration(seconds: number, language: Language = 'en'): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds < 0) return `−${formatDuration(-seconds, language)}`;
  const unit = DURATION_UNITS[language];
  if (seconds === 0) return `0 ${unit.s}`;
  if (seconds < 1) {
    return `${significant(seconds * 1000)} ${unit.ms}`;
  }
  if (seconds < MINUTE) return `${significant(seconds)} ${unit.s}`;
  const total = Math.round(seconds);
  const pairs: [number, string, number, string][] = [
    [DAY, unit.d, HOUR, unit.h],
    [HOUR, unit.h, MINUTE, unit.min],
    [MINUTE, unit.min, 1, unit.s],
  ];
  for (const [big, bigUnit, small, smallUnit] of pairs) {
    if (total >= big) {
      // Round to the smaller unit first so that 59.6 min never prints as "59 min 60 s".
      const inSmall = Math.round(total / small);
      const perBig = big / small;
      const whole = Math.floor(inSmall / perBig);
      const rest = inSmall - whole * perBig;
      return rest === 0 ? `${whole} ${bigUnit}` : `${whole} ${bigUnit} ${rest} ${smallUnit}`;
    }
  }
  return `${total} ${unit.s}`;
}

/** A clock reading in seconds since t = 0 as h:mm:ss(.s): `formatClock(3723.5) === '1:02:03.5'`. */
export function formatClock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const sign = seconds < 0 ? '−' : '';
  const abs = Math.abs(seconds);
  // Tenths are enough to tell saves apart at sub-second step times; round once, then split.
  const tenths = Math.round(abs * 10);
  const whole = Math.floor(tenths / 10);
  const fraction = tenths % 10;
  const h = Math.floor(whole / HOUR);
  const m = Math.floor((whole % HOUR) / MINUTE);
  const s = whole % MINUTE;
  const pad = (n: number) => String(n).padStart(2, '0');
  const base = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  return `${sign}${base}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A non-negative integer's shortest decimal digits, without an exponent: what Intl prints for it
 * (past 2^53 that is the shortest text that reads back as the same double, then zeros).
 */
function plainDigits(integer: number): string {
  const text = String(integer);
  const exponent = /^(\d)(?:\.(\d+))?e\+(\d+)$/.exec(text);
  if (!exponent) return text;
  const [, lead = '', rest = '', power = '0'] = exponent;
  return lead + rest + '0'.repeat(Number(power) - rest.length);
}

/**
 * A whole count with thousands separators: `formatCount(1234567) === '1,234,567'`. The same text
 * as `Math.round(value).toLocaleString('en-US')` (a property test holds it to that), written
 * without Intl: building the first Intl.NumberFormat loads the locale's data, ~120 ms of main
 * thread with the CPU slowed 4× as Lighthouse's phone is (measured in a trace, issue 8), and
 * toLocaleString builds a new formatter on each call.
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Math.round(value);
  const negative = rounded < 0 || Object.is(rounded, -0);
  const grouped = plainDigits(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return negative ? `-${grouped}` : grouped;
}

/** A short count for axis ticks: `formatCompact(1_500_000) === '1.5M'`, `formatCompact(950) === '950'`. */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs < 1000) return String(Number(value.toFixed(abs < 10 ? 2 : abs < 100 ? 1 : 0)));
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size * 0.9995) return `${significant(value / size)}${suffix}`;
  }
  return String(value);
}

/** A share of a whole as a percentage: `formatPercent(0.0123) === '1.2%'`; 0 of 0 is '0%'. */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '—';
  const percent = share * 100;
  if (percent === 0) return '0%';
  if (Math.abs(percent) < 0.1) return '<0.1%';
  return `${Number(percent.toFixed(Math.abs(percent) >= 10 ? 0 : 1))}%`;
}

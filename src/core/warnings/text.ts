/** Plain-text helpers shared by the warnings and the policy description. */
import { selectPlurals } from '../plural';

export type Language = 'en' | 'zh';

/** Fills `{name}` placeholders: `fillTemplate('every {n} steps', { n: '5' }) === 'every 5 steps'`. */
export function fillTemplate(
  template: string,
  params: Record<string, string | number> = {},
): string {
  const show = (value: string | number) =>
    typeof value === 'number' ? formatNumber(value) : value;
  return selectPlurals(template, params, show).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** A number with thousands separators (same in both languages): `formatNumber(1000) === '1,000'`. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  const shown = magnitude >= 100 ? Math.round(magnitude) : Math.round(magnitude * 100) / 100;
  const [whole = '0', fraction] = String(shown).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (value < 0 && shown !== 0 ? '-' : '') + grouped + (fraction ? `.${fraction}` : '');
}

const UNITS = {
  en: {
    second: ['second', 'seconds'],
    minute: ['minute', 'minutes'],
    hour: ['hour', 'hours'],
    day: ['day', 'days'],
  },
  zh: { second: ['秒', '秒'], minute: ['分钟', '分钟'], hour: ['小时', '小时'], day: ['天', '天'] },
} as const;

function rounded(value: number): number {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}

const DURATION_UNITS = [
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
] as const;

/**
 * A duration in the largest unit that reads naturally (at least 2 of it, or a whole number of
 * it), rounded: `humanDuration(1500, 'en') === '25 minutes'`, `humanDuration(100, 'zh') === '100 秒'`.
 */
export function humanDuration(seconds: number, language: Language): string {
  const [unit, size] = DURATION_UNITS.find(
    ([, size]) => seconds / size >= 2 || (seconds >= size && seconds % size === 0),
  ) ?? ['second', 1];
  const amount = rounded(seconds / size);
  const names = UNITS[language][unit];
  return `${formatNumber(amount)} ${amount === 1 ? names[0] : names[1]}`;
}

/** Bytes in decimal units: `humanBytes(1_500_000_000) === '1.5 GB'`. */
export function humanBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let value = bytes;
  let index = 0;
  while (Math.abs(value) >= 1000 && index < units.length - 1) {
    value /= 1000;
    index += 1;
  }
  return `${formatNumber(index === 0 ? value : rounded(value))} ${units[index]}`;
}

import { useLanguage } from '../../i18n/language-context';
import type { Language } from '../../i18n/languages';
import { formatCompact, formatDuration } from '../../ui/format';
import type { Axis } from './lifespan-layout';
import { niceTicks, timeTicks } from './scale';
import type { LinearScale } from './scale';

export const CHART_COLORS = {
  keep_checkpoint_max: 'var(--mantine-color-orange-6)',
  keep_checkpoint_per_n_minutes: 'var(--mantine-color-grape-5)',
  overwritten: 'var(--mantine-color-red-7)',
  kept: 'var(--mantine-color-teal-6)',
  grid: 'var(--mantine-color-default-border)',
  text: 'var(--mantine-color-dimmed)',
  line: 'var(--mantine-color-blue-6)',
  area: 'var(--mantine-color-blue-light)',
  focus: 'var(--mantine-color-text)',
} as const;

/** Ticks and their labels for the horizontal axis: round seconds on time, round steps on steps. */
export function xTicks(
  axis: Axis,
  domain: readonly [number, number],
  width: number,
  language: Language = 'en',
) {
  const count = Math.max(2, Math.floor(width / 90));
  const values =
    axis === 'time'
      ? timeTicks(domain[0], domain[1], count)
      : niceTicks(domain[0], domain[1], count, true);
  return values.map((value) => ({
    value,
    label: axis === 'time' ? formatDuration(value, language) : formatCompact(value),
  }));
}

/** A bottom axis: a baseline, tick marks and labels. Drawn in SVG, hidden from screen readers. */
export function BottomAxis({ scale, axis, y }: { scale: LinearScale; axis: Axis; y: number }) {
  const { language } = useLanguage();
  const ticks = xTicks(axis, scale.domain, Math.abs(scale.range[1] - scale.range[0]), language);
  return (
    <g aria-hidden="true" fontSize={11} fill={CHART_COLORS.text}>
      <line x1={scale.range[0]} x2={scale.range[1]} y1={y} y2={y} stroke={CHART_COLORS.grid} />
      {ticks.map(({ value, label }, index) => {
        const x = scale(value);
        const anchor =
          index === 0 && x - scale.range[0] < 20
            ? 'start'
            : index === ticks.length - 1 && scale.range[1] - x < 20
              ? 'end'
              : 'middle';
        return (
          <g key={value}>
            <line x1={x} x2={x} y1={y} y2={y + 4} stroke={CHART_COLORS.grid} />
            <text x={x} y={y + 16} textAnchor={anchor}>
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

import { Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { useT } from '../../i18n/language-context';
import { timelineMessages as m } from '../../i18n/messages/timeline';
import { formatBytes, formatClock, formatCompact, formatCount } from '../../ui/format';
import { BottomAxis, CHART_COLORS } from './chart-axis';
import { diskPaths, diskX, peakIndex } from './disk-path';
import type { DiskPoint } from './disk-path';
import type { Axis } from './lifespan-layout';
import { nearestIndex } from './lifespan-layout';
import { linearScale, niceTicks } from './scale';

const HEIGHT = 150;

/** Files and bytes of this run on disk over time, as a step curve, with the peak marked. */
export function DiskChart({
  points,
  axis,
  domain,
  bytesPerFile,
}: {
  points: readonly DiskPoint[];
  axis: Axis;
  domain: readonly [number, number];
  bytesPerFile: number;
}) {
  const t = useT();
  const { ref, width: measured } = useElementSize();
  const width = measured > 0 ? measured : 600;
  const maxFiles = Math.max(1, ...points.map((point) => point.files));
  const yTicks = niceTicks(0, maxFiles, 4, true);
  const top = Math.max(maxFiles, yTicks[yTicks.length - 1] ?? maxFiles);
  const showBytes = bytesPerFile > 0;
  const margin = { left: 40, right: showBytes ? 58 : 12, top: 14, bottom: 24 };
  const x = useMemo(
    () => linearScale(domain, [margin.left, width - margin.right]),
    [domain, width, margin.left, margin.right],
  );
  const y = linearScale([0, top], [HEIGHT - margin.bottom, margin.top]);
  const { line, area } = diskPaths(points, axis, x, y, domain[1]);
  const peak = peakIndex(points);
  const peakPoint = points[peak];
  const xs = useMemo(() => points.map((point) => diskX(point, axis)), [points, axis]);

  const [focused, setFocused] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const active = hovered ?? focused;
  const activePoint = active !== null ? points[active] : undefined;

  function onKeyDown(event: KeyboardEvent) {
    if (points.length === 0) return;
    const last = points.length - 1;
    const current = focused ?? 0;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, current + 1),
      ArrowLeft: Math.max(0, current - 1),
      Home: 0,
      End: last,
      p: Math.max(0, peak),
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setHovered(null);
    setFocused(next);
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const index = nearestIndex(xs, x.invert(event.clientX - box.left));
    setHovered(index >= 0 ? index : null);
  }

  const describe = (point: DiskPoint) =>
    t(m.diskDetail, {
      step: formatCount(point.step),
      time: formatClock(point.time),
      files: formatCount(point.files),
      bytes: formatBytes(point.bytes),
    });

  return (
    <div>
      <Text size="sm" fw={600}>
        {t(m.diskTitle)}{' '}
        <Text span size="xs" c="dimmed">
          ({t(showBytes ? m.diskUnits : m.filesUnit)})
        </Text>
      </Text>
      <div
        ref={ref}
        tabIndex={0}
        role="group"
        aria-roledescription="chart"
        aria-label={t(m.diskLabel)}
        aria-description={peakPoint ? `${t(m.peak)}: ${describe(peakPoint)}` : undefined}
        data-testid="disk-chart"
        onKeyDown={onKeyDown}
        onFocus={() => setFocused((current) => current ?? Math.max(0, peak))}
        onBlur={() => setFocused(null)}
        style={{ borderRadius: 4 }}
      >
        <svg
          width={width}
          height={HEIGHT}
          aria-hidden="true"
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHovered(null)}
          style={{ display: 'block' }}
        >
          <g fontSize={11} fill={CHART_COLORS.text}>
            {yTicks.map((tick) => (
              <g key={tick}>
                <line
                  x1={margin.left}
                  x2={width - margin.right}
                  y1={y(tick)}
                  y2={y(tick)}
                  stroke={CHART_COLORS.grid}
                  strokeDasharray={tick === 0 ? undefined : '2 3'}
                />
                <text x={margin.left - 6} y={y(tick) + 4} textAnchor="end">
                  {formatCompact(tick)}
                </text>
                {showBytes && (
                  <text x={width - margin.right + 6} y={y(tick) + 4}>
                    {formatBytes(tick * bytesPerFile)}
                  </text>
                )}
              </g>
            ))}
          </g>
          <path d={area} fill={CHART_COLORS.area} />
          <path d={line} fill="none" stroke={CHART_COLORS.line} strokeWidth={1.5} />
          {peakPoint && (
            <g>
              <circle
                cx={x(diskX(peakPoint, axis))}
                cy={y(peakPoint.files)}
                r={4}
                fill={CHART_COLORS.keep_checkpoint_max}
                stroke="var(--mantine-color-body)"
              />
              <text
                x={x(diskX(peakPoint, axis))}
                y={Math.max(10, y(peakPoint.files) - 6)}
                fontSize={11}
                fill={CHART_COLORS.focus}
                textAnchor={x(diskX(peakPoint, axis)) > width / 2 ? 'end' : 'start'}
                data-testid="disk-peak"
              >
                {`${t(m.peak)} ${formatCount(peakPoint.files)} · ${formatBytes(peakPoint.bytes)}`}
              </text>
            </g>
          )}
          {activePoint && (
            <g>
              <line
                x1={x(diskX(activePoint, axis))}
                x2={x(diskX(activePoint, axis))}
                y1={margin.top}
                y2={HEIGHT - margin.bottom}
                stroke={CHART_COLORS.focus}
                strokeDasharray="3 2"
              />
              <circle
                cx={x(diskX(activePoint, axis))}
                cy={y(activePoint.files)}
                r={4}
                fill="none"
                stroke={CHART_COLORS.focus}
                strokeWidth={2}
              />
            </g>
          )}
          <BottomAxis scale={x} axis={axis} y={HEIGHT - margin.bottom} />
        </svg>
      </div>
      <Text size="xs" c="dimmed" aria-live="polite" mih="1.5em" data-testid="disk-detail">
        {activePoint ? describe(activePoint) : ''}
      </Text>
    </div>
  );
}

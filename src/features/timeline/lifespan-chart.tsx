import { Group, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { memo, useMemo, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { useT } from '../../i18n/language-context';
import { timelineMessages as m } from '../../i18n/messages/timeline';
import { formatClock, formatCount } from '../../ui/format';
import { BottomAxis, CHART_COLORS } from './chart-axis';
import { assignLanes, barRect, ENDED_BY, lifespanAt, lifespanPaths } from './lifespan-layout';
import type { Axis, Lifespan } from './lifespan-layout';
import { linearScale } from './scale';

const MARGIN = { left: 8, right: 12, top: 6, bottom: 24 };

/** One bar per checkpoint file, from its write to its deletion (or the end), coloured by cause. */
export function LifespanChart({
  lifespans,
  truncated,
  totalFiles,
  axis,
  domain,
}: {
  lifespans: readonly Lifespan[];
  truncated: boolean;
  totalFiles: number;
  axis: Axis;
  domain: readonly [number, number];
}) {
  const t = useT();
  const { ref, width: measured } = useElementSize();
  const width = measured > 0 ? measured : 600;
  const { lanes, count } = useMemo(() => assignLanes(lifespans), [lifespans]);
  const laneHeight = Math.max(0.5, Math.min(16, 160 / Math.max(1, count)));
  const plotHeight = Math.max(laneHeight * count, 16);
  const height = MARGIN.top + plotHeight + MARGIN.bottom;
  const x = useMemo(
    () => linearScale(domain, [MARGIN.left, width - MARGIN.right]),
    [domain, width],
  );
  const geometry = useMemo(() => ({ x, top: MARGIN.top, laneHeight, gap: 3 }), [x, laneHeight]);
  const paths = useMemo(
    () => lifespanPaths(lifespans, lanes, axis, geometry),
    [lifespans, lanes, axis, geometry],
  );
  const barCounts = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const lifespan of lifespans) {
      counts[lifespan.ended_by] = (counts[lifespan.ended_by] ?? 0) + 1;
    }
    return counts;
  }, [lifespans]);
  // Keyboard order: by write time.
  const order = useMemo(
    () =>
      lifespans
        .map((_, index) => index)
        .sort((a, b) => lifespans[a]!.start - lifespans[b]!.start || a - b),
    [lifespans],
  );
  const [focused, setFocused] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const position = focused === null ? -1 : order.indexOf(focused);
  const active = hovered ?? (position >= 0 ? focused : null);
  const activeLife = active !== null ? lifespans[active] : undefined;

  function onKeyDown(event: KeyboardEvent) {
    if (order.length === 0) return;
    const last = order.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, position + 1),
      ArrowDown: Math.min(last, position + 1),
      ArrowLeft: Math.max(0, position - 1),
      ArrowUp: Math.max(0, position - 1),
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setHovered(null);
    setFocused(order[next] ?? null);
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    setHovered(
      lifespanAt(
        lifespans,
        lanes,
        axis,
        geometry,
        event.clientX - box.left,
        event.clientY - box.top,
      ),
    );
  }

  const detail = activeLife
    ? t(m.lifespanDetail, {
        file: activeLife.file,
        startStep: formatCount(activeLife.start_step),
        start: formatClock(activeLife.start),
        endStep: formatCount(activeLife.end_step),
        end: formatClock(activeLife.end),
        ended: t(m[`endedBy_${activeLife.ended_by}`]),
      })
    : '';
  const highlight =
    activeLife && active !== null ? barRect(activeLife, lanes[active] ?? 0, axis, geometry) : null;

  return (
    <div>
      <LifespanHeading />
      <div
        ref={ref}
        tabIndex={0}
        role="group"
        aria-roledescription="chart"
        aria-label={t(m.lifespanLabel)}
        data-testid="lifespan-chart"
        onKeyDown={onKeyDown}
        onFocus={() => setFocused((current) => current ?? order[0] ?? null)}
        onBlur={() => setFocused(null)}
        style={{ outlineOffset: 2, borderRadius: 4 }}
      >
        {lifespans.length === 0 ? (
          <Text size="sm" c="dimmed" py="sm">
            {t(m.noFiles)}
          </Text>
        ) : (
          <svg
            width={width}
            height={height}
            aria-hidden="true"
            onPointerMove={onPointerMove}
            onPointerLeave={() => setHovered(null)}
            style={{ display: 'block' }}
          >
            {ENDED_BY.map((cause) => (
              <path
                key={cause}
                d={paths[cause]}
                fill={CHART_COLORS[cause]}
                data-ended-by={cause}
                data-bars={barCounts[cause] ?? 0}
              />
            ))}
            {highlight && (
              <rect
                x={highlight.x - 1.5}
                y={highlight.y - 1.5}
                width={highlight.width + 3}
                height={highlight.height + 3}
                fill="none"
                stroke={CHART_COLORS.focus}
                strokeWidth={2}
              />
            )}
            <BottomAxis scale={x} axis={axis} y={MARGIN.top + plotHeight + 2} />
          </svg>
        )}
      </div>
      <Text size="xs" c="dimmed" aria-live="polite" mih="1.5em" data-testid="lifespan-detail">
        {detail}
      </Text>
      {truncated && (
        <Text size="xs" c="dimmed">
          {t(m.lifespanSampled, {
            shown: formatCount(lifespans.length),
            total: formatCount(totalFiles),
          })}
        </Text>
      )}
    </div>
  );
}

// The title and the legend never change with the run: memoised, so that an edit skips them.
const LifespanHeading = memo(function LifespanHeading() {
  const t = useT();
  return (
    <>
      <Text size="sm" fw={600} id="timeline-lifespan-title">
        {t(m.lifespanTitle)}
      </Text>
      <Group gap="sm" wrap="wrap" my={4} aria-hidden="true">
        {ENDED_BY.map((cause) => (
          <Group key={cause} gap={4} wrap="nowrap">
            <svg width={12} height={12}>
              <rect width={12} height={12} rx={2} fill={CHART_COLORS[cause]} />
            </svg>
            <Text size="xs">{t(m[`endedBy_${cause}`])}</Text>
          </Group>
        ))}
      </Group>
    </>
  );
});

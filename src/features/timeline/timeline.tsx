import {
  Alert,
  Badge,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { BuilderState, SimulationResult } from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import { timelineMessages as m } from '../../i18n/messages/timeline';
import { formatBytes, formatCount, formatDuration } from '../../ui/format';
import { DiskChart } from './disk-chart';
import { EventsTable } from './events-table';
import { LifespanChart } from './lifespan-chart';
import type { Axis } from './lifespan-layout';
import { TimelineTotals } from './timeline-totals';
import { useSimulation } from './use-simulation';

/**
 * The timeline preview: what MindSpore writes, deletes and keeps for `state`, live. Charts read the
 * simulator's aggregated series; the table pages through the (capped) events.
 */
export function Timeline({ state: latest }: { state: BuilderState }) {
  const t = useT();
  // Typing renders the form first; the preview follows in an interruptible render, so that even
  // a slow re-render of the charts never holds a keystroke back.
  const state = useDeferredValue(latest);
  const { outcome, pending, offMainThread } = useSimulation(state);
  const [axis, setAxis] = useState<Axis>('step');

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="timeline-title"
      aria-busy={pending}
      data-testid="timeline"
      data-pending={pending || undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Title order={2} size="h4" id="timeline-title">
              {t(m.title)}
            </Title>
            {pending && (
              <Badge
                variant="light"
                leftSection={<Loader size={10} />}
                data-testid="timeline-updating"
              >
                {t(m.updating)}
              </Badge>
            )}
          </Group>
          <SegmentedControl
            size="xs"
            aria-label={t(m.axis)}
            value={axis}
            onChange={(value) => setAxis(value as Axis)}
            data={[
              { value: 'step', label: t(m.axisStep) },
              { value: 'time', label: t(m.axisTime) },
            ]}
            data-testid="timeline-axis"
          />
        </Group>
        {outcome && !outcome.ok && (
          <Alert color="gray" data-testid="timeline-unavailable">
            {t(m.unavailable, { message: outcome.message })}
          </Alert>
        )}
        {outcome?.ok && (
          <TimelineBody
            result={outcome.result}
            axis={axis}
            ranks={state.run.device_num}
            bytesPerFile={state.run.checkpoint_bytes}
            dimmed={pending}
          />
        )}
        {outcome?.ok && offMainThread && !pending && (
          <Text
            size="xs"
            c="dimmed"
            data-testid="timeline-computed"
            data-elapsed-ms={outcome.elapsedMs}
          >
            {t(m.offMainThread, { ms: Math.round(outcome.elapsedMs) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

const TimelineBody = memo(function TimelineBody({
  result,
  axis,
  ranks,
  bytesPerFile,
  dimmed,
}: {
  result: SimulationResult;
  axis: Axis;
  ranks: number;
  bytesPerFile: number;
  dimmed: boolean;
}) {
  const t = useT();
  const { language } = useLanguage();
  const domain = useMemo<readonly [number, number]>(
    () =>
      axis === 'time' ? [0, Math.max(result.end_time, 1e-9)] : [0, Math.max(result.total_steps, 1)],
    [axis, result.end_time, result.total_steps],
  );
  const { stats, error } = result;
  const summary =
    stats.saves > 0
      ? t(m.summary, {
          saves: formatCount(stats.saves),
          duration: formatDuration(result.end_time, language),
          peakFiles: formatCount(stats.peak_files),
          peakBytes: formatBytes(stats.peak_bytes),
          left: formatCount(result.retained.length),
        })
      : t(m.summaryNone, { duration: formatDuration(result.end_time, language) });
  return (
    <Stack gap="sm" style={{ opacity: dimmed ? 0.6 : 1, transition: 'opacity 120ms' }}>
      {error && (
        <Alert color="red" data-testid="timeline-error">
          {error.step !== undefined
            ? t(m.raisesAtStep, { kind: error.kind, message: error.message, step: error.step })
            : t(m.raises, { kind: error.kind, message: error.message })}
        </Alert>
      )}
      <Text size="sm" data-testid="timeline-summary">
        {summary}
      </Text>
      <TimelineTotals result={result} ranks={ranks} />
      <LifespanChart
        lifespans={result.series.lifespans}
        truncated={result.series.lifespans_truncated}
        totalFiles={stats.saves}
        axis={axis}
        domain={domain}
      />
      <DiskChart
        points={result.series.disk}
        axis={axis}
        domain={domain}
        bytesPerFile={Number.isFinite(bytesPerFile) && bytesPerFile > 0 ? bytesPerFile : 0}
      />
      <EventsTable
        events={result.events}
        truncated={result.truncated}
        totalEvents={stats.saves + stats.deletes}
      />
    </Stack>
  );
});

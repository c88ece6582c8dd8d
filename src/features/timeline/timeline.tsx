import { Alert, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { runProblemOf, unsupportedReasonOf } from '../../core/index';
import type { BuilderState, SimulationResult } from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import { timelineMessages as m } from '../../i18n/messages/timeline';
import { ChoiceButtons } from '../../ui/choice-buttons';
import { diagnosticText } from '../../ui/diagnostic-text';
import { reasonText } from '../../ui/reason-text';
import { formatBytes, formatCount, formatDuration } from '../../ui/format';
import { DiskChart } from './disk-chart';
import { EventsTable } from './events-table';
import { LifespanChart } from './lifespan-chart';
import type { Axis } from './lifespan-layout';
import { TimelineTotals } from './timeline-totals';
import { useSimulation } from './use-simulation';
import regionClasses from '../../ui/region.module.css';
import classes from './timeline.module.css';

/**
 * The timeline preview: what MindSpore writes, deletes and keeps for `state`, live. Charts read the
 * simulator's aggregated series; the table pages through the (capped) events.
 *
 * A keystroke's own render touches only what depends on the newest state directly (the region's
 * pending mark, for a large run); the charts follow in the deferred render, or when the worker
 * answers.
 */
export const Timeline = memo(function Timeline({ state }: { state: BuilderState }) {
  const t = useT();
  const { outcome, outcomeState, pending, offMainThread } = useSimulation(state);
  const [axis, setAxis] = useState<Axis>('step');

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      className={`${regionClasses.region} ${classes.region}`}
      aria-labelledby="timeline-title"
      aria-busy={pending}
      data-testid="timeline"
      data-pending={pending || undefined}
    >
      <Stack gap="sm">
        <TimelineHeader axis={axis} onAxis={setAxis} />
        {outcome && !outcome.ok && (
          <Alert color="gray" data-testid="timeline-unavailable">
            {t(m.unavailable, { message: outcome.message })}
          </Alert>
        )}
        {outcome?.ok && notPlayed(outcome.result) && (
          <RunNotPlayed
            kind={outcome.result.error?.kind}
            message={outcome.result.error?.message ?? ''}
            state={outcomeState}
          />
        )}
        {outcome?.ok && !notPlayed(outcome.result) && outcomeState && (
          // Dimmed here rather than in the body (timeline.module.css), so that the body (charts,
          // table) is not re-rendered just to be dimmed while a large run is computed.
          <div className={classes.body} data-testid="timeline-body">
            <TimelineBody
              result={outcome.result}
              axis={axis}
              ranks={outcomeState.run.device_num}
              bytesPerFile={outcomeState.run.checkpoint_bytes}
            />
          </div>
        )}
        {outcome?.ok && offMainThread && (
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
});

/**
 * Whether the simulator did not play the run at all: a training run it cannot play ("RunModel":
 * epoch 0, more saves than it plays) or a value it cannot know ("Unsupported": a prefix given as a
 * variable). Neither is an exception of MindSpore's.
 */
function notPlayed(result: SimulationResult): boolean {
  return result.error?.kind === 'RunModel' || result.error?.kind === 'Unsupported';
}

/**
 * A run the builder cannot play: its own limit, said in the page's language, not an exception of
 * MindSpore's; and no totals or charts, which would say that nothing is written.
 */
function RunNotPlayed({
  kind,
  message,
  state,
}: {
  kind: string | undefined;
  message: string;
  state: BuilderState | null;
}) {
  const t = useT();
  let text = message;
  if (state !== null && kind === 'RunModel') {
    text = diagnosticText(message, runProblemOf(state, message), t);
  } else if (state !== null) {
    const reason = unsupportedReasonOf(state, message);
    if (reason) text = reasonText(reason, t);
  }
  return (
    <Alert color="gray" data-testid="timeline-unavailable">
      {t(m.unavailable, { message: text })}
    </Alert>
  );
}

// Its "updating" badge is always there, shown by CSS while the region is pending for a while.
const TimelineHeader = memo(function TimelineHeader({
  axis,
  onAxis,
}: {
  axis: Axis;
  onAxis: (axis: Axis) => void;
}) {
  const t = useT();
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Group gap="xs">
        <Title order={2} size="h4" id="timeline-title">
          {t(m.title)}
        </Title>
        <span className={classes.updating}>
          <Badge variant="light" leftSection={<Loader size={10} />} data-testid="timeline-updating">
            {t(m.updating)}
          </Badge>
        </span>
      </Group>
      <AxisButtons axis={axis} onAxis={onAxis} />
    </Group>
  );
});

// Memoised like the header: an edit renders neither.
const AxisButtons = memo(function AxisButtons({
  axis,
  onAxis,
}: {
  axis: Axis;
  onAxis: (axis: Axis) => void;
}) {
  const t = useT();
  return (
    <ChoiceButtons<Axis>
      label={t(m.axis)}
      value={axis}
      onChange={onAxis}
      options={[
        { value: 'step', label: t(m.axisStep) },
        { value: 'time', label: t(m.axisTime) },
      ]}
      data-testid="timeline-axis"
    />
  );
});

const TimelineBody = memo(function TimelineBody({
  result,
  axis,
  ranks,
  bytesPerFile,
}: {
  result: SimulationResult;
  axis: Axis;
  ranks: number;
  bytesPerFile: number;
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
    <Stack gap="sm">
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

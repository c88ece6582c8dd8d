import { Group, Pagination, Table, Text } from '@mantine/core';
import { memo, useState } from 'react';
import type { SimulationEvent } from '../../core/index';
import { useT } from '../../i18n/language-context';
import { timelineMessages as m } from '../../i18n/messages/timeline';
import { formatClock, formatCount } from '../../ui/format';
import { withFileNameBreaks, withUnderscoreBreaks } from '../../ui/underscore-breaks';
import classes from './events-table.module.css';
import { tableClass } from './table-cells';

const PAGE_SIZE = 20;

/** The simulator's events, a page at a time: never more rows in the DOM than one page. */
export function EventsTable({
  events,
  truncated,
  totalEvents,
}: {
  events: readonly SimulationEvent[];
  truncated: boolean;
  totalEvents: number;
}) {
  const t = useT();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(events.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = events.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  const why = (event: SimulationEvent) => {
    if (event.kind === 'delete') {
      return t(event.policy === 'keep_checkpoint_max' ? m.whyMax : m.whyPerN);
    }
    return event.overwrote ? t(m.whyOverwrote) : t(m.whySave);
  };

  return (
    <div>
      <Text size="sm" fw={600} id="timeline-events-title">
        {t(m.eventsTitle)}
      </Text>
      {truncated && (
        <Text size="xs" c="dimmed">
          {t(m.eventsTruncated, {
            shown: formatCount(events.length),
            total: formatCount(totalEvents),
          })}
        </Text>
      )}
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(m.noEvents)}
        </Text>
      ) : (
        <>
          <div
            className={classes.region}
            tabIndex={0}
            role="region"
            aria-labelledby="timeline-events-title"
          >
            {/* Fits its region at any width: tight cells, a "why" that wraps at underscores, a file
                name that wraps at underscores and hyphens, and
                where the region is narrower than the table, the "why" on a line of its own
                (events-table.module.css). */}
            <Table
              striped
              highlightOnHover
              verticalSpacing={4}
              horizontalSpacing={6}
              fz="xs"
              aria-labelledby="timeline-events-title"
              data-testid="events-table"
              className={classes.table}
              style={NO_WRAP}
            >
              <EventsHead />
              <tbody className={tableClass.tbody}>
                {rows.map((event, index) => (
                  <EventRow
                    key={(current - 1) * PAGE_SIZE + index}
                    step={formatCount(event.step)}
                    epoch={event.kind === 'save' ? event.epoch : ''}
                    time={formatClock(event.time)}
                    file={event.file}
                    deleted={event.kind === 'delete'}
                    label={t(event.kind === 'save' ? m.written : m.deleted)}
                    why={why(event)}
                  />
                ))}
              </tbody>
            </Table>
          </div>
          {pages > 1 && <EventsPager pages={pages} current={current} onChange={setPage} />}
        </>
      )}
    </div>
  );
}

const MONO_RIGHT = {
  fontFamily: 'var(--mantine-font-family-monospace)',
  textAlign: 'right',
} as const;
const MONO_RIGHT_NOWRAP = { whiteSpace: 'nowrap', ...MONO_RIGHT } as const;
const WHY = { whiteSpace: 'normal', minWidth: '7.5rem' } as const;
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/**
 * One event, as plain elements with Mantine's table classes (the DOM Table.Tr and Table.Td give
 * inside a striped, hover-highlighted table): an edit re-renders every row of the page, and Mantine
 * components cost about fifteen React components a row. Props are strings, so that a row whose
 * texts did not change is skipped.
 */
const EventRow = memo(function EventRow({
  step,
  epoch,
  time,
  file,
  deleted,
  label,
  why,
}: {
  step: string;
  epoch: number | '';
  time: string;
  file: string;
  deleted: boolean;
  label: string;
  why: string;
}) {
  return (
    <tr className={tableClass.tr} data-with-row-border data-striped="odd" data-hover>
      <td className={tableClass.td} style={MONO_RIGHT}>
        {step}
      </td>
      <td className={tableClass.td} style={MONO_RIGHT}>
        {epoch}
      </td>
      <td className={tableClass.td} style={MONO_RIGHT_NOWRAP}>
        {time}
      </td>
      <td className={`${tableClass.td} ${classes.file}`}>{withFileNameBreaks(file)}</td>
      <td className={deleted ? `${tableClass.td} ${classes.deleted}` : tableClass.td}>{label}</td>
      <td className={tableClass.td} style={WHY}>
        {withUnderscoreBreaks(why)}
      </td>
    </tr>
  );
});

// The header and the pager rarely change while the events do (every edit): memoised, so that an
// edit re-renders the rows only (the header in plain elements, as the rows: see tableClass).
const RIGHT = { textAlign: 'right' } as const;
const EventsHead = memo(function EventsHead() {
  const t = useT();
  return (
    <thead className={tableClass.thead}>
      <tr className={tableClass.tr} data-with-row-border data-striped="odd" data-hover>
        <th style={RIGHT} className={tableClass.th}>
          {t(m.colStep)}
        </th>
        <th style={RIGHT} className={tableClass.th}>
          {t(m.colEpoch)}
        </th>
        <th style={RIGHT} className={tableClass.th}>
          {t(m.colTime)}
        </th>
        <th className={tableClass.th}>{t(m.colFile)}</th>
        <th className={tableClass.th}>{t(m.colEvent)}</th>
        <th className={tableClass.th}>{t(m.colWhy)}</th>
      </tr>
    </thead>
  );
});

const EventsPager = memo(function EventsPager({
  pages,
  current,
  onChange,
}: {
  pages: number;
  current: number;
  onChange: (page: number) => void;
}) {
  const t = useT();
  return (
    <Group justify="center" mt="xs">
      <Pagination
        size="sm"
        total={pages}
        value={current}
        onChange={onChange}
        siblings={1}
        boundaries={1}
        getItemProps={(item) => ({ 'aria-label': t(m.eventsPage, { page: item }) })}
        getControlProps={(control) => ({
          'aria-label': t(
            control === 'previous' || control === 'first' ? m.eventsPreviousPage : m.eventsNextPage,
          ),
        })}
        // A named div is not announced: a navigation landmark is.
        role="navigation"
        aria-label={t(m.eventsPages)}
      />
    </Group>
  );
});

import { Group, Pagination, Table, Text } from '@mantine/core';
import { memo, useState } from 'react';
import type { SimulationEvent } from '../../core/index';
import { useT } from '../../i18n/language-context';
import { timelineMessages as m } from '../../i18n/messages/timeline';
import { formatClock, formatCount } from '../../ui/format';
import classes from './events-table.module.css';

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
            style={{ overflowX: 'auto' }}
            tabIndex={0}
            role="region"
            aria-labelledby="timeline-events-title"
          >
            <Table
              striped
              highlightOnHover
              verticalSpacing={4}
              fz="xs"
              aria-labelledby="timeline-events-title"
              data-testid="events-table"
              style={{ minWidth: 520, whiteSpace: 'nowrap' }}
            >
              <EventsHead />
              <Table.Tbody>
                {rows.map((event, index) => (
                  <Table.Tr key={(current - 1) * PAGE_SIZE + index}>
                    <Table.Td ta="right" ff="monospace">
                      {formatCount(event.step)}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      {event.kind === 'save' ? event.epoch : ''}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {formatClock(event.time)}
                    </Table.Td>
                    <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {event.file}
                    </Table.Td>
                    <Table.Td {...(event.kind === 'delete' ? { className: classes.deleted } : {})}>
                      {t(event.kind === 'save' ? m.written : m.deleted)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'normal', minWidth: 200 }}>
                      {why(event)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          {pages > 1 && <EventsPager pages={pages} current={current} onChange={setPage} />}
        </>
      )}
    </div>
  );
}

// The header and the pager rarely change while the events do (every edit): memoised, so that an
// edit re-renders the rows only.
const EventsHead = memo(function EventsHead() {
  const t = useT();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th ta="right">{t(m.colStep)}</Table.Th>
        <Table.Th ta="right">{t(m.colEpoch)}</Table.Th>
        <Table.Th ta="right">{t(m.colTime)}</Table.Th>
        <Table.Th>{t(m.colFile)}</Table.Th>
        <Table.Th>{t(m.colEvent)}</Table.Th>
        <Table.Th>{t(m.colWhy)}</Table.Th>
      </Table.Tr>
    </Table.Thead>
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

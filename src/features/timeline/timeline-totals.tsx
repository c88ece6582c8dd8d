import { Table } from '@mantine/core';
import { memo } from 'react';
import type { SimulationResult } from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import { timelineMessages as m } from '../../i18n/messages/timeline';
import { formatBytes, formatCount, formatDuration, formatPercent } from '../../ui/format';
import { tableClass } from './table-cells';

/** The run's totals for one rank and, when there are several, for the whole job. */
export function TimelineTotals({ result, ranks }: { result: SimulationResult; ranks: number }) {
  const t = useT();
  const { language } = useLanguage();
  const { stats } = result;
  const jobRanks = Number.isFinite(ranks) && ranks > 1 ? Math.floor(ranks) : 1;
  const share = result.end_time > 0 ? stats.blocked_seconds / result.end_time : 0;
  const peak = (n: number) =>
    t(m.peakDiskValue, {
      bytes: formatBytes(stats.peak_bytes * n),
      files: formatCount(stats.peak_files * n),
    });
  const rows: { id: string; label: string; rank: string; job: string }[] = [
    {
      id: 'files-written',
      label: t(m.filesWritten),
      rank: formatCount(stats.saves),
      job: formatCount(stats.saves * jobRanks),
    },
    {
      id: 'files-left',
      label: t(m.filesLeft),
      rank: formatCount(result.retained.length),
      job: formatCount(result.retained.length * jobRanks),
    },
    { id: 'peak-disk', label: t(m.peakDisk), rank: peak(1), job: peak(jobRanks) },
    {
      id: 'bytes-written',
      label: t(m.bytesWritten),
      rank: formatBytes(stats.bytes_written),
      job: formatBytes(stats.bytes_written * jobRanks),
    },
    {
      id: 'waiting',
      label: t(m.waiting),
      // Ranks save in parallel: the job waits as long as one rank does.
      rank: t(m.waitingValue, {
        duration: formatDuration(stats.blocked_seconds, language),
        share: formatPercent(share),
      }),
      job: t(m.waitingValue, {
        duration: formatDuration(stats.blocked_seconds, language),
        share: formatPercent(share),
      }),
    },
    {
      id: 'run-time',
      label: t(m.runTime),
      rank: formatDuration(result.end_time, language),
      job: formatDuration(result.end_time, language),
    },
  ];
  return (
    <Table
      data-testid="timeline-totals"
      fz="sm"
      verticalSpacing={4}
      withRowBorders={false}
      aria-label={t(m.totals)}
    >
      <TotalsHead jobRanks={jobRanks} />
      {/* Plain elements with Mantine's table classes: the DOM Table.Tr, Table.Th and Table.Td
          give, without three Mantine components per cell on every edit. */}
      <tbody className={tableClass.tbody}>
        {rows.map((row) => (
          <tr key={row.id} className={tableClass.tr}>
            <th className={tableClass.th} scope="row" style={LABEL}>
              {row.label}
            </th>
            <td className={tableClass.td} data-testid={`total-${row.id}`} style={RANK}>
              {row.rank}
            </td>
            {jobRanks > 1 && (
              <td className={tableClass.td} data-testid={`total-${row.id}-job`} style={JOB}>
                {row.job}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

const LABEL = { fontWeight: 400 } as const;
const RANK = { fontWeight: 600, textAlign: 'right' } as const;
const JOB = { textAlign: 'right' } as const;

// The header changes only with the number of ranks (or the language); plain elements, as the rows.
const TotalsHead = memo(function TotalsHead({ jobRanks }: { jobRanks: number }) {
  const t = useT();
  return (
    <thead className={tableClass.thead}>
      <tr className={tableClass.tr}>
        <th className={tableClass.th}>{t(m.totals)}</th>
        <th style={JOB} className={tableClass.th}>
          {t(m.oneRank)}
        </th>
        {jobRanks > 1 && (
          <th style={JOB} className={tableClass.th}>
            {t(m.wholeJob, { ranks: jobRanks })}
          </th>
        )}
      </tr>
    </thead>
  );
});

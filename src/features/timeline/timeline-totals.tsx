import { Table } from '@mantine/core';
import type { SimulationResult } from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import { timelineMessages as m } from '../../i18n/messages/timeline';
import { formatBytes, formatCount, formatDuration, formatPercent } from '../../ui/format';

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
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t(m.totals)}</Table.Th>
          <Table.Th ta="right">{t(m.oneRank)}</Table.Th>
          {jobRanks > 1 && <Table.Th ta="right">{t(m.wholeJob, { ranks: jobRanks })}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Th scope="row" fw={400}>
              {row.label}
            </Table.Th>
            <Table.Td ta="right" fw={600} data-testid={`total-${row.id}`}>
              {row.rank}
            </Table.Td>
            {jobRanks > 1 && (
              <Table.Td ta="right" data-testid={`total-${row.id}-job`}>
                {row.job}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { MantineProvider, Table } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { completeState, simulate } from '../../core/index';
import type { PartialBuilderState, SimulationEvent } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import { timelineMessages as m } from '../../i18n/messages/timeline';
import { formatClock, formatCount } from '../../ui/format';
import { EventsTable } from './events-table';
import classes from './events-table.module.css';
import { TimelineTotals } from './timeline-totals';

// The timeline's table rows are plain elements with Mantine's classes (table-cells.ts), for speed.
// These tests pin them to the DOM Mantine's own Table.Tr, Table.Th and Table.Td give for the same
// props, so that nothing on screen differs from the Mantine components they replace.

function wrap(node: ReactNode) {
  return (
    <MantineProvider env="test">
      <LanguageProvider initial="en">{node}</LanguageProvider>
    </MantineProvider>
  );
}

function run(partial: PartialBuilderState) {
  return simulate(completeState(partial), { maxEvents: 5000 });
}

const en = (message: { en: string }) => message.en;

function why(event: SimulationEvent) {
  if (event.kind === 'delete') {
    return en(event.policy === 'keep_checkpoint_max' ? m.whyMax : m.whyPerN);
  }
  return event.overwrote ? en(m.whyOverwrote) : en(m.whySave);
}

/** A line-break opportunity after each underscore: "keep_<wbr>checkpoint_<wbr>max: …". */
function breakAfterUnderscores(text: string): ReactNode[] {
  return text
    .split(/(?<=_)/)
    .flatMap((part, index) => (index === 0 ? [part] : [<wbr key={index} />, part]));
}

/** The file name, breakable after each underscore and hyphen: "CKP-<wbr>1_<wbr>5.ckpt". */
function breakAfterUnderscoresAndHyphens(text: string): ReactNode[] {
  return text
    .split(/(?<=[_-])/)
    .flatMap((part, index) => (index === 0 ? [part] : [<wbr key={index} />, part]));
}

/** The rows as the timeline wrote them with Mantine components (the "why" breakable). */
function MantineEventRows({ events }: { events: readonly SimulationEvent[] }) {
  return (
    <Table striped highlightOnHover verticalSpacing={4} fz="xs">
      <Table.Tbody>
        {events.map((event, index) => (
          <Table.Tr key={index}>
            <Table.Td ta="right" ff="monospace">
              {formatCount(event.step)}
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {event.kind === 'save' ? event.epoch : ''}
            </Table.Td>
            <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
              {formatClock(event.time)}
            </Table.Td>
            <Table.Td className={classes.file}>
              {breakAfterUnderscoresAndHyphens(event.file)}
            </Table.Td>
            <Table.Td {...(event.kind === 'delete' ? { className: classes.deleted } : {})}>
              {en(event.kind === 'save' ? m.written : m.deleted)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'normal', minWidth: '7.5rem' }}>
              {breakAfterUnderscores(why(event))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The tbody as text with each element's attributes sorted (their order means nothing). */
function tbodyHtml(container: HTMLElement) {
  const canonical = (node: Node): string => {
    if (!(node instanceof Element)) return node.textContent ?? '';
    const attributes = [...node.attributes]
      .map((attribute) => `${attribute.name}="${attribute.value}"`)
      .sort()
      .join(' ');
    const children = [...node.childNodes].map(canonical).join('');
    return `<${node.tagName.toLowerCase()} ${attributes}>${children}</${node.tagName.toLowerCase()}>`;
  };
  return canonical(container.querySelector('tbody')!);
}

describe('plain table rows', () => {
  test.each<[string, PartialBuilderState, (event: SimulationEvent) => boolean]>([
    [
      'saves and keep_checkpoint_max deletions',
      { run: { epoch: 2, dataset_size: 5 } },
      (event) => event.kind === 'delete' && event.policy === 'keep_checkpoint_max',
    ],
    [
      'keep_checkpoint_per_n_minutes deletions',
      {
        config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 },
        run: { epoch: 2, dataset_size: 50, step_seconds: 10 },
      },
      (event) => event.kind === 'delete' && event.policy === 'keep_checkpoint_per_n_minutes',
    ],
    [
      'overwrites (CPU sink: names repeat)',
      {
        config: { save_checkpoint_steps: 1, keep_checkpoint_max: 10 },
        run: {
          epoch: 2,
          dataset_size: 6,
          dataset_sink_mode: true,
          sink_size: 3,
          device_target: 'CPU',
        },
      },
      (event) => event.kind === 'save' && event.overwrote,
    ],
  ])('%s: the events table rows are the DOM of Mantine’s rows', (_label, partial, covers) => {
    const result = run(partial);
    const page = result.events.slice(0, 20);
    expect(page.some(covers)).toBe(true);
    const plain = render(
      wrap(<EventsTable events={result.events} truncated={false} totalEvents={0} />),
    );
    const mantine = render(wrap(<MantineEventRows events={page} />));
    expect(tbodyHtml(plain.container)).toBe(tbodyHtml(mantine.container));
    // The break points change nothing that is read or copied: each "why" is its message whole.
    const whys = [...plain.container.querySelectorAll('tbody tr td:last-child')];
    expect(whys.map((cell) => cell.textContent)).toEqual(page.map(why));
    // And each underscore is followed by one (keep_checkpoint_per_n_minutes may break 4 times).
    expect(whys.map((cell) => cell.querySelectorAll('wbr').length)).toEqual(
      page.map((event) => why(event).split('_').length - 1),
    );
  });

  test.each<[string, number]>([
    ['one rank', 1],
    ['eight ranks', 8],
  ])('%s: the totals rows are the DOM of Mantine’s rows', (_label, ranks) => {
    const result = run({ run: { epoch: 2, dataset_size: 5, device_num: ranks } });
    const plain = render(wrap(<TimelineTotals result={result} ranks={ranks} />));
    const cells = [...plain.container.querySelectorAll('tbody tr')].map((row) => ({
      label: row.querySelector('th')!.textContent ?? '',
      id: row.querySelector('td')!.getAttribute('data-testid')!,
      rank: row.querySelectorAll('td')[0]!.textContent ?? '',
      job: row.querySelectorAll('td')[1]?.textContent,
    }));
    expect(cells).toHaveLength(6);
    const mantine = render(
      wrap(
        <Table fz="sm" verticalSpacing={4} withRowBorders={false}>
          <Table.Tbody>
            {cells.map((cell) => (
              <Table.Tr key={cell.id}>
                <Table.Th scope="row" fw={400}>
                  {cell.label}
                </Table.Th>
                <Table.Td ta="right" fw={600} data-testid={cell.id}>
                  {cell.rank}
                </Table.Td>
                {cell.job !== undefined && (
                  <Table.Td ta="right" data-testid={`${cell.id}-job`}>
                    {cell.job}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>,
      ),
    );
    expect(ranks === 1 || cells.every((cell) => cell.job !== undefined)).toBe(true);
    expect(tbodyHtml(plain.container)).toBe(tbodyHtml(mantine.container));
  });
});

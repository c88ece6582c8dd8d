import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { completeState, findWarnings, warningMessage } from '../../core/index';
import type { Warning } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import type { Language } from '../../i18n/languages';
import { WarningsPanel } from './warnings-panel';

function wrap(node: React.ReactNode, language: Language = 'en') {
  return (
    <MantineProvider env="test">
      <LanguageProvider initial={language}>{node}</LanguageProvider>
    </MantineProvider>
  );
}

// Real findings from the core, so that the panel is tested on what it will be given.
const secondsIgnored = completeState({
  config: { save_checkpoint_steps: 1, save_checkpoint_seconds: 600 },
});
const graphSinkDrift = completeState({
  config: { save_checkpoint_steps: 150 },
  run: { dataset_sink_mode: true, sink_size: 100, mode: 'GRAPH_MODE', device_target: 'Ascend' },
});

function entry(id: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-warning-id="${id}"]`);
  if (found === null) throw new Error(`no entry ${id}`);
  return found;
}

// Rendering Mantine in jsdom is slow on a loaded machine: a generous timeout, as in the form's tests.
describe('WarningsPanel', { timeout: 30_000 }, () => {
  test('every warning is an entry with its id, severity in words, message and fields', () => {
    const warnings = findWarnings(secondsIgnored);
    render(wrap(<WarningsPanel warnings={warnings} onApplyFix={() => {}} />));
    const ids = [...document.querySelectorAll('[data-warning-id]')].map((node) =>
      node.getAttribute('data-warning-id'),
    );
    expect(ids.sort()).toEqual(warnings.map((warning) => warning.id).sort());
    const seconds = within(entry('seconds-ignored'));
    expect(seconds.getByText('Warning')).toBeInTheDocument();
    expect(
      seconds.getByText(warningMessage('seconds-ignored', { seconds: 600 }, 'en')),
    ).toBeInTheDocument();
    expect(seconds.getByText('save_checkpoint_steps')).toBeInTheDocument();
    expect(seconds.getByText('r2.2 L181-184', { exact: false })).toBeInTheDocument();
  });

  test('the fix button says what it does and calls back with its warning', async () => {
    const warnings = findWarnings(secondsIgnored);
    const onApplyFix = vi.fn<(warning: Warning) => void>();
    render(wrap(<WarningsPanel warnings={warnings} onApplyFix={onApplyFix} />));
    await userEvent.click(
      within(entry('seconds-ignored')).getByRole('button', {
        name: 'Clear save_checkpoint_seconds (set it to 0)',
      }),
    );
    expect(onApplyFix).toHaveBeenCalledTimes(1);
    expect(onApplyFix.mock.calls[0]?.[0]).toBe(
      warnings.find((warning) => warning.id === 'seconds-ignored'),
    );
  });

  test('after an edit that leaves a warning as it was, its fix goes to the newest callback', async () => {
    const warnings = findWarnings(secondsIgnored);
    const before = vi.fn<(warning: Warning) => void>();
    const after = vi.fn<(warning: Warning) => void>();
    const { rerender } = render(wrap(<WarningsPanel warnings={warnings} onApplyFix={before} />));
    // What the page passes after an edit: equal warnings (new objects), a new callback.
    const copies = JSON.parse(JSON.stringify(warnings)) as Warning[];
    rerender(wrap(<WarningsPanel warnings={copies} onApplyFix={after} />));
    await userEvent.click(
      within(entry('seconds-ignored')).getByRole('button', {
        name: 'Clear save_checkpoint_seconds (set it to 0)',
      }),
    );
    expect(before).not.toHaveBeenCalled();
    expect(after).toHaveBeenCalledTimes(1);
    expect(after.mock.calls[0]?.[0]).toEqual(
      copies.find((warning) => warning.id === 'seconds-ignored'),
    );
  });

  test('a warning without an unambiguous fix has no fix button', () => {
    const warnings = findWarnings(graphSinkDrift);
    render(wrap(<WarningsPanel warnings={warnings} onApplyFix={() => {}} />));
    // The drift has a fix; saves-every-step (info) or others without one show none.
    expect(within(entry('sink-interval-drift')).getByTestId('warning-fix')).toHaveTextContent(
      'Set save_checkpoint_steps to the next multiple of the sink size',
    );
    for (const warning of warnings.filter((item) => item.fix === undefined)) {
      expect(within(entry(warning.id)).queryByTestId('warning-fix')).toBeNull();
    }
  });

  test('errors come first, grouped, and say when MindSpore raises', () => {
    const state = completeState({ callback: { prefix: 'runs/a' } });
    const warnings = findWarnings(state);
    const error = warnings.find((warning) => warning.severity === 'error');
    expect(error).toBeDefined();
    render(wrap(<WarningsPanel warnings={warnings} onApplyFix={() => {}} />));
    const groups = [...document.querySelectorAll('[data-group]')].map((node) =>
      node.getAttribute('data-group'),
    );
    expect(groups[0]).toBe('error');
    const errorEntry = within(entry(error?.id ?? ''));
    expect(errorEntry.getByText('Error')).toBeInTheDocument();
    expect(errorEntry.getByText('when ModelCheckpoint is built')).toBeInTheDocument();
  });

  test('renders the messages, fix labels and group titles in Chinese', () => {
    const warnings = findWarnings(secondsIgnored);
    render(wrap(<WarningsPanel warnings={warnings} onApplyFix={() => {}} />, 'zh'));
    const seconds = within(entry('seconds-ignored'));
    expect(
      seconds.getByText(warningMessage('seconds-ignored', { seconds: 600 }, 'zh')),
    ).toBeInTheDocument();
    expect(seconds.getByTestId('warning-fix')).toHaveTextContent('清除 save_checkpoint_seconds');
    expect(seconds.getByText('警告')).toBeInTheDocument();
  });

  test('nothing to point out: the empty state, and no entries', () => {
    render(wrap(<WarningsPanel warnings={[]} onApplyFix={() => {}} />));
    expect(screen.getByTestId('warnings-empty')).toHaveTextContent('Nothing to point out');
    expect(document.querySelector('[data-warning-id]')).toBeNull();
  });

  test('a rejected configuration is not called fine: the panel and the live region say why it is empty', () => {
    const view = render(wrap(<WarningsPanel warnings={[]} onApplyFix={() => {}} />));
    view.rerender(wrap(<WarningsPanel warnings={[]} onApplyFix={() => {}} blocked />));
    expect(screen.getByTestId('warnings-empty')).toHaveTextContent(
      'Nothing else to check until the error shown at its field is resolved.',
    );
    expect(screen.getByTestId('warnings-empty')).not.toHaveTextContent('Nothing to point out');
    expect(screen.getByTestId('warnings-announcer')).toHaveTextContent('An error at a field.');
  });

  test('the live region stays quiet at first and announces a changed count once', () => {
    const before = findWarnings(completeState({ config: { save_checkpoint_steps: 1 } }));
    const after = findWarnings(secondsIgnored);
    const view = render(wrap(<WarningsPanel warnings={before} onApplyFix={() => {}} />));
    const region = screen.getByTestId('warnings-announcer');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('');
    view.rerender(wrap(<WarningsPanel warnings={after} onApplyFix={() => {}} />));
    const warningsAfter = after.filter((warning) => warning.severity === 'warning').length;
    expect(region).toHaveTextContent(
      warningsAfter === 1 ? '1 warning.' : `${warningsAfter} warnings.`,
    );
  });
  test('after a fix that leaves no warning, the focus goes to the panel’s heading', async () => {
    const fixable = findWarnings(secondsIgnored).filter((warning) => warning.fix);
    const only = fixable.slice(0, 1);
    expect(only).toHaveLength(1);
    const view = render(wrap(<WarningsPanel warnings={only} onApplyFix={() => {}} />));
    await userEvent.click(screen.getByTestId('warning-fix'));
    // The fix's warning leaves (the page gives the panel the new warnings one render later).
    view.rerender(wrap(<WarningsPanel warnings={[]} onApplyFix={() => {}} />));
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  test('after a fix, the focus goes to the warning that takes its place', async () => {
    const warnings = findWarnings(graphSinkDrift);
    const shown = [...document.querySelectorAll('[data-warning-id]')];
    expect(shown).toHaveLength(0);
    const view = render(wrap(<WarningsPanel warnings={warnings} onApplyFix={() => {}} />));
    const entries = [...document.querySelectorAll<HTMLElement>('[data-warning-id]')];
    const index = entries.findIndex((node) => within(node).queryByTestId('warning-fix'));
    expect(index).toBeGreaterThanOrEqual(0);
    const fixedId = entries[index]!.getAttribute('data-warning-id');
    await userEvent.click(within(entries[index]!).getByTestId('warning-fix'));
    const left = warnings.filter((warning) => warning.id !== fixedId);
    view.rerender(wrap(<WarningsPanel warnings={left} onApplyFix={() => {}} />));
    const after = [...document.querySelectorAll<HTMLElement>('[data-warning-id]')];
    const expected =
      after[Math.min(index, after.length - 1)] ?? screen.getByRole('heading', { level: 2 });
    expect(expected).toHaveFocus();
  });
});

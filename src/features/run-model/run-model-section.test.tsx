import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useCallback, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { defaultState } from '../../core/index';
import type { BuilderState, RunModel } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import { RunModelSection } from './run-model-section';

function renderSection(language: 'en' | 'zh' = 'en') {
  const commits: [BuilderState, string][] = [];
  const onCommit = vi.fn((next: BuilderState, key: string) => commits.push([next, key]));
  function Host() {
    const [state, setState] = useState(defaultState());
    const onRunChange = useCallback((run: RunModel, key: string) => {
      setState((current) => {
        const next = { ...current, run };
        onCommit(next, key);
        return next;
      });
    }, []);
    return <RunModelSection state={state} onRunChange={onRunChange} />;
  }
  render(
    <MantineProvider env="test">
      <LanguageProvider initial={language}>
        <Host />
      </LanguageProvider>
    </MantineProvider>,
  );
  return { commits, last: () => commits.at(-1)![0].run, user: userEvent.setup() };
}

/** A page whose config changes outside the section; run edits apply to its newest state. */
function renderWithOutsideEdit() {
  const commits: BuilderState[] = [];
  function Host() {
    const [state, setState] = useState(defaultState());
    const onRunChange = useCallback((run: RunModel) => {
      setState((current) => {
        const next = { ...current, run };
        commits.push(next);
        return next;
      });
    }, []);
    return (
      <>
        <button
          type="button"
          onClick={() =>
            setState((current) => ({
              ...current,
              config: { ...current.config, save_checkpoint_steps: 250 },
            }))
          }
        >
          edit the config
        </button>
        <RunModelSection state={state} onRunChange={onRunChange} />
      </>
    );
  }
  render(
    <MantineProvider env="test">
      <LanguageProvider initial="en">
        <Host />
      </LanguageProvider>
    </MantineProvider>,
  );
  return { commits, user: userEvent.setup() };
}

// By label text rather than role: computing every accessible name in jsdom is slow.
const field = (name: string) => screen.getByLabelText(new RegExp(`^${name} (changed )?·`));

// Mantine's inputs render slowly in jsdom on a busy machine.
describe('RunModelSection', { timeout: 30_000 }, () => {
  test.each([
    ['epoch'],
    ['dataset_size'],
    ['sink_size'],
    ['step_seconds'],
    ['startup_seconds'],
    ['checkpoint_bytes'],
    ['save_seconds'],
    ['previous_runs'],
    ['device_num'],
    ['pipeline_stages'],
  ])('the %s control is labelled with its field name and a description', (name) => {
    renderSection();
    expect(field(name)).toBeInTheDocument();
  });

  test('a field differing from the default run is marked changed; the others are not', async () => {
    const { user } = renderSection();
    expect(screen.queryAllByTestId('changed')).toHaveLength(0);
    await user.clear(field('epoch'));
    await user.type(field('epoch'), '25');
    expect(screen.getByLabelText(/^epoch changed ·/)).toBeInTheDocument();
    expect(screen.getAllByTestId('changed')).toHaveLength(1);
    await user.click(screen.getByLabelText(/^dataset_sink_mode/));
    expect(screen.getByLabelText(/^dataset_sink_mode changed ·/)).toBeInTheDocument();
    expect(screen.getAllByTestId('changed')).toHaveLength(2);
  });

  test.each([
    ['en', ['s', 'min']],
    ['zh', ['秒', '分钟']],
  ] as const)(
    '%s: the time unit choices read in the language, the values stay units',
    (language, words) => {
      renderSection(language);
      const select = screen.getByTestId('run-startup_seconds-unit');
      const options = [...select.querySelectorAll('option')];
      expect(options.map((option) => option.textContent)).toEqual(words);
      expect(options.map((option) => option.value)).toEqual(['s', 'min']);
    },
  );

  test('a run edit after a config edit the section skipped keeps the config edit', async () => {
    const { commits, user } = renderWithOutsideEdit();
    await user.click(screen.getByRole('button', { name: 'edit the config' }));
    await user.clear(field('epoch'));
    await user.type(field('epoch'), '3');
    // Built on the newest state, not on the one the section last rendered with.
    expect(commits.at(-1)?.config['save_checkpoint_steps']).toBe(250);
    expect(commits.at(-1)?.run.epoch).toBe(3);
  });

  test('typing replaces a field and commits under its own undo key', async () => {
    const { user, last, commits } = renderSection();
    await user.clear(field('epoch'));
    await user.type(field('epoch'), '25');
    expect(last().epoch).toBe(25);
    expect(commits.at(-1)![1]).toBe('run.epoch');
  });

  test('a step time typed in ms is stored in seconds', async () => {
    const { user, last } = renderSection();
    // The default 0.5 s is shown as 500 ms.
    expect(field('step_seconds')).toHaveValue('500');
    await user.clear(field('step_seconds'));
    await user.type(field('step_seconds'), '1500');
    expect(last().step_seconds).toBe(1.5);
  });

  test('text that is not a number stays, says so, and changes nothing', async () => {
    const { user, commits } = renderSection();
    await user.clear(field('dataset_size'));
    const before = commits.length;
    await user.type(field('dataset_size'), 'abc');
    expect(commits.length).toBe(before);
    expect(field('dataset_size')).toHaveValue('abc');
    expect(screen.getByText('Enter a number')).toBeInTheDocument();
  });

  test('checkpoint size from parameter count × bytes per parameter', async () => {
    const { user, last } = renderSection();
    await user.click(screen.getByRole('radio', { name: 'From parameters' }));
    // 7 billion bfloat16 parameters: 14 GB.
    await user.clear(field('checkpoint_bytes'));
    await user.type(field('checkpoint_bytes'), '7');
    expect(last().checkpoint_bytes).toBe(14e9);
  });

  test('save time from write speed follows the file size', async () => {
    const { user, last } = renderSection();
    await user.click(screen.getByRole('radio', { name: 'From write speed' }));
    await user.clear(field('save_seconds'));
    await user.type(field('save_seconds'), '2');
    // 1 GB at 2 GB/s.
    expect(last().save_seconds).toBe(0.5);
    await user.clear(field('checkpoint_bytes'));
    await user.type(field('checkpoint_bytes'), '4');
    expect(last().checkpoint_bytes).toBe(4e9);
    expect(last().save_seconds).toBe(2);
  });
});

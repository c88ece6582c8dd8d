import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { defaultState, exportText, validate } from '../../core/index';
import type { BuilderState, ExportFormat } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import { rendersDuring } from '../../test/renders';
import { ExportPanel } from './export-panel';

function renderPanel(state: BuilderState) {
  return render(
    <MantineProvider env="test">
      <LanguageProvider initial="en">
        <ExportPanel state={state} />
      </LanguageProvider>
    </MantineProvider>,
  );
}

const edited: BuilderState = (() => {
  const state = defaultState('2.5');
  return {
    ...state,
    config: { ...state.config, save_checkpoint_steps: 1875, keep_checkpoint_max: 10 },
    callback: { ...state.callback, prefix: 'checkpoint_lenet' },
  };
})();

const TABS: [string, ExportFormat][] = [
  ['Python', 'python'],
  ['TypeScript', 'typescript'],
  ['JSON', 'json'],
  ['YAML', 'yaml'],
];

describe('the export panel', { timeout: 60_000 }, () => {
  test.each(TABS)('tab %s shows exportText’s output exactly', async (name, format) => {
    const user = userEvent.setup({ delay: null });
    renderPanel(edited);
    await user.click(screen.getByRole('tab', { name }));
    expect(screen.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('export-code').textContent).toBe(exportText(edited, format));
    // Only the active tab's text is in the page.
    expect(screen.getAllByTestId('export-code')).toHaveLength(1);
  });

  test('the switch writes all arguments, and back; JSON ignores it and says so', async () => {
    const user = userEvent.setup({ delay: null });
    renderPanel(edited);
    const code = () => screen.getByTestId('export-code').textContent;
    const toggle = screen.getByRole('switch', { name: /only non-default arguments/i });
    expect(toggle).toBeChecked();
    expect(code()).toBe(exportText(edited, 'python', { onlyNonDefault: true }));
    await user.click(toggle);
    expect(code()).toBe(exportText(edited, 'python', { onlyNonDefault: false }));
    expect(code()).not.toBe(exportText(edited, 'python', { onlyNonDefault: true }));
    await user.click(screen.getByRole('tab', { name: 'YAML' }));
    expect(code()).toBe(exportText(edited, 'yaml', { onlyNonDefault: false }));
    await user.click(screen.getByRole('tab', { name: 'JSON' }));
    expect(screen.getByRole('switch', { name: /only non-default arguments/i })).toBeDisabled();
    expect(screen.getByText(/JSON always holds the whole state/)).toBeInTheDocument();
  });

  test('Copy writes the text to the clipboard and says so', async () => {
    const user = userEvent.setup({ delay: null });
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderPanel(edited);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(exportText(edited, 'python'));
    await waitFor(() => expect(screen.getByTestId('export-copy')).toHaveTextContent('Copied'));
  });

  test('Download names the file after the format', async () => {
    const user = userEvent.setup({ delay: null });
    const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:test');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('checkpoint_monitor.yaml');
    });
    renderPanel(edited);
    await user.click(screen.getByRole('tab', { name: 'YAML' }));
    await user.click(screen.getByRole('button', { name: /Download checkpoint_monitor\.yaml/ }));
    expect(click).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(await blob?.text()).toBe(exportText(edited, 'yaml'));
    click.mockRestore();
  });
});

describe('a configuration MindSpore refuses', { timeout: 60_000 }, () => {
  const refused: [string, BuilderState][] = [
    [
      'CheckpointConfig: all four policy values 0 (E05)',
      (() => {
        const state = defaultState('2.2');
        return {
          ...state,
          config: { ...state.config, save_checkpoint_steps: 0, keep_checkpoint_max: 0 },
        };
      })(),
    ],
    [
      'ModelCheckpoint: a prefix with a slash',
      (() => {
        const state = defaultState('2.7');
        return { ...state, callback: { ...state.callback, prefix: 'runs/ckpt' } };
      })(),
    ],
  ];

  test.each(refused)(
    '%s: every tab says the code fails, with MindSpore’s exception',
    async (_label, state) => {
      const [raised] = validate(state);
      expect(raised).toBeDefined();
      const user = userEvent.setup({ delay: null });
      renderPanel(state);
      for (const [name] of TABS) {
        await user.click(screen.getByRole('tab', { name }));
        const note = await screen.findByTestId('export-raises');
        expect(note).toHaveTextContent(
          name === 'JSON'
            ? 'MindSpore raises for this configuration'
            : 'This code fails when your script runs: MindSpore raises',
        );
        expect(note).toHaveTextContent(`${raised!.kind}: ${raised!.message}`);
      }
    },
  );

  test('a value the builder cannot know: the note says the builder cannot tell, not that MindSpore raises', async () => {
    const state = defaultState('2.2');
    renderPanel({
      ...state,
      config: { ...state.config, save_checkpoint_steps: { $py: 'name', name: 'steps' } },
    });
    const note = await screen.findByTestId('export-raises');
    expect(note).toHaveTextContent('The builder cannot tell whether this code runs:');
    expect(note).toHaveTextContent('Unsupported: save_checkpoint_steps is given as `steps`');
    expect(note).not.toHaveTextContent('MindSpore raises');
  });

  test('a configuration MindSpore accepts has no such note', () => {
    expect(validate(edited)).toEqual([]);
    renderPanel(edited);
    expect(screen.getByTestId('export-code')).toBeInTheDocument();
    expect(screen.queryByTestId('export-raises')).toBeNull();
  });
});

describe('what an edit renders again', () => {
  test('a new state renders the code block, not the tabs, switch and buttons around it', async () => {
    let setState: (state: BuilderState) => void = () => undefined;
    function Page() {
      const [state, set] = useState(edited);
      setState = set;
      return <ExportPanel state={state} />;
    }
    render(
      <MantineProvider env="test">
        <LanguageProvider initial="en">
          <Page />
        </LanguageProvider>
      </MantineProvider>,
    );
    const next = { ...edited, config: { ...edited.config, keep_checkpoint_max: 11 } };
    const renders = await rendersDuring(() => setState(next));
    expect(screen.getByTestId('export-code').textContent).toBe(exportText(next, 'python'));
    expect(renders.get('ExportCode')).toBe(1);
    for (const name of [
      'ExportChrome',
      '@mantine/core/Tabs',
      '@mantine/core/Button',
      '@mantine/core/Switch',
    ])
      expect(renders.get(name) ?? 0, name).toBe(0);
  });
});

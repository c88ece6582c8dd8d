import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { applyPreset, defaultState, PRESETS } from '../../core/index';
import type { BuilderState } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import { rendersDuring } from '../../test/renders';
import { PresetPicker, presetNeedsConfirmation } from './preset-picker';

function Stateful({
  initial,
  onApply,
}: {
  initial: BuilderState;
  onApply: (next: BuilderState) => void;
}) {
  const [state, setState] = useState(initial);
  return (
    <PresetPicker
      state={state}
      onApply={(next) => {
        onApply(next);
        setState(next);
      }}
    />
  );
}

function renderPicker(initial: BuilderState, language: 'en' | 'zh' = 'en') {
  const onApply = vi.fn<(next: BuilderState) => void>();
  render(
    <MantineProvider env="test">
      <LanguageProvider initial={language}>
        <Stateful initial={initial} onApply={onApply} />
      </LanguageProvider>
    </MantineProvider>,
  );
  return { onApply, user: userEvent.setup() };
}

const byId = (id: string) => {
  const preset = PRESETS.find((item) => item.id === id);
  if (!preset) throw new Error(id);
  return preset;
};

function edited(state: BuilderState): BuilderState {
  return { ...state, config: { ...state.config, keep_checkpoint_max: 4 } };
}

describe('presetNeedsConfirmation', () => {
  test.each([
    ['the defaults', defaultState(), false],
    ['the defaults of 2.7', defaultState('2.7'), false],
    ['a preset applied', applyPreset(defaultState(), byId('long-pretraining')), false],
    [
      'a preset with a renamed prefix',
      {
        ...applyPreset(defaultState(), byId('long-pretraining')),
        callback: { prefix: 'x', directory: null },
      },
      false,
    ],
    ['an edit matching no preset', edited(defaultState()), true],
    [
      'a run changed on default config',
      { ...defaultState(), run: { ...defaultState().run, epoch: 3 } },
      false,
    ],
  ] as const)('%s → %s', (_label, state, expected) => {
    expect(presetNeedsConfirmation(state)).toBe(expected);
  });
});

describe('the preset picker', { timeout: 30_000 }, () => {
  test('marks the matching preset beside the button and in the menu, chosen or reached by hand', async () => {
    const { user } = renderPicker(applyPreset(defaultState(), byId('thinned-history')));
    expect(screen.getByTestId('preset-status')).toHaveTextContent(
      'Matches preset: History thinned by time',
    );
    await user.click(screen.getByRole('button', { name: 'Presets' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items).toHaveLength(PRESETS.length);
    const marked = items.filter((item) => item.getAttribute('aria-current') === 'true');
    expect(marked).toHaveLength(1);
    expect(marked[0]).toHaveTextContent(/History thinned by time.*matches/);
  });

  test('every preset says in full what it does: no description is cut short', async () => {
    const { user } = renderPicker(defaultState());
    await user.click(screen.getByRole('button', { name: 'Presets' }));
    await screen.findAllByRole('menuitem');
    for (const preset of PRESETS) {
      const description = screen.getByText(preset.description.en);
      // Mantine's lineClamp marks the element it clamps with CSS (an ellipsis after n lines).
      expect(description).not.toHaveAttribute('data-line-clamp');
    }
  });

  test('the menu and the confirmation are mounted when the menu first opens, not with the page', async () => {
    const mounted = await rendersDuring(() => renderPicker(edited(defaultState())));
    // The page's load renders the button and the badge: not Mantine's Menu (a popover with
    // floating positioning), nor its Modal, portal or overlay.
    expect(mounted.get('@mantine/core/Menu')).toBeUndefined();
    expect(mounted.get('@mantine/core/Popover')).toBeUndefined();
    expect(mounted.get('@mantine/core/Modal')).toBeUndefined();
    expect(mounted.get('@mantine/core/Portal')).toBeUndefined();
    expect(mounted.get('@mantine/core/Button')).toBeGreaterThan(0);
    const opened = await rendersDuring(() =>
      fireEvent.click(screen.getByRole('button', { name: 'Presets' })),
    );
    const user = userEvent.setup();
    expect(opened.get('@mantine/core/Menu')).toBeGreaterThan(0);
    expect(opened.get('@mantine/core/Modal')).toBeGreaterThan(0);
    // The click that mounts the menu opens it.
    expect(await screen.findAllByRole('menuitem')).toHaveLength(PRESETS.length);
    // Mounted closed: it opens with its transition when a preset asks for it.
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(await screen.findByRole('menuitem', { name: /MindFormers LLM/ }));
    expect(await screen.findByRole('dialog')).toHaveTextContent('MindFormers LLM');
  });

  test('the keyboard opens the menu before it exists, and Escape gives the focus back', async () => {
    for (const key of ['{Enter}', ' ']) {
      const { user } = renderPicker(defaultState());
      const button = screen.getByRole('button', { name: 'Presets' });
      expect(button).toHaveAttribute('aria-haspopup', 'menu');
      expect(button).toHaveAttribute('aria-expanded', 'false');
      await user.tab();
      expect(button).toHaveFocus();
      await user.keyboard(key);
      const items = await screen.findAllByRole('menuitem');
      await waitFor(() => expect(items[0]).toHaveFocus());
      const target = screen.getByRole('button', { name: 'Presets' });
      expect(target).toHaveAttribute('aria-expanded', 'true');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('menuitem')).toBeNull());
      expect(target).toHaveFocus();
      cleanup();
    }
  });

  test('applies a preset at once from a state that matches one, as one edit', async () => {
    const { onApply, user } = renderPicker(defaultState());
    await user.click(screen.getByRole('button', { name: 'Presets' }));
    await user.click(await screen.findByRole('menuitem', { name: /Long pretraining/ }));
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply.mock.lastCall?.[0]).toEqual(
      applyPreset(defaultState(), byId('long-pretraining')),
    );
    expect(screen.getByTestId('preset-status')).toHaveTextContent('Long pretraining');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('after hand edits it asks first; cancel keeps the state, confirm applies', async () => {
    const { onApply, user } = renderPicker(edited(defaultState()));
    expect(screen.getByTestId('preset-status')).toHaveTextContent('Custom settings');
    await user.click(screen.getByRole('button', { name: 'Presets' }));
    await user.click(await screen.findByRole('menuitem', { name: /MindFormers LLM/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('MindFormers LLM');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onApply).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Presets' }));
    await user.click(await screen.findByRole('menuitem', { name: /MindFormers LLM/ }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Apply preset' }),
    );
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply.mock.lastCall?.[0]).toEqual(
      applyPreset(edited(defaultState()), byId('mindformers-llm')),
    );
  });

  test('Escape closes the confirmation without applying', async () => {
    const { onApply, user } = renderPicker(edited(defaultState()));
    await user.click(screen.getByRole('button', { name: 'Presets' }));
    await user.click(await screen.findByRole('menuitem', { name: /Long pretraining/ }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onApply).not.toHaveBeenCalled();
  });

  test('speaks Chinese: names from the core, the mark from the dictionary', async () => {
    const { user } = renderPicker(defaultState(), 'zh');
    expect(screen.getByTestId('preset-status')).toHaveTextContent('匹配预设：MindSpore 默认值');
    await user.click(screen.getByRole('button', { name: '预设' }));
    expect(await screen.findByRole('menuitem', { name: /长时间预训练/ })).toBeInTheDocument();
  });
});

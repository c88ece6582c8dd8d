import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { LanguageProvider } from '../../i18n/language-context';
import { HistoryButtons } from './history-buttons';
import { shortcutFor, useEditShortcuts } from './use-edit-shortcuts';

function renderButtons(canUndo: boolean, canRedo: boolean) {
  const handlers = { onUndo: vi.fn(), onRedo: vi.fn(), onReset: vi.fn() };
  render(
    <MantineProvider env="test">
      <LanguageProvider initial="en">
        <HistoryButtons canUndo={canUndo} canRedo={canRedo} {...handlers} />
      </LanguageProvider>
    </MantineProvider>,
  );
  return { ...handlers, user: userEvent.setup() };
}

describe('the history buttons', () => {
  test('are named, disabled when there is nothing to undo or redo, and call back', async () => {
    const { onUndo, onRedo, onReset, user } = renderButtons(true, false);
    expect(screen.getByRole('group', { name: 'Edit history' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(onRedo).not.toHaveBeenCalled();
  });

  test('undo is disabled on a fresh page', () => {
    renderButtons(false, true);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });
});

const press = (
  key: string,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>,
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('shortcutFor', () => {
  test.each([
    ['Ctrl+Z', press('z', { ctrlKey: true }), 'undo'],
    ['Cmd+Z', press('z', { metaKey: true }), 'undo'],
    ['Ctrl+Shift+Z (key reads "Z")', press('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    ['Cmd+Shift+Z', press('z', { metaKey: true, shiftKey: true }), 'redo'],
    ['Ctrl+Y', press('y', { ctrlKey: true }), 'redo'],
    ['Ctrl+S', press('s', { ctrlKey: true }), 'copyLink'],
    ['Cmd+S', press('s', { metaKey: true }), 'copyLink'],
    ['Z alone', press('z', {}), undefined],
    ['Shift+Z', press('Z', { shiftKey: true }), undefined],
    ['Ctrl+Alt+Z (AltGr)', press('z', { ctrlKey: true, altKey: true }), undefined],
    ['Cmd+Y (not redo on a Mac)', press('y', { metaKey: true }), undefined],
    ['Ctrl+Shift+S', press('S', { ctrlKey: true, shiftKey: true }), undefined],
    ['Ctrl+C', press('c', { ctrlKey: true }), undefined],
  ] as const)('%s → %s', (_label, event, expected) => {
    expect(shortcutFor(event)).toBe(expected);
  });
});

function ShortcutHost(props: { undo: () => void; redo: () => void; copyLink: () => void }) {
  useEditShortcuts(props);
  return (
    <>
      <input aria-label="field" />
      <div role="dialog">
        <input aria-label="in a dialog" />
      </div>
    </>
  );
}

describe('useEditShortcuts', () => {
  test('acts in inputs too, prevents the browser default, and leaves dialogs alone', () => {
    const actions = { undo: vi.fn(), redo: vi.fn(), copyLink: vi.fn() };
    render(<ShortcutHost {...actions} />);
    const field = screen.getByLabelText('field');
    expect(fireEvent.keyDown(field, { key: 'z', ctrlKey: true })).toBe(false);
    expect(actions.undo).toHaveBeenCalledTimes(1);
    expect(fireEvent.keyDown(document.body, { key: 's', metaKey: true })).toBe(false);
    expect(actions.copyLink).toHaveBeenCalledTimes(1);
    expect(
      fireEvent.keyDown(screen.getByLabelText('in a dialog'), { key: 'y', ctrlKey: true }),
    ).toBe(true);
    expect(fireEvent.keyDown(field, { key: 'z', ctrlKey: true, isComposing: true })).toBe(true);
    expect(fireEvent.keyDown(field, { key: 'a', ctrlKey: true })).toBe(true);
    expect(actions.redo).not.toHaveBeenCalled();
    expect(actions.undo).toHaveBeenCalledTimes(1);
  });
});

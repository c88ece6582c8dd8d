import { useEffect, useRef } from 'react';

export interface EditShortcuts {
  undo: () => void;
  redo: () => void;
  copyLink: () => void;
}

export type ShortcutAction = keyof EditShortcuts;

/**
 * Which action a key press stands for, if any (docs/adr/0005-undo-and-shortcuts.md):
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, Ctrl/Cmd+S copy the link.
 * Alt combinations are left alone (AltGr is Ctrl+Alt on Windows keyboards).
 */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): ShortcutAction | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  if (key === 's' && !event.shiftKey) return 'copyLink';
  return undefined;
}

/**
 * The page's keyboard shortcuts, on the whole window, inputs included: every keystroke is already
 * an edit of the state, so the state's undo is the text's undo too. Not while an input method is
 * composing (Chinese input), not inside a dialog, and not for keys another handler has taken.
 */
export function useEditShortcuts(actions: EditShortcuts): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  }, [actions]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = shortcutFor(event);
      if (!action) return;
      const target = event.target;
      if (target instanceof Element && target.closest('[role="dialog"]')) return;
      // Ctrl+S would open the browser's save dialog; Ctrl+Z the input's own, stale, undo.
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

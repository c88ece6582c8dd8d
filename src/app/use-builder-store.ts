import { useCallback, useMemo, useReducer } from 'react';
import type { BuilderState } from '../core/index';
import { createHistory, historyReducer } from './builder-history';
import type { BuilderEdit } from './builder-history';

export interface BuilderStore {
  state: BuilderState;
  /** An edit: undoable. Edits with the same `coalesceKey` in quick succession are one undo step. */
  commit: (next: BuilderEdit, coalesceKey?: string) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

/** The one place the builder's state lives; everything else is derived from it. */
export function useBuilderStore(initial: () => BuilderState): BuilderStore {
  const [history, dispatch] = useReducer(historyReducer, undefined, () => createHistory(initial()));
  const commit = useCallback(
    (state: BuilderEdit, coalesceKey?: string) =>
      dispatch({ type: 'commit', state, at: Date.now(), ...(coalesceKey ? { coalesceKey } : {}) }),
    [],
  );
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  return useMemo(
    () => ({
      state: history.present,
      commit,
      undo,
      redo,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
    }),
    [history, commit, undo, redo],
  );
}

import type { BuilderState } from '../core/index';

/**
 * The undo/redo history of the builder's state. Pure, so that it is tested without React.
 * Consecutive edits of one field (typing "1000" is four edits) coalesce into one undo step.
 */
/** An edit: the next state, or how to make it from the newest one. */
export type BuilderEdit = BuilderState | ((present: BuilderState) => BuilderState);

export interface BuilderHistory {
  past: BuilderState[];
  present: BuilderState;
  future: BuilderState[];
  /** The field of the last edit and when it happened, for coalescing. */
  lastEdit: { key: string; at: number } | null;
}

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1000;

export function createHistory(present: BuilderState): BuilderHistory {
  return { past: [], present, future: [], lastEdit: null };
}

export type HistoryAction =
  | { type: 'commit'; state: BuilderEdit; coalesceKey?: string; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'replace'; state: BuilderState };

export function historyReducer(history: BuilderHistory, action: HistoryAction): BuilderHistory {
  switch (action.type) {
    case 'commit': {
      // An edit given as a function applies to the newest state, whatever its caller last saw.
      const next =
        typeof action.state === 'function' ? action.state(history.present) : action.state;
      if (JSON.stringify(next) === JSON.stringify(history.present)) return history;
      const coalesce =
        action.coalesceKey !== undefined &&
        history.lastEdit !== null &&
        history.lastEdit.key === action.coalesceKey &&
        action.at - history.lastEdit.at < COALESCE_MS &&
        history.past.length > 0;
      const past = coalesce ? history.past : [...history.past, history.present];
      return {
        past: past.slice(-HISTORY_LIMIT),
        present: next,
        future: [],
        lastEdit:
          action.coalesceKey !== undefined ? { key: action.coalesceKey, at: action.at } : null,
      };
    }
    case 'undo': {
      const previous = history.past.at(-1);
      if (!previous) return history;
      return {
        past: history.past.slice(0, -1),
        present: previous,
        future: [history.present, ...history.future],
        lastEdit: null,
      };
    }
    case 'redo': {
      const next = history.future[0];
      if (!next) return history;
      return {
        past: [...history.past, history.present],
        present: next,
        future: history.future.slice(1),
        lastEdit: null,
      };
    }
    case 'replace':
      return { ...history, present: action.state, lastEdit: null };
  }
}

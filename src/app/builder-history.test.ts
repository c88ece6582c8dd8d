import { describe, expect, test } from 'vitest';
import { defaultState } from '../core/index';
import type { BuilderState } from '../core/index';
import { COALESCE_MS, createHistory, historyReducer } from './builder-history';

function withMax(max: number): BuilderState {
  const state = defaultState();
  return { ...state, config: { ...state.config, keep_checkpoint_max: max } };
}

describe('builder history', () => {
  test('an edit given as a function applies to the newest state', () => {
    let history = createHistory(defaultState());
    history = historyReducer(history, { type: 'commit', state: withMax(2), at: 0 });
    const setPrefix = (present: BuilderState): BuilderState => ({
      ...present,
      callback: { ...present.callback, prefix: 'net' },
    });
    history = historyReducer(history, { type: 'commit', state: setPrefix, at: 5000 });
    expect(history.present.config.keep_checkpoint_max).toBe(2);
    expect(history.present.callback.prefix).toBe('net');
    history = historyReducer(history, { type: 'undo' });
    expect(history.present.callback.prefix).toBe('CKP');
  });

  test('undo and redo walk back and forth through commits', () => {
    let history = createHistory(defaultState());
    history = historyReducer(history, { type: 'commit', state: withMax(2), at: 0 });
    history = historyReducer(history, { type: 'commit', state: withMax(3), at: 5000 });
    history = historyReducer(history, { type: 'undo' });
    expect(history.present.config.keep_checkpoint_max).toBe(2);
    history = historyReducer(history, { type: 'undo' });
    expect(history.present.config.keep_checkpoint_max).toBe(5);
    history = historyReducer(history, { type: 'redo' });
    expect(history.present.config.keep_checkpoint_max).toBe(2);
  });

  test('quick edits of the same field coalesce into one undo step', () => {
    let history = createHistory(defaultState());
    history = historyReducer(history, {
      type: 'commit',
      state: withMax(1),
      at: 0,
      coalesceKey: 'k',
    });
    history = historyReducer(history, {
      type: 'commit',
      state: withMax(10),
      at: COALESCE_MS - 1,
      coalesceKey: 'k',
    });
    expect(history.past).toHaveLength(1);
    history = historyReducer(history, { type: 'undo' });
    expect(history.present.config.keep_checkpoint_max).toBe(5);
  });

  test('a commit after an undo drops the redo branch; an identical commit is not a step', () => {
    let history = createHistory(defaultState());
    history = historyReducer(history, { type: 'commit', state: withMax(2), at: 0 });
    history = historyReducer(history, { type: 'undo' });
    history = historyReducer(history, { type: 'commit', state: withMax(7), at: 9000 });
    expect(history.future).toHaveLength(0);
    const same = historyReducer(history, { type: 'commit', state: withMax(7), at: 20000 });
    expect(same).toBe(history);
  });
});

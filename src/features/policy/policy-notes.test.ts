import { describe, expect, test } from 'vitest';
import { defaultState } from '../../core/index';
import type { Diagnostic, PyValue } from '../../core/index';
import { formatMessage } from '../../i18n/languages';
import type { Message } from '../../i18n/languages';
import { mergeFieldNotes, policyNotes } from './policy-notes';

const t = (message: Message, params?: Record<string, string | number>) =>
  formatMessage(message.en, params);

function withConfig(config: Record<string, PyValue>) {
  const state = defaultState();
  return { ...state, config: { ...state.config, ...config } };
}

describe('notes where MindSpore ignores or replaces what was entered', () => {
  test.each<[string, Record<string, PyValue>, Record<string, string[]>]>([
    ['the defaults: nothing worth a note', {}, {}],
    [
      'seconds with a positive step interval is ignored',
      { save_checkpoint_seconds: 600 },
      { save_checkpoint_seconds: ['Ignored: save_checkpoint_steps > 0, so MindSpore uses None.'] },
    ],
    [
      'seconds with steps None is used',
      { save_checkpoint_steps: null, save_checkpoint_seconds: 600 },
      {},
    ],
    [
      'per_n with a positive max is ignored',
      { keep_checkpoint_per_n_minutes: 30 },
      {
        keep_checkpoint_per_n_minutes: [
          'Ignored: keep_checkpoint_max > 0, so MindSpore uses None.',
        ],
      },
    ],
    [
      'max 0 with per_n 0 becomes 1',
      { keep_checkpoint_max: 0 },
      {
        keep_checkpoint_max: [
          'MindSpore uses 1: keep_checkpoint_max and keep_checkpoint_per_n_minutes are both 0 or None.',
        ],
      },
    ],
    [
      'max None with per_n None becomes 1',
      { keep_checkpoint_max: null, keep_checkpoint_per_n_minutes: null },
      {
        keep_checkpoint_max: [
          'MindSpore uses 1: keep_checkpoint_max and keep_checkpoint_per_n_minutes are both 0 or None.',
        ],
      },
    ],
    [
      'max 0 with per_n 30 is per-n mode, as entered',
      { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 30 },
      {},
    ],
  ])('%s', (_label, config, expected) => {
    const notes = policyNotes(withConfig(config), [], t);
    const texts = Object.fromEntries(
      Object.entries(notes).map(([field, list]) => [field, list.map((note) => note.text)]),
    );
    expect(texts).toEqual(expected);
  });

  test('no notes while MindSpore rejects the policy values', () => {
    const e05: Diagnostic = { kind: 'ValueError', code: 'E05', message: 'x' };
    expect(policyNotes(withConfig({ keep_checkpoint_max: 0 }), [e05], t)).toEqual({});
  });

  test('merging keeps every source', () => {
    const merged = mergeFieldNotes(
      { a: [{ severity: 'info', text: '1' }] },
      { a: [{ severity: 'error', text: '2' }], b: [{ severity: 'warning', text: '3' }] },
    );
    expect(merged['a']?.map((note) => note.text)).toEqual(['1', '2']);
    expect(Object.keys(merged)).toEqual(['a', 'b']);
  });
});

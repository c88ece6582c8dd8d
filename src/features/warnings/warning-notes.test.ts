import { describe, expect, test } from 'vitest';
import { completeState, findWarnings, validate, warningMessage } from '../../core/index';
import { diagnosedFields, warningFieldNotes } from './warning-notes';

describe('warningFieldNotes', () => {
  test('a warning is a note at every field it concerns, in the language asked for', () => {
    const warnings = findWarnings(
      completeState({ config: { save_checkpoint_steps: 1, save_checkpoint_seconds: 600 } }),
    );
    const warning = warnings.find((item) => item.id === 'seconds-ignored');
    expect(warning?.fields.length).toBeGreaterThan(1);
    for (const language of ['en', 'zh'] as const) {
      const notes = warningFieldNotes(warnings, language);
      for (const field of warning?.fields ?? []) {
        expect(notes[field]).toContainEqual({
          severity: 'warning',
          text: warningMessage('seconds-ignored', warning?.params, language),
        });
      }
    }
  });

  test.each([
    ['an error the form already shows there is left out', true, 0],
    ['an error at a field without a shown exception stays', false, 1],
  ])('%s', (_label, shown, expected) => {
    const warnings = [
      {
        id: 'format-unknown',
        severity: 'error' as const,
        fields: ['format'],
        message: 'x',
        source: 's',
      },
    ];
    const notes = warningFieldNotes(warnings, 'en', new Set(shown ? ['format'] : []));
    expect(notes['format']?.length ?? 0).toBe(expected);
  });

  test('a warning (not an error) stays even where an exception is shown', () => {
    const warnings = [
      {
        id: 'seconds-ignored',
        severity: 'warning' as const,
        fields: ['a'],
        message: '',
        source: '',
      },
    ];
    expect(warningFieldNotes(warnings, 'en', new Set(['a']))['a']).toHaveLength(1);
  });

  test('the same text twice at one field is one note', () => {
    const one = {
      id: 'seconds-ignored',
      severity: 'warning' as const,
      fields: ['a'],
      message: '',
      source: '',
    };
    expect(warningFieldNotes([one, one], 'en')['a']).toHaveLength(1);
  });

  test('diagnosedFields lists the fields of validate’s diagnostics', () => {
    const state = completeState({ config: { save_checkpoint_steps: -1 } });
    const diagnostics = validate(state);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnosedFields(diagnostics).has('save_checkpoint_steps')).toBe(true);
    expect(diagnosedFields(validate(completeState({})))).toEqual(new Set());
  });
});

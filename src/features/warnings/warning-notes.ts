import { warningMessage } from '../../core/index';
import type { Diagnostic, Language, Warning } from '../../core/index';
import type { FieldNote, FieldNotes } from '../../ui/field-note';

/**
 * The warnings as notes beside the fields they concern: each warning at every field of its
 * `fields`, in the user's language. This is the one mechanism for "MindSpore ignores or overrides
 * this value" at a field (seconds-ignored, per-n-minutes-ignored, keep-max-forced-to-one, …).
 * An error is left out where the form already shows MindSpore's own exception for that field
 * (`shownErrors`, the fields of `validate`'s diagnostics), so that it is not said twice.
 */
export function warningFieldNotes(
  warnings: readonly Warning[],
  language: Language,
  shownErrors: ReadonlySet<string> = new Set(),
): FieldNotes {
  const notes: Record<string, FieldNote[]> = {};
  for (const warning of warnings) {
    const text = warningMessage(warning.id, warning.params, language);
    for (const field of warning.fields) {
      if (warning.severity === 'error' && shownErrors.has(field)) continue;
      const list = (notes[field] ??= []);
      // Two findings may say the same thing at one field; the form keys notes by their text.
      if (list.some((note) => note.text === text)) continue;
      list.push({ severity: warning.severity, text });
    }
  }
  return notes;
}

/** The fields at which the form shows one of MindSpore's exceptions. */
export function diagnosedFields(diagnostics: readonly Diagnostic[]): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.field !== undefined) fields.add(diagnostic.field);
  }
  return fields;
}

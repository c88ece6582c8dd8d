import { effectivePolicy, POLICY_FIELDS, pyIntValue } from '../../core/index';
import type { BuilderState, Diagnostic, PolicyField, PyValue } from '../../core/index';
import type { Message } from '../../i18n/languages';
import { policyMessages } from '../../i18n/messages/policy';
import type { FieldNote, FieldNotes } from '../../ui/field-note';

type Translate = (message: Message, params?: Record<string, string | number>) => string;

/** Whether the effective policy means anything: MindSpore got past its checks of the four values. */
export function policyIsMeaningful(diagnostics: readonly Diagnostic[]): boolean {
  return !diagnostics.some(
    (diagnostic) =>
      diagnostic.field === undefined ||
      (POLICY_FIELDS as readonly string[]).includes(diagnostic.field) ||
      /^E0[1-5]$/.test(diagnostic.code ?? ''),
  );
}

/** The entered value as a plain int or None, or undefined for anything else (1.5, True, …). */
function enteredInt(value: PyValue | undefined): number | null | undefined {
  if (value === null || value === undefined) return null;
  const int = pyIntValue(value);
  return int === undefined ? undefined : Number(int);
}

/**
 * "Value vs effective value" at the four policy fields: where CheckpointConfig drops or replaces
 * what was entered (spec §4, N1 and N2). A default 0 that becomes None is not worth a note.
 */
export function policyNotes(
  state: BuilderState,
  diagnostics: readonly Diagnostic[],
  t: Translate,
): FieldNotes {
  if (!policyIsMeaningful(diagnostics)) return {};
  const effective = effectivePolicy(state);
  const notes: Record<string, FieldNote[]> = {};
  const add = (field: PolicyField, note: FieldNote) => (notes[field] ??= []).push(note);
  for (const field of POLICY_FIELDS) {
    const entered = enteredInt(state.config[field] as PyValue | undefined);
    const used = effective[field];
    if (entered === undefined || entered === used) continue;
    if (field === 'save_checkpoint_seconds' && used === null && entered !== null && entered > 0) {
      add(field, { severity: 'warning', text: t(policyMessages.ignoredBySteps) });
    } else if (
      field === 'keep_checkpoint_per_n_minutes' &&
      used === null &&
      entered !== null &&
      entered > 0
    ) {
      add(field, { severity: 'warning', text: t(policyMessages.ignoredByMax) });
    } else if (field === 'keep_checkpoint_max' && used === 1) {
      add(field, { severity: 'warning', text: t(policyMessages.maxBecomesOne) });
    }
  }
  return notes;
}

/** Notes from several sources, field by field. */
export function mergeFieldNotes(...sources: readonly FieldNotes[]): FieldNotes {
  const merged: Record<string, FieldNote[]> = {};
  for (const source of sources) {
    for (const [field, list] of Object.entries(source)) (merged[field] ??= []).push(...list);
  }
  return merged;
}

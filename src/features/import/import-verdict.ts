// The modules themselves, not the core's index, so that the readers stay in this lazy chunk.
import { samePyValue } from '../../core/config/state';
import { importText } from '../../core/formats/import-text';
import { effectivePolicy, POLICY_FIELDS } from '../../core/mindspore/policy';
import { findWarnings } from '../../core/warnings/find-warnings';
import type {
  ImportResult,
  MindSporeVersion,
  PolicyField,
  PyValue,
  Warning,
} from '../../core/index';

/** A policy value MindSpore changes while constructing the config (entered → used). */
export interface Normalisation {
  field: PolicyField;
  entered: PyValue;
  effective: number | null;
}

export interface ImportVerdict {
  result: ImportResult;
  /** For an accepted import: the policy values MindSpore normalises. */
  normalisations: Normalisation[];
  /** For an accepted import: the warnings the imported state would show. */
  warnings: Warning[];
}

/**
 * Reads a paste and what MindSpore makes of it; never throws, whatever the text:
 * `importVerdict('CheckpointConfig(save_checkpoint_steps=100, save_checkpoint_seconds=100)')`
 * normalises save_checkpoint_seconds 100 → None.
 */
export function importVerdict(text: string, version: MindSporeVersion): ImportVerdict {
  let result: ImportResult;
  try {
    result = importText(text, { version });
  } catch (error) {
    // The importer promises not to throw; a paste must still never break the page.
    result = {
      ok: false,
      format: 'unknown',
      errors: [
        {
          kind: 'Unsupported',
          message: `The builder could not read this text (${String(error)}).`,
          reason: { id: 'unreadable-text', values: { detail: String(error) } },
        },
      ],
    };
  }
  if (!result.ok) return { result, normalisations: [], warnings: [] };
  const policy = effectivePolicy(result.state);
  const normalisations = POLICY_FIELDS.flatMap((field) => {
    const entered = (result.state.config[field] ?? null) as PyValue;
    const used = policy[field];
    return samePyValue(entered, used) ? [] : [{ field, entered, effective: used }];
  });
  let warnings: Warning[] = [];
  try {
    warnings = findWarnings(result.state);
  } catch {
    // Warnings are advice: without them the verdict still stands.
  }
  return { result, normalisations, warnings };
}

/** The text of 1-based `line`, for pointing at an unreadable place. */
export function lineOf(text: string, line: number): string | undefined {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[line - 1];
}

import type { Warning } from '../core/index';
import type { FieldNotes } from '../ui/field-note';

/**
 * What the warnings engine found for the prerendered page (the default state, in English),
 * computed at build time and written into index.html beside it (ADR 9). The engine loads after
 * the first paint; until then the page hydrates with these, so that the warnings, the summary
 * and the notes at the fields are on screen from the first paint and do not move the page when
 * the engine arrives. Plain JSON.
 */
export interface PrerenderSeed {
  warnings: Warning[];
  fieldNotes: FieldNotes;
  /**
   * The form's own check (its schema and MindSpore's validation) found nothing wrong with the
   * prerendered state: the form need not check it again while the page hydrates.
   */
  formValid: boolean;
}

export const PRERENDER_SEED_ID = 'prerender-seed';

/** The seed as the text of a JSON data block: `<` escaped, so no text can close the element. */
export function seedToScriptText(seed: PrerenderSeed): string {
  return JSON.stringify(seed).replace(/</g, '\\u003c');
}

/** The seed written into the page, or null when there is none or it cannot be read. */
export function readPrerenderSeed(document: Document): PrerenderSeed | null {
  const text = document.getElementById(PRERENDER_SEED_ID)?.textContent;
  if (!text) return null;
  try {
    const seed = JSON.parse(text) as Partial<PrerenderSeed> | null;
    if (!seed || !Array.isArray(seed.warnings) || typeof seed.fieldNotes !== 'object') return null;
    return {
      warnings: seed.warnings,
      fieldNotes: seed.fieldNotes ?? {},
      // Only a plain `true` spares the check; anything else has the form check as usual.
      formValid: seed.formValid === true,
    };
  } catch {
    return null;
  }
}

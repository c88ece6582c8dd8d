import type { ImportProblem } from '../core/index';
import type { Message } from '../i18n/languages';
import { importProblemMessages } from '../i18n/messages/import';

type Translate = (message: Message, params?: Record<string, string | number>) => string;

/**
 * The builder's own sentence for a text or value it cannot read or know (`Diagnostic.reason`), in
 * the reader's language. Not for the first load: it brings the import's whole dictionary (the
 * effective policy panel uses check-text.ts).
 */
export function reasonText(reason: ImportProblem, t: Translate): string {
  return t(importProblemMessages[reason.id], { ...reason.values });
}

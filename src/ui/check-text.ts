import type { Diagnostic } from '../core/index';
import type { Message } from '../i18n/languages';
import { unknowableValueMessages } from '../i18n/messages/unknowable-value';

type Translate = (message: Message, params?: Record<string, string | number>) => string;

// A module of its own, apart from diagnostic-text.ts: the effective policy panel is in the first
// load, and the run model's sentences need not be.
/**
 * What CheckpointConfig's checks say, as the page shows it: MindSpore's exception as printed, or
 * the builder's own sentence for a value it cannot know ("Unsupported") in the reader's language.
 */
export function checkText(diagnostic: Diagnostic, t: Translate): string {
  const reason = diagnostic.reason;
  if (
    diagnostic.kind === 'Unsupported' &&
    reason !== undefined &&
    reason.id in unknowableValueMessages
  ) {
    const id = reason.id as keyof typeof unknowableValueMessages;
    return t(unknowableValueMessages[id], { ...reason.values });
  }
  return diagnostic.message;
}

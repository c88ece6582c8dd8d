import type { FieldError } from 'react-hook-form';
import type { Message } from '../../i18n/languages';
import { diagnosticMessages } from '../../i18n/messages/diagnostics';

const EXCEPTION_KINDS = new Set([
  'TypeError',
  'ValueError',
  'OverflowError',
  'IndexError',
  'NotADirectoryError',
  'RuntimeError',
]);

/**
 * The plain explanation for an error whose `type` is the spec's id (E01 …) or a Python exception;
 * none for the builder's own (zod) errors, which explain themselves.
 */
export function explanationFor(error: Pick<FieldError, 'type'>): Message | undefined {
  const type = String(error.type);
  if (type in diagnosticMessages && type !== 'fallback') {
    return diagnosticMessages[type as keyof typeof diagnosticMessages];
  }
  return EXCEPTION_KINDS.has(type) || /^E\d+$/.test(type) ? diagnosticMessages.fallback : undefined;
}

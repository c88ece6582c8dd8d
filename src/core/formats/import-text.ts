import type { Diagnostic } from '../mindspore/diagnostic';
import { validate } from '../mindspore/validate';
import { PySyntaxError } from '../python/tokenize';
import type { ImportFormat, ImportOptions, ImportResult } from './import-result';
import { readJsonState } from './json-import';
import { readPython } from './python-import';
import { importMindFormersYaml } from './yaml-import';

/** Which reader a pasted text is for: JSON, a MindFormers YAML callbacks block, or Python. */
export function detectFormat(text: string): ImportFormat {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return 'json';
  if (
    /^\s*callbacks\s*:/m.test(text) ||
    /^\s*-?\s*type\s*:\s*["']?CheckpointMonitor\b/m.test(text)
  ) {
    return 'yaml';
  }
  return 'python';
}

/**
 * Reads pasted JSON, Python or MindFormers YAML into a state (core-api.md); never throws.
 * `importText('CheckpointConfig(save_checkpoint_steps=100)')` → `{ ok: true, state, notes }`.
 */
export function importText(input: string, options: ImportOptions = {}): ImportResult {
  let format: ImportFormat | 'unknown' = 'unknown';
  try {
    // Editors on Windows may save a byte-order mark; neither JSON.parse nor Python wants it.
    const text = String(input).replace(/^\uFEFF/, '');
    format = detectFormat(text);
    if (format === 'yaml') return importMindFormersYaml(text, options);
    if (format === 'json') {
      const read = readJsonState(text, options);
      if (!read.ok) return { ok: false, format, errors: read.errors };
      const errors = validate(read.state);
      if (errors.length > 0) {
        return { ok: false, format, errors, state: read.state, notes: read.notes };
      }
      return { ok: true, format, state: read.state, notes: read.notes };
    }
    return importPython(text, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      format,
      errors: [
        {
          kind: 'Unsupported',
          message: `The builder could not read this text (${detail}).`,
          reason: { id: 'unreadable-text', values: { detail } },
        },
      ],
    };
  }
}

function importPython(text: string, options: ImportOptions): ImportResult {
  let read: ReturnType<typeof readPython>;
  try {
    read = readPython(text, options);
  } catch (error) {
    if (error instanceof PySyntaxError) {
      return {
        ok: false,
        format: 'python',
        errors: [
          {
            kind: error.kind,
            message: error.message,
            line: error.line,
            column: error.column,
            ...(error.reason ? { reason: error.reason } : {}),
          },
        ],
      };
    }
    throw error;
  }
  if ('errors' in read) return { ok: false, format: 'python', errors: read.errors };
  // Python binds CheckpointConfig's arguments before MindSpore checks anything.
  if (read.configErrors.length > 0)
    return { ok: false, format: 'python', errors: read.configErrors };

  const isCallbackField = (d: Diagnostic): boolean =>
    d.field === 'prefix' || d.field === 'directory';
  // An E14 of a key literal shows a placeholder where MindSpore prints the key (ADR 3).
  const checks = validate(read.state);
  // Like validate(): CheckpointConfig's first error, then ModelCheckpoint's first, which binds its
  // arguments and then checks prefix, directory and config in that order (spec §3.4).
  const callbackError =
    read.callbackErrors[0] ?? checks.find(isCallbackField) ?? read.configTypeError;
  const errors = [
    ...checks.filter((d) => !isCallbackField(d)),
    ...(callbackError !== undefined ? [callbackError] : []),
  ];
  if (errors.length > 0) {
    const readable = read.callbackErrors.length === 0 && read.configTypeError === undefined;
    return readable
      ? { ok: false, format: 'python', errors, state: read.state, notes: read.notes }
      : { ok: false, format: 'python', errors };
  }
  return { ok: true, format: 'python', state: read.state, notes: read.notes };
}

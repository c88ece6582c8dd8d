import type { ImportOptions, ImportResult } from './import-result';

// Placeholder with the final signature; the Python/JSON importer replaces the body (issue 2).
/** Reads pasted JSON, Python or MindFormers YAML into a state (core-api.md). */
export function importText(_text: string, _options: ImportOptions = {}): ImportResult {
  return {
    ok: false,
    format: 'unknown',
    errors: [{ kind: 'Unsupported', message: 'Import is not available yet.' }],
  };
}

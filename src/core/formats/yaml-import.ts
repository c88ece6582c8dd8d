import type { ImportOptions, ImportResult } from './import-result';

// Placeholder with the final signature; the YAML work replaces the body (issue 5).
/** Reads a MindFormers `callbacks:` block with a CheckpointMonitor entry into a state. */
export function importMindFormersYaml(_text: string, _options: ImportOptions = {}): ImportResult {
  return {
    ok: false,
    format: 'yaml',
    errors: [{ kind: 'Unsupported', message: 'YAML import is not available yet.' }],
  };
}

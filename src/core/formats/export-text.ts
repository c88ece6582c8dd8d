import { readState, type StateToRead } from '../config/state';
import { jsonExport } from './json-export';
import { pythonExport } from './python-export';
import { typescriptExport } from './typescript-export';
import { yamlExport } from './yaml-export';

export type ExportFormat = 'json' | 'typescript' | 'python' | 'yaml';

export interface ExportOptions {
  /** Write only the arguments that differ from the version's defaults (default true). */
  onlyNonDefault?: boolean;
}

/**
 * The text to copy or download for `format`; JSON is always the whole state:
 * `exportText(defaultState(), 'python')` starts with `# MindSpore 2.2`.
 */
export function exportText(
  stateGiven: StateToRead,
  format: ExportFormat,
  options: ExportOptions = {},
): string {
  const state = readState(stateGiven);
  const onlyNonDefault = options.onlyNonDefault ?? true;
  switch (format) {
    case 'json':
      return jsonExport(state);
    case 'typescript':
      return typescriptExport(state, onlyNonDefault);
    case 'python':
      return pythonExport(state, onlyNonDefault);
    case 'yaml':
      return yamlExport(state, onlyNonDefault);
  }
}

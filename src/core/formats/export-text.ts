import type { BuilderState } from '../config/state';

export type ExportFormat = 'json' | 'typescript' | 'python' | 'yaml';

export interface ExportOptions {
  /** Write only the arguments that differ from the version's defaults (default true). */
  onlyNonDefault?: boolean;
}

// Placeholder with the final signature; the exporters replace the body (issue 5).
/** The text to copy or download for `format`. */
export function exportText(
  _state: BuilderState,
  _format: ExportFormat,
  _options: ExportOptions = {},
): string {
  throw new Error('exportText is not implemented yet');
}

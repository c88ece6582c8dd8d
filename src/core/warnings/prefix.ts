import type { WarningContext } from './context';
import { strValue } from './context';

/** The prefix as a str MindSpore accepts (no '/'), else undefined: 'CKP' → 'CKP', 'a/b' → undefined. */
export function acceptedPrefix(context: WarningContext): string | undefined {
  const prefix = strValue(context.state.callback.prefix);
  return prefix === undefined || prefix.includes('/') ? undefined : prefix;
}

/** Earlier runs that left files in the directory (a whole number ≥ 1), else 0: 1.5 → 0. */
export function previousRuns(context: WarningContext): number {
  const runs = context.state.run.previous_runs;
  return Number.isInteger(runs) && runs > 0 ? runs : 0;
}

/**
 * The extension this run's files get: '.ckpt' before 2.4, else '.' + format when MindSpore can
 * write it; undefined for an unknown format (the first save fails, no files are left behind).
 */
export function fileExtension(context: WarningContext): string | undefined {
  if (!context.facts.formatExtension) return '.ckpt';
  const format = strValue(context.given('format'));
  return format === 'ckpt' || format === 'safetensors' ? `.${format}` : undefined;
}

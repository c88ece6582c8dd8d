import { asyncModeNeeds25 } from './catalogue/async-mode-needs-2-5';
import { cpuSinkNameCollision } from './catalogue/cpu-sink-name-collision';
import { crcWithEncryption } from './catalogue/crc-with-encryption';
import { diskBudgetExceeded } from './catalogue/disk-budget-exceeded';
import { encKeyLength } from './catalogue/enc-key-length';
import { encKeyNotBytes } from './catalogue/enc-key-not-bytes';
import { encModeUnsupported } from './catalogue/enc-mode-unsupported';
import { encModeWithoutKey } from './catalogue/enc-mode-without-key';
import { everyStepLongRun } from './catalogue/every-step-long-run';
import { exceptionSaveNetwork } from './catalogue/exception-save-network';
import { formatUnknown } from './catalogue/format-unknown';
import { ignoredByThisVersion } from './catalogue/ignored-by-this-version';
import { integratedSavePipeline } from './catalogue/integrated-save-pipeline';
import { intervalExceedsRun } from './catalogue/interval-exceeds-run';
import { keepMaxForcedToOne } from './catalogue/keep-max-forced-to-one';
import { noSaveTrigger } from './catalogue/no-save-trigger';
import { perNMinutesIgnored } from './catalogue/per-n-minutes-ignored';
import { positionalSecondIsSeconds } from './catalogue/positional-second-is-seconds';
import { prefixEqualsFilename } from './catalogue/prefix-equals-filename';
import { prefixRenamed } from './catalogue/prefix-renamed';
import { prefixSlash } from './catalogue/prefix-slash';
import { pynativeNoGraphMeta } from './catalogue/pynative-no-graph-meta';
import { removeRedundancyNeedsParallel } from './catalogue/remove-redundancy-needs-parallel';
import { reuseCallback } from './catalogue/reuse-callback';
import { safetensorsNoRename } from './catalogue/safetensors-no-rename';
import { safetensorsRestrictions } from './catalogue/safetensors-restrictions';
import { saveTimeDominates } from './catalogue/save-time-dominates';
import { savesEveryStep } from './catalogue/saves-every-step';
import { secondsIgnored } from './catalogue/seconds-ignored';
import { secondsTimerStartsAtConstruction } from './catalogue/seconds-timer-starts-at-construction';
import { sharedDirectory } from './catalogue/shared-directory';
import { sinkIntervalDrift } from './catalogue/sink-interval-drift';
import { unboundedRetention } from './catalogue/unbounded-retention';
import { unknownKeyword } from './catalogue/unknown-keyword';
import type { WarningRule } from './types';

/**
 * Every rule, in the order findWarnings reports them: the catalogue's order (spec §13), with the
 * run-aware rules the builder adds (every-step-long-run, save-time-dominates, interval-exceeds-run,
 * disk-budget-exceeded) next to the catalogue entries they extend.
 */
export const WARNING_RULES: readonly WarningRule[] = [
  noSaveTrigger,
  secondsIgnored,
  perNMinutesIgnored,
  keepMaxForcedToOne,
  unboundedRetention,
  savesEveryStep,
  everyStepLongRun,
  saveTimeDominates,
  intervalExceedsRun,
  diskBudgetExceeded,
  sinkIntervalDrift,
  cpuSinkNameCollision,
  encKeyLength,
  encModeUnsupported,
  encModeWithoutKey,
  encKeyNotBytes,
  crcWithEncryption,
  asyncModeNeeds25,
  ignoredByThisVersion,
  unknownKeyword,
  safetensorsRestrictions,
  formatUnknown,
  removeRedundancyNeedsParallel,
  integratedSavePipeline,
  prefixRenamed,
  safetensorsNoRename,
  sharedDirectory,
  prefixSlash,
  prefixEqualsFilename,
  reuseCallback,
  secondsTimerStartsAtConstruction,
  exceptionSaveNetwork,
  pynativeNoGraphMeta,
  positionalSecondIsSeconds,
];

const BY_ID = new Map(WARNING_RULES.map((rule) => [rule.id, rule]));

/** The rule with this id: `warningRule('seconds-ignored')?.severity === 'warning'`. */
export function warningRule(id: string): WarningRule | undefined {
  return BY_ID.get(id);
}

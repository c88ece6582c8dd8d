import { readState, type BuilderState, type StateToRead } from '../config/state';
import { buildContext, type FindWarningsOptions } from './context';
import { warningRule, WARNING_RULES } from './registry';
import { fillTemplate, type Language } from './text';
import type { RuleFinding, Warning, WarningRule } from './types';

/** The rule's template for a finding: the variant named by `params.variant`, else the main one. */
function template(rule: WarningRule, params: Record<string, string | number> | undefined) {
  const variant = params?.variant;
  return (variant !== undefined && rule.variants?.[String(variant)]) || rule.messages;
}

function toWarning(rule: WarningRule, finding: RuleFinding, state: BuilderState): Warning {
  const warning: Warning = {
    id: rule.id,
    severity: rule.severity,
    fields: finding.fields,
    message: fillTemplate(template(rule, finding.params).en, finding.params),
    source: rule.source,
  };
  if (rule.when !== undefined) warning.when = rule.when;
  if (finding.params !== undefined) warning.params = finding.params;
  const fix = rule.fix;
  if (fix !== undefined && (fix.applies?.(warning, state) ?? true)) {
    warning.fix = { label: fix.label, fields: fix.fields?.(warning) ?? finding.fields };
  }
  return warning;
}

/**
 * The catalogue's entries that apply to this state, in the registry's order. Fast enough for
 * every keystroke: the simulator runs at most once, only when a disk budget is set.
 * `findWarnings(defaultState()).map((w) => w.id)` includes `'saves-every-step'`.
 */
export function findWarnings(
  stateGiven: StateToRead,
  options: FindWarningsOptions = {},
): Warning[] {
  const state = readState(stateGiven);
  const context = buildContext(state, options);
  const warnings: Warning[] = [];
  for (const rule of WARNING_RULES) {
    const found = rule.check(context);
    if (found === null) continue;
    for (const finding of Array.isArray(found) ? found : [found]) {
      warnings.push(toWarning(rule, finding, state));
    }
  }
  return warnings;
}

/**
 * A warning's message in either language, from its id and params (what the UI renders):
 * `warningMessage('per-n-minutes-ignored', {}, 'zh')`.
 */
export function warningMessage(
  id: string,
  params: Record<string, string | number> | undefined,
  language: Language,
): string {
  const rule = warningRule(id);
  return rule === undefined ? id : fillTemplate(template(rule, params)[language], params);
}

/** The longer plain explanation: `warningExplanation('seconds-ignored', {}, 'zh')` says what MindSpore does and why. */
export function warningExplanation(
  id: string,
  params: Record<string, string | number> | undefined,
  language: Language,
): string {
  const rule = warningRule(id);
  return rule === undefined ? '' : fillTemplate(rule.explanation[language], params);
}

/**
 * Applies a warning's one-click fix (an ordinary edit; `state` is not modified). Returns null
 * when the warning has no fix: `fixWarning(state, warning)?.config.save_checkpoint_seconds`.
 */
export function fixWarning(stateGiven: StateToRead, warning: Warning): BuilderState | null {
  const state = readState(stateGiven);
  const fix = warningRule(warning.id)?.fix;
  if (fix === undefined || !(fix.applies?.(warning, state) ?? true)) return null;
  return fix.apply(state, warning);
}

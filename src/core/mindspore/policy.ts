import { readState, type StateToRead } from '../config/state';
import { pyIntValue, type PyValue } from '../python/py-value';

/** The four policy values of `get_checkpoint_policy()`, `null` where MindSpore has None. */
export interface EffectivePolicy {
  save_checkpoint_steps: number | null;
  save_checkpoint_seconds: number | null;
  keep_checkpoint_max: number | null;
  keep_checkpoint_per_n_minutes: number | null;
}

export const POLICY_FIELDS = [
  'save_checkpoint_steps',
  'save_checkpoint_seconds',
  'keep_checkpoint_max',
  'keep_checkpoint_per_n_minutes',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

/** A policy integer as MindSpore sees it after its checks pass: None or an int ≥ 0. */
function policyInt(value: PyValue | undefined): number | null {
  if (value === null || value === undefined) return null;
  const int = pyIntValue(value);
  if (int === undefined || int < 0n) return null;
  return Number(int);
}

/**
 * Normalises the four values exactly once, as CheckpointConfig.__init__ does (spec §4, N1 and N2):
 * `effectivePolicy(defaultState())` → `{ 1, null, 5, null }`. Meaningful only for a state whose
 * four values pass MindSpore's checks (see `validate`); other values read as None.
 */
export function effectivePolicy(stateGiven: StateToRead): EffectivePolicy {
  const state = readState(stateGiven);
  const given = (field: PolicyField) => policyInt(state.config[field] as PyValue | undefined);
  const steps = given('save_checkpoint_steps');
  let seconds = given('save_checkpoint_seconds');
  let max = given('keep_checkpoint_max');
  let perN = given('keep_checkpoint_per_n_minutes');

  // N1: a positive step interval drops the seconds interval; otherwise both stay as given.
  if (steps !== null && steps > 0) seconds = null;
  // N2: a positive max drops per_n; with both falsy, max becomes 1 and per_n keeps 0 or None.
  if (max !== null && max > 0) perN = null;
  else if (!perN) max = 1;

  return {
    save_checkpoint_steps: steps,
    save_checkpoint_seconds: seconds,
    keep_checkpoint_max: max,
    keep_checkpoint_per_n_minutes: perN,
  };
}

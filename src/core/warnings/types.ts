import type { BuilderState } from '../config/state';
import type { LocalisedText } from '../versions';
import type { WarningContext } from './context';

export type WarningSeverity = 'error' | 'warning' | 'info';
export type WarningWhen = 'config' | 'construct' | 'first-save' | 'train';

/** One entry of the warning catalogue (spec §13) that applies to a state. Plain JSON. */
export interface Warning {
  /** The catalogue's stable id, e.g. "seconds-ignored". */
  id: string;
  severity: WarningSeverity;
  /** The fields it concerns: CheckpointConfig names, `prefix`, `directory`, or `run.<field>`. */
  fields: string[];
  /** The plain-language message in English (the UI renders either language by id + params). */
  message: string;
  /** When it bites, for errors: at construction, at the first save, or at Model.train. */
  when?: WarningWhen;
  /** Values for the message's placeholders, so that the UI can render it in either language. */
  params?: Record<string, string | number>;
  /** The spec's reference, e.g. "r2.2 L181-184". */
  source: string;
  /**
   * Present when the warning has a one-click fix (apply it with `fixWarning`): what the button
   * says and the fields the edit changes. Data only, so a Warning stays JSON-serialisable.
   */
  fix?: { label: LocalisedText; fields: string[] };
}

/** What a rule found: the fields concerned and the message's placeholder values. */
export interface RuleFinding {
  fields: string[];
  params?: Record<string, string | number>;
}

/** A rule's fix: an ordinary edit of the state that makes the rule's finding go away. */
export interface RuleFix {
  label: LocalisedText;
  /**
   * True when the edit cannot change what MindSpore does with the state (it only spells out what
   * MindSpore already does), so every other warning stays exactly as it was.
   */
  preservesBehaviour: boolean;
  /** Whether this finding has a fix at all (some findings of a rule do, others not). */
  applies?(warning: Warning, state: BuilderState): boolean;
  /** The edited state; `state` is never modified. */
  apply(state: BuilderState, warning: Warning): BuilderState;
  /** The fields the edit changes for this finding (default: the finding's fields). */
  fields?(warning: Warning): string[];
}

/** One module of the catalogue: a MindSpore behaviour worth pointing out, and when it applies. */
export interface WarningRule {
  id: string;
  severity: WarningSeverity;
  when?: WarningWhen;
  source: string;
  /** The message in both languages, with `{placeholder}`s filled from the finding's params. */
  messages: LocalisedText;
  /** Alternative messages a finding picks with `params.variant` (e.g. with a projection). */
  variants?: Record<string, LocalisedText>;
  /** A longer plain explanation: what MindSpore does and why, in both languages. */
  explanation: LocalisedText;
  /** The findings for this state: none, one, or (for per-argument rules) several. */
  check(context: WarningContext): RuleFinding | RuleFinding[] | null;
  fix?: RuleFix;
}

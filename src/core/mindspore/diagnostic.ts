/**
 * What the builder reports about a state. For something MindSpore would reject, `kind` is the
 * Python exception it raises and `message` the exact text it prints; other kinds are the builder's
 * own ("SyntaxError" for unreadable text, "Unsupported" for what it cannot represent, "RunModel"
 * for an impossible training run) and explain themselves in `message`.
 */
export type DiagnosticKind =
  | 'TypeError'
  | 'ValueError'
  | 'OverflowError'
  | 'IndexError'
  | 'NotADirectoryError'
  | 'RuntimeError'
  | 'SyntaxError'
  | 'Unsupported'
  | 'RunModel';

/**
 * The builder's own reasons a training run cannot be played (kind "RunModel"), one per sentence,
 * so that the page can say each in the reader's language; `message` is the English.
 */
export type RunProblemId =
  | 'epoch-not-whole'
  | 'dataset-size-not-whole'
  | 'initial-epoch-not-whole'
  | 'previous-runs-not-whole'
  | 'device-num-not-whole'
  | 'pipeline-stages-not-whole'
  | 'train-calls-not-whole'
  | 'sink-size-not-whole'
  | 'step-seconds-not-positive'
  | 'startup-seconds-negative'
  | 'save-seconds-negative'
  | 'checkpoint-bytes-negative'
  | 'disk-budget-negative'
  | 'pipeline-stages-above-devices'
  | 'too-many-saves-estimated'
  | 'too-many-saves'
  | 'too-many-steps'
  | 'too-long';

export interface RunProblem {
  id: RunProblemId;
  /** The values the sentence quotes, by the name of its placeholder. */
  values: Readonly<Record<string, string | number>>;
}

/**
 * The builder's own reasons it cannot read or represent a text or a value (kinds "SyntaxError"
 * and "Unsupported"), one per sentence, so that a page can say each in the reader's language;
 * `message` is the English. Python's own SyntaxError texts (they reproduce CPython's) have none.
 */
export type ImportProblemId =
  | 'unreadable-text'
  | 'no-call-found'
  | 'star-unpacking'
  | 'config-not-assigned'
  | 'config-not-evaluable'
  | 'python-named-escape'
  | 'no-monitor-found'
  | 'json-invalid'
  | 'json-unknown-keys'
  | 'json-unknown-keys-top'
  | 'json-config-value'
  | 'json-invalid-value'
  | 'json-invalid-value-top'
  | 'json-version'
  | 'unknowable-value'
  | 'enc-key-not-kept'
  | 'prefix-not-str'
  | 'format-not-str'
  | 'yaml-tab-indent'
  | 'yaml-after-marker'
  | 'yaml-after-document'
  | 'yaml-multiline-quote'
  | 'yaml-end'
  | 'yaml-indentation'
  | 'yaml-too-deep'
  | 'yaml-expected-key'
  | 'yaml-unsupported-syntax'
  | 'yaml-text-after-quote'
  | 'yaml-text-after-flow'
  | 'yaml-unclosed-quote'
  | 'yaml-expected-list-end'
  | 'yaml-flow-key'
  | 'yaml-expected-map-end'
  | 'yaml-bad-escape'
  | 'yaml-not-unicode'
  | 'yaml-unknown-escape'
  | 'yaml-no-constructor';

export interface ImportProblem {
  id: ImportProblemId;
  /** The values the sentence quotes, by the name of its placeholder. */
  values: Readonly<Record<string, string | number>>;
}

export interface Diagnostic {
  kind: DiagnosticKind;
  /** The argument concerned: a CheckpointConfig name, `prefix`/`directory`, or `run.<field>`. */
  field?: string;
  message: string;
  /** The spec's error id (E01 … E39) when the diagnostic reproduces one. */
  code?: string;
  /** For a "RunModel" diagnostic: which of the builder's sentences `message` is. */
  problem?: RunProblem;
  /** For the builder's own "SyntaxError" or "Unsupported": which of its sentences `message` is. */
  reason?: ImportProblem;
  /** 1-based line and column in pasted text, when it comes from reading text. */
  line?: number;
  column?: number;
}

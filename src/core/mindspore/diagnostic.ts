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

export interface Diagnostic {
  kind: DiagnosticKind;
  /** The argument concerned: a CheckpointConfig name, `prefix`/`directory`, or `run.<field>`. */
  field?: string;
  message: string;
  /** The spec's error id (E01 … E39) when the diagnostic reproduces one. */
  code?: string;
  /** For a "RunModel" diagnostic: which of the builder's sentences `message` is. */
  problem?: RunProblem;
  /** 1-based line and column in pasted text, when it comes from reading text. */
  line?: number;
  column?: number;
}

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

export interface Diagnostic {
  kind: DiagnosticKind;
  /** The argument concerned: a CheckpointConfig name, `prefix`/`directory`, or `run.<field>`. */
  field?: string;
  message: string;
  /** The spec's error id (E01 … E39) when the diagnostic reproduces one. */
  code?: string;
  /** 1-based line and column in pasted text, when it comes from reading text. */
  line?: number;
  column?: number;
}

/** A remark shown at a field: what MindSpore does with the value entered there. */
export interface FieldNote {
  severity: 'error' | 'warning' | 'info';
  text: string;
}

/** Notes by field name (a CheckpointConfig argument name, `prefix` or `directory`). */
export type FieldNotes = Record<string, readonly FieldNote[]>;

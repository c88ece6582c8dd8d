/** One entry of the warning catalogue (spec §13) that applies to a state. */
export interface Warning {
  /** The catalogue's stable id, e.g. "seconds-ignored". */
  id: string;
  severity: 'error' | 'warning' | 'info';
  /** The fields it concerns: CheckpointConfig names, `prefix`, `directory`, or `run.<field>`. */
  fields: string[];
  /** The plain-language message in English (the UI translates by id). */
  message: string;
  /** When it bites, for errors: at construction, at the first save, or at Model.train. */
  when?: 'config' | 'construct' | 'first-save' | 'train';
  /** Values for the message's placeholders, so that the UI can render it in either language. */
  params?: Record<string, string | number>;
  /** The spec's reference, e.g. "r2.2 L181-184". */
  source: string;
}

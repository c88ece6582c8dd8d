import type { BuilderState } from '../config/state';
import type { Diagnostic } from '../mindspore/diagnostic';
import type { MindSporeVersion } from '../versions';

export interface ImportOptions {
  /** The MindSpore version when the text does not say; default: the builder's default (2.2). */
  version?: MindSporeVersion;
}

/** Every id an importer gives a note; a UI keeps a translation of each (and of each variant). */
export const IMPORT_NOTE_IDS = [
  'config-assumed',
  'config-not-passed',
  'enc-key-expression-dropped',
  'enc-key-length-assumed',
  'enc-key-literal-dropped',
  'enc-key-random-replaced',
  'positional-second-is-seconds',
  'several-checkpoint-configs',
  'several-model-checkpoints',
  'version-from-comment',
  'yaml-append-info-default',
  'yaml-append-info-replaced',
  'yaml-ignored-by-version',
  'yaml-mindformers-only',
  'yaml-rank-paths',
  'yaml-runner-config',
  'yaml-several-monitors',
  'yaml-use-legacy-safetensors',
] as const;

export type ImportNoteId = (typeof IMPORT_NOTE_IDS)[number];

/** Something the user should know about an accepted import (a dropped key, a positional argument). */
export interface ImportNote {
  /** A stable id, e.g. "enc-key-literal-dropped", "positional-second-is-seconds". */
  id: ImportNoteId;
  /**
   * Which wording of the note, when one id reads differently by format or case (e.g. "json",
   * "yaml"); absent for the id's main wording. See `importNoteKey`.
   */
  variant?: string;
  field?: string;
  /** The note in English, as the importer wrote it. */
  message: string;
  line?: number;
  /**
   * The values `message` embeds (a version, a count, an argument name), by placeholder name, so
   * that a translation keyed by `importNoteKey` can embed the same values in its own sentence.
   */
  params?: Record<string, string | number>;
}

/**
 * The key of a note's wording: its id, or `id/variant`.
 * Example: `importNoteKey({ id: 'version-from-comment', variant: 'yaml' }) === 'version-from-comment/yaml'`.
 */
export function importNoteKey(note: Pick<ImportNote, 'id' | 'variant'>): string {
  return note.variant === undefined ? note.id : `${note.id}/${note.variant}`;
}

export type ImportFormat = 'json' | 'python' | 'yaml';

export type ImportResult =
  | { ok: true; state: BuilderState; notes: ImportNote[]; format: ImportFormat }
  | {
      ok: false;
      errors: Diagnostic[];
      format: ImportFormat | 'unknown';
      /**
       * The state read from the text when it could be read and MindSpore's checks (validate) are
       * what fail, e.g. a negative value or an argument given as a variable ("Unsupported"), so a
       * page can still load it and show the errors beside it. Absent for unreadable text and for
       * errors a state cannot hold (Python's binding TypeErrors, ModelCheckpoint's E27).
       */
      state?: BuilderState;
      notes?: ImportNote[];
    };

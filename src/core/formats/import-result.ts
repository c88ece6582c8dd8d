import type { BuilderState } from '../config/state';
import type { Diagnostic } from '../mindspore/diagnostic';
import type { MindSporeVersion } from '../versions';

export interface ImportOptions {
  /** The MindSpore version when the text does not say; default: the builder's default (2.2). */
  version?: MindSporeVersion;
}

/** Something the user should know about an accepted import (a dropped key, a positional argument). */
export interface ImportNote {
  /** A stable id, e.g. "enc-key-literal-dropped", "positional-second-is-seconds". */
  id: string;
  field?: string;
  message: string;
  line?: number;
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

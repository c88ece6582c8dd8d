import type { BuilderState } from '../config/state';

export interface ShareNotice {
  /** The field concerned, e.g. "config.keep_checkpoint_max", "run.epoch", "mindspore_version". */
  field: string;
  message: string;
}

// Placeholders with the final signatures; the share-link work replaces the bodies (issue 6).
/** The part of the page URL after the path that carries the state. */
export function encodeShareState(_state: BuilderState): string {
  throw new Error('encodeShareState is not implemented yet');
}

/** Reads a share link's state back; never throws, whatever the text. */
export function decodeShareState(_text: string): { state: BuilderState; notices: ShareNotice[] } {
  throw new Error('decodeShareState is not implemented yet');
}

import type { BuilderState } from '../config/state';
import type { Warning } from './types';

// Placeholder with the final signature; the warnings work replaces the body (issue 4).
/** The catalogue's entries that apply to this state, in the registry's order. */
export function findWarnings(_state: BuilderState): Warning[] {
  return [];
}

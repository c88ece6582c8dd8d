import { decodeShareState, defaultState } from '../../core/index';
import { carriesLinkState } from './link-in-address';
import type { OpenedLink } from './url-state';

/**
 * Reading a link's state: the state's schemas check every value of it, and the page's first load
 * carries none of them (ADR 13), so url-state.ts loads this module only when there is a link to
 * read. `readLocationState('#s=1.3,2').state.config.keep_checkpoint_max === 2`.
 */
export function readLocationState(hash: string, search = ''): OpenedLink {
  if (hash.length > 1) return decodeShareState(hash);
  if (carriesLinkState('', search)) return decodeShareState(search);
  return { state: defaultState(), notices: [] };
}

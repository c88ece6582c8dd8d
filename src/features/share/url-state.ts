import { useEffect, useRef } from 'react';
import { decodeShareState, defaultState, encodeShareState } from '../../core/index';
import type { BuilderState, ShareNotice } from '../../core/index';

/** How long the address bar waits after the last edit before it is rewritten (milliseconds). */
export const URL_WRITE_DELAY_MS = 250;

/**
 * The state a page opens with: the link's (with its notices) when the address has a fragment or
 * query with `s=`, else the defaults. `readLocationState('#s=1.3,2').state.config.keep_checkpoint_max === 2`.
 */
export function readLocationState(
  hash: string,
  search = '',
): {
  state: BuilderState;
  notices: ShareNotice[];
} {
  if (hash.length > 1) return decodeShareState(hash);
  if (hasQueryState(search)) return decodeShareState(search);
  return { state: defaultState(), notices: [] };
}

const hasQueryState = (search: string) => /[?&]s=/.test(search);

/** Whether an address carries a link's state (what readLocationState would decode). */
export function carriesLinkState(hash: string, search = ''): boolean {
  return hash.length > 1 || hasQueryState(search);
}

/** The full address that opens `state`: this page's address with the state's fragment. */
export function shareUrl(state: BuilderState, location: Location = window.location): string {
  return `${location.origin}${location.pathname}${location.search}${encodeShareState(state)}`;
}

/**
 * Keeps the address bar current (history.replaceState, debounced, so typing "1000" writes once
 * and the back button is not flooded), and opens a link pasted into the same tab: `hashchange`
 * fires only for navigation, never for replaceState, so every hashchange is the user's.
 */
export function useUrlState(
  state: BuilderState,
  onLinkOpened: (opened: { state: BuilderState; notices: ShareNotice[] }) => void,
): void {
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const hash = encodeShareState(state);
      if (window.location.hash !== hash) {
        const { pathname, search } = window.location;
        // Keep whatever else sits in history.state (routers, the browser's own scroll data).
        window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
      }
    }, URL_WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  // The callback may change every render; the listener stays the same.
  const opened = useRef(onLinkOpened);
  useEffect(() => {
    opened.current = onLinkOpened;
  }, [onLinkOpened]);
  useEffect(() => {
    const onHashChange = () => {
      if (window.location.hash.length <= 1) return;
      opened.current(decodeShareState(window.location.hash));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}

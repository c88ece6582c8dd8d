import { useEffect, useRef } from 'react';
import { defaultState, encodeShareState } from '../../core/index';
import type { BuilderState, ShareNotice } from '../../core/index';
import { carriesLinkState, withoutLinkState } from './link-in-address';

/** How long the address bar waits after the last edit before it is rewritten (milliseconds). */
export const URL_WRITE_DELAY_MS = 250;

/** What a page opens with: a state, and what could not be taken from the link it came from. */
export interface OpenedLink {
  state: BuilderState;
  notices: ShareNotice[];
}

/** The link reader (link-reader.ts), loaded only when there is a link to read. */
export const loadLinkReader = () => import('./link-reader');

/**
 * The state a page opens with: the link's (with its notices) when the address has a fragment or
 * query with `s=`, else the defaults. If the link reader cannot be loaded (offline after a new
 * deploy), the defaults, with a notice that says so (`linkNotRead`): the page still opens.
 */
export async function readOpeningState(hash: string, search = ''): Promise<OpenedLink> {
  if (!carriesLinkState(hash, search)) return { state: defaultState(), notices: [] };
  try {
    return (await loadLinkReader()).readLocationState(hash, search);
  } catch {
    return { state: defaultState(), notices: [READER_MISSING] };
  }
}

const READER_MISSING: ShareNotice = {
  field: 'link',
  reason: 'reader-unavailable',
  message: 'The page could not load the code that reads links; the link was not opened. Reload.',
};

/** True when the link could not be read at all because its reader did not load. */
export function linkNotRead(opened: OpenedLink): boolean {
  return opened.notices.some((notice) => notice.reason === 'reader-unavailable');
}

export { carriesLinkState };

/** The full address that opens `state`: this page's address with the state's fragment. */
export function shareUrl(state: BuilderState, location: Location = window.location): string {
  return `${location.origin}${location.pathname}${withoutLinkState(location.search)}${encodeShareState(state)}`;
}

/**
 * Keeps the address bar current (history.replaceState, debounced, so typing "1000" writes once
 * and the back button is not flooded), and opens a link pasted into the same tab: `hashchange`
 * fires only for navigation, never for replaceState, so every hashchange is the user's.
 */
export function useUrlState(
  state: BuilderState,
  onLinkOpened: (opened: OpenedLink) => void,
  /** Leave the address as it is until `state` first changes: it holds a link not read yet. */
  keepAddressUntilEdit = false,
): void {
  // A link the page could not read stays in the address bar, where a reload can read it, until
  // the first edit replaces it.
  const untouched = useRef<BuilderState | null>(keepAddressUntilEdit ? state : null);
  // Links navigated to in this tab so far: a write planned before one would overwrite it.
  const navigations = useRef(0);
  useEffect(() => {
    if (untouched.current !== null) {
      if (state === untouched.current) return;
      untouched.current = null;
    }
    const planned = navigations.current;
    const timer = window.setTimeout(() => {
      if (navigations.current !== planned) return;
      const hash = encodeShareState(state);
      const { pathname, search } = window.location;
      const query = withoutLinkState(search);
      if (window.location.hash !== hash || query !== search) {
        // Keep whatever else sits in history.state (routers, the browser's own scroll data).
        window.history.replaceState(window.history.state, '', `${pathname}${query}${hash}`);
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
    let live = true;
    const onHashChange = () => {
      const hash = window.location.hash;
      if (hash.length <= 1) return;
      navigations.current += 1;
      void readOpeningState(hash).then((link) => {
        // The newest link wins: one pasted while an earlier one was read replaces it.
        if (live && window.location.hash === hash) opened.current(link);
      });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
}

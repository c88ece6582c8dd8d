/**
 * Whether an address carries a link's state: a fragment, or a query with `s=`. Its own module,
 * without imports, so that the page's entry (main.tsx) can start loading the link reader beside
 * the page's code when there is a link to read.
 */
export function carriesLinkState(hash: string, search = ''): boolean {
  return hash.length > 1 || /[?&]s=/.test(search);
}

/**
 * A query without the link state it may carry (`?s=1.3,2&x=1` → `?x=1`): once the page holds the
 * state in the fragment, a stale `s=` beside it would travel in every copied link.
 */
export function withoutLinkState(search: string): string {
  if (!carriesLinkState('', search)) return search;
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('s='));
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

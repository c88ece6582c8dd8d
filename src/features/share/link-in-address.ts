/**
 * Whether an address carries a link's state: a fragment, or a query with `s=`. Its own module,
 * without imports, so that the page's entry (main.tsx) can start loading the link reader beside
 * the page's code when there is a link to read.
 */
export function carriesLinkState(hash: string, search = ''): boolean {
  return hash.length > 1 || /[?&]s=/.test(search);
}

import { prerender } from 'react-dom/static';
import { App } from './app/app';

/**
 * The page as first shown to a visitor with no link and no preference: English, the default
 * state. Rendered at build time (scripts/prerender-plugin.ts) into index.html, so that the form
 * is painted before any script runs; main.tsx then hydrates it (ADR 9). Waits for the lazy
 * regions, so that the regions shown before the analysis loads are in the page too.
 */
export async function renderPage(): Promise<string> {
  const { prelude } = await prerender(
    <App language="en" location={{ hash: '', search: '' }} />,
    // Keeps every boundary inline: larger ones would be sent apart, with a script to move them.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}

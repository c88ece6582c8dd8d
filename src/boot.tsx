import { startTransition, StrictMode } from 'react';
import type * as ReactDomClient from 'react-dom/client';
import { App } from './app/app';
import { readPrerenderSeed } from './app/prerender-seed';
import { defaultState } from './core/index';
import { carriesLinkState, readOpeningState } from './features/share/url-state';
import type { OpenedLink } from './features/share/url-state';
import { initialLanguage } from './i18n/language-context';

/**
 * Hydrates the prerendered page, or renders the page when the prerender is not this visit's.
 * `reactDom` is `react-dom/client`, imported by main.tsx apart from this module (ADR 10).
 */
export function boot(root: HTMLElement, reactDom: typeof ReactDomClient): void {
  const { createRoot, hydrateRoot } = reactDom;
  const location = { hash: window.location.hash, search: window.location.search };
  const language = initialLanguage();
  // The build prerenders the default page in English (ADR 9). index.html's inline script hides
  // it before the first paint when it is not what this visit shows (a link's state, Chinese);
  // the same conditions are checked here with the app's own rules.
  const seed = readPrerenderSeed(document);
  const prerendered =
    seed !== null &&
    root.firstElementChild !== null &&
    document.documentElement.dataset.prerender !== 'off' &&
    language === 'en' &&
    !carriesLinkState(location.hash, location.search);
  const page = (opened: OpenedLink) => (
    <StrictMode>
      <App language={language} opened={opened} seed={prerendered ? seed : undefined} />
    </StrictMode>
  );
  // As a transition, React hydrates or renders the page in slices of a few milliseconds instead
  // of one long task, so the main thread stays free for input while the page is built.
  if (prerendered) {
    document.documentElement.dataset.boot = 'hydrate';
    startTransition(() => {
      hydrateRoot(root, page({ state: defaultState(), notices: [] }));
    });
  } else {
    document.documentElement.dataset.boot = 'render';
    root.replaceChildren();
    delete document.documentElement.dataset.prerender;
    const reactRoot = createRoot(root);
    // A link's state is read before the page is rendered: the reader (with the state's schemas)
    // is loaded for links only (ADR 13), and never fails (a notice says what it could not read).
    void readOpeningState(location.hash, location.search).then((opened) => {
      startTransition(() => {
        reactRoot.render(page(opened));
      });
    });
  }
}

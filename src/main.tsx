import './app/mantine-styles';
import { carriesLinkState } from './features/share/link-in-address';

// The page's code is fetched and evaluated after the prerendered page's first paint (ADR 9, 10):
// the form is on screen first, then the code hydrates it. A script that arrives early would
// otherwise be evaluated before that paint and delay it by the whole evaluation, and its
// download would share the network with the page's HTML and CSS. An animation frame is not
// enough, as the frame is shown later than it is drawn: this waits for the browser's report that
// the page's content has been painted.
const root = document.getElementById('root');

function start() {
  if (!root) return;
  // React DOM's client comes as its own import, fetched beside the app's: the browser evaluates
  // each import's code in its own task, two shorter tasks instead of one long one (~55 ms of
  // main thread here, ~220 ms with the CPU slowed 4× as Lighthouse's phone is; ADR 10).
  const client = import('react-dom/client');
  // A link's state is read before the page is rendered (ADR 13): its reader loads beside the code.
  if (carriesLinkState(window.location.hash, window.location.search)) {
    import('./features/share/link-reader').catch(() => undefined);
  }
  Promise.all([import('./boot'), client]).then(
    ([module, reactDom]) => module.boot(root, reactDom),
    () => {
      // Offline after a new deploy, or a blocked request: say so rather than leave a dead page.
      document.documentElement.dataset.boot = 'failed';
      delete document.documentElement.dataset.prerender;
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.textContent =
        'The page could not load its code. Check the connection and reload. 页面代码无法加载，请检查网络后刷新。';
      root.prepend(message);
    },
  );
}

/** Calls `then` once the page's first contentful paint is reported, or after `limitMs`. */
function afterFirstPaint(then: () => void, limitMs: number) {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) once();
  });
  observer.observe({ type: 'paint', buffered: true });
  const timer = setTimeout(once, limitMs);
}

// Nothing to wait for in a hidden tab (it paints nothing), or when the prerendered page is
// hidden because this visit shows another (index.html's script): start at once.
const waitForPaint =
  document.visibilityState === 'visible' &&
  document.documentElement.dataset.prerender !== 'off' &&
  PerformanceObserver.supportedEntryTypes.includes('paint');
if (waitForPaint) afterFirstPaint(start, 1000);
else start();

import './app/mantine-styles';

// The page's code is evaluated after the first paint (ADR 9): the prerendered form is on screen
// first, then the code (already downloaded: index.html preloads it) hydrates it. Evaluating it
// before that paint, as a browser does with a script that arrives early, delays it by the
// whole evaluation.
const root = document.getElementById('root');

function start() {
  if (!root) return;
  import('./boot').then(
    (module) => module.boot(root),
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

// A hidden tab paints no frame (and runs no animation frame): it starts at once.
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0));
else start();

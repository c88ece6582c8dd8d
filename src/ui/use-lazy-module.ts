import { startTransition, useEffect, useState } from 'react';

export type LazyModule<T> =
  { status: 'loading' } | { status: 'ready'; module: T } | { status: 'failed' };

/**
 * A module loaded after the first paint. `load` must be stable (a module-level function): each
 * call of it is one import(), which the browser caches.
 */
export function useLazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  const [loaded, setLoaded] = useState<LazyModule<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    // In a task of its own: import() adds a preload link per chunk (a few ms each), and a page's
    // mount effects run together in one task (ADR 10).
    const timer = setTimeout(() => {
      load().then(
        (module) => {
          // What the module makes appear (warnings, notes) renders in slices, not one long task.
          if (live) startTransition(() => setLoaded({ status: 'ready', module }));
        },
        // Offline after a new deploy, or a blocked request: the regions that need it say so.
        () => {
          if (live) setLoaded({ status: 'failed' });
        },
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [load]);
  return loaded;
}

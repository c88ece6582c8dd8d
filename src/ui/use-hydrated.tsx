import { useComputedColorScheme } from '@mantine/core';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while React hydrates the prerendered page (and in the prerender itself), true after.
 * What depends on this browser's preferences (the colour scheme a user chose) must render as
 * the prerender did until then: a hydration mismatch makes React throw the page away and
 * render it again, and an attribute mismatch is never corrected.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * The colour scheme to render with: light (as prerendered, where no preference is known) until
 * hydrated, then the user's. For what picks colours in JavaScript; CSS follows the page's
 * attribute, which index.html's script sets before the first paint.
 */
export function useHydrationSafeColorScheme(): 'light' | 'dark' {
  const scheme = useComputedColorScheme('light');
  return useHydrated() ? scheme : 'light';
}

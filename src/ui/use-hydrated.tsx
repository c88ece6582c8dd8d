import { useComputedColorScheme } from '@mantine/core';
import { createContext, startTransition, use, useEffect, useState } from 'react';
import type { ReactNode } from 'react';

// True where no HydrationGate says otherwise: a page rendered in the browser (or a test).
const HydratedContext = createContext(true);

/**
 * Says to the page below it whether React is still hydrating the prerendered page (ADR 9).
 * `hydrating` is set for the prerender and the hydration: the page then renders as prerendered,
 * and once hydrated it re-renders with what depends on this browser, as a transition: React
 * builds that in slices of a few milliseconds, where a store update (useSyncExternalStore, which
 * this was) re-rendered every lazy region at once in one long task (~0.5 s with the CPU slowed
 * 4×, measured in a trace).
 */
export function HydrationGate({
  hydrating,
  children,
}: {
  hydrating: boolean;
  children: ReactNode;
}) {
  const [hydrated, setHydrated] = useState(!hydrating);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return <HydratedContext value={hydrated}>{children}</HydratedContext>;
}

/**
 * False while React hydrates the prerendered page (and in the prerender itself), true after.
 * What depends on this browser's preferences (the colour scheme a user chose) must render as
 * the prerender did until then: a hydration mismatch makes React throw the page away and
 * render it again, and an attribute mismatch is never corrected.
 */
export function useHydrated(): boolean {
  return use(HydratedContext);
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

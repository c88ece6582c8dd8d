import { Alert } from '@mantine/core';
import { Component, Suspense } from 'react';
import type { ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

interface LazyRegionProps {
  /** Shown while the region's code loads. */
  fallback: ReactNode;
  /** Shown if the code cannot be loaded (offline after a new deploy, a blocked request). */
  failed: ReactNode;
  children: ReactNode;
  /**
   * Rendered in the prerendered page, not its placeholder: for a region that holds no input
   * (nothing typed into it before hydration could be reset by it).
   */
  prerendered?: boolean;
}

/**
 * A region whose code loads after the first paint. A chunk that fails to load must not take
 * the page down with it: the rest of the page (and the user's state) stays, and the region says so.
 */
export function LazyRegion({ fallback, failed, children, prerendered = false }: LazyRegionProps) {
  // The prerendered page holds the placeholder, not the region (ADR 9): what is prerendered is
  // interactive as soon as the page is hydrated, and what a visitor types before that is replayed
  // (replayEarlyInput); a region hydrated later would reset what was typed into it.
  const hydrated = useHydrated();
  if (!hydrated && !prerendered) return fallback;
  return (
    <LoadBoundary failed={failed}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadBoundary>
  );
}

class LoadBoundary extends Component<
  { failed: ReactNode; children: ReactNode },
  { error: boolean }
> {
  override state = { error: false };

  static getDerivedStateFromError(): { error: boolean } {
    return { error: true };
  }

  override render() {
    return this.state.error ? (
      <RegionFailed>{this.props.failed}</RegionFailed>
    ) : (
      this.props.children
    );
  }
}

/** What a region shows when its code could not be loaded. */
export function RegionFailed({ children }: { children: ReactNode }) {
  return (
    <Alert color="red" variant="light" role="alert">
      {children}
    </Alert>
  );
}

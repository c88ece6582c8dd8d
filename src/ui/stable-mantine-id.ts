import { useId as useReactId } from 'react';

/**
 * Stands in for `@mantine/hooks`' useId in the page's build (scripts/mantine-stable-id-plugin.ts).
 * Mantine renders `mantine-<React's id>` first, as this does, then replaces it with a random id
 * in a layout effect: a synchronous re-render of every input, label and dialog after it mounts,
 * which after hydration rewrote the ids of the whole form in one long task (ADR 10). React's id
 * is unique within the page's one root (dialogs are portals of that root) and the same in the
 * prerender and in the browser, so it is kept.
 */
export function useId(staticId?: string): string {
  const reactId = useReactId();
  if (typeof staticId === 'string') return staticId;
  return `mantine-${reactId.replace(/:/g, '')}`;
}

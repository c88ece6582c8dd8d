import { act } from '@testing-library/react';
import { onCommit } from './react-commit-hook';
import type { CommittedFiber } from './react-commit-hook';

// React's fiber flag for "this component's function ran in this render" (PerformedWork).
const PERFORMED_WORK = 1;

function nameOf(type: unknown): string {
  if (typeof type === 'function') {
    const fn = type as { displayName?: string; name?: string };
    return fn.displayName ?? fn.name ?? '';
  }
  if (type && typeof type === 'object') {
    const wrapper = type as { displayName?: string; type?: unknown; render?: unknown };
    return wrapper.displayName ?? nameOf(wrapper.type ?? wrapper.render);
  }
  return '';
}

/**
 * How many times each component (by name; Mantine's as `@mantine/core/Tabs`) rendered in the
 * commits made while `change` ran, acted out. Subtrees React reused from the last commit are
 * not visited: they did not render.
 */
export async function rendersDuring(change: () => unknown): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const visit = (fiber: CommittedFiber) => {
    for (let at: CommittedFiber | null = fiber; at !== null; at = at.sibling) {
      if (typeof at.type !== 'string' && at.type !== null && (at.flags & PERFORMED_WORK) !== 0) {
        const name = nameOf(at.type);
        if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      // A child list shared with the last commit was bailed out on as a whole.
      if (at.child && (at.alternate === null || at.child !== at.alternate.child)) visit(at.child);
    }
  };
  const stop = onCommit((root) => {
    if (root.child) visit(root.child);
  });
  try {
    await act(async () => {
      await change();
    });
  } finally {
    stop();
  }
  return counts;
}

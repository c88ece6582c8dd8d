// Stands in for React's developer tools, which React DOM calls at every commit when present: the
// tests can then see which components a commit rendered (src/test/renders.ts). Imported before
// React DOM (the first setup file), as React DOM looks for it once, when it is loaded.

/** The part of a React fiber the render counter reads. */
export interface CommittedFiber {
  type: unknown;
  flags: number;
  child: CommittedFiber | null;
  sibling: CommittedFiber | null;
  alternate: CommittedFiber | null;
}

type CommitListener = (root: CommittedFiber) => void;

const holder = globalThis as typeof globalThis & {
  __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
  __commitListeners?: Set<CommitListener>;
};

holder.__commitListeners ??= new Set();
const listeners = holder.__commitListeners;

holder.__REACT_DEVTOOLS_GLOBAL_HOOK__ ??= {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => undefined,
  onScheduleFiberRoot: () => undefined,
  onCommitFiberUnmount: () => undefined,
  onPostCommitFiberRoot: () => undefined,
  onCommitFiberRoot: (_renderer: number, root: { current: CommittedFiber }) => {
    for (const listener of listeners) listener(root.current);
  },
};

/** Calls `listener` with the root fiber of every commit until the returned function is called. */
export function onCommit(listener: CommitListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

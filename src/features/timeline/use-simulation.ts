import { startTransition, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { BuilderState } from '../../core/index';
import { estimateSaveAttempts } from './estimate-work';
import { runSimulation, TIMELINE_OPTIONS } from './simulation-outcome';
import type { SimulationOutcome } from './simulation-outcome';
import { SimulationWorkerClient } from './simulation-worker-client';

/**
 * Runs with more save attempts than this are simulated in a worker. The simulator's cost is about
 * linear in save attempts (simulation.md §4); at this size it stays well inside one frame even
 * before the JIT has warmed up. The default run (10⁴ attempts, ~100 ms cold) goes to the worker,
 * so that it does not block the main thread while the page loads (ADR 6, ADR 8).
 */
export const MAIN_THREAD_SAVE_ATTEMPTS = 2_000;

export interface SimulationView {
  /** The newest outcome there is: the current state's, or an earlier one while `pending`. */
  outcome: SimulationOutcome | null;
  /** The state `outcome` was computed for (what the charts label it with: ranks, file size). */
  outcomeState: BuilderState | null;
  /** True while a newer result is being computed off the main thread. */
  pending: boolean;
  /** Where the shown outcome was computed. */
  offMainThread: boolean;
}

function createWorker(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}

function isHeavy(state: BuilderState): boolean {
  // The prerender (no window) renders what a browser's first render shows: a large run pending.
  const canOffload = typeof Worker !== 'undefined' || typeof window === 'undefined';
  return canOffload && estimateSaveAttempts(state) > MAIN_THREAD_SAVE_ATTEMPTS;
}

interface Answer {
  state: BuilderState;
  outcome: SimulationOutcome;
}

/**
 * The simulation of `latest`, live. Small runs are simulated during render, in the deferred
 * (interruptible) render that follows a keystroke, so that the keystroke itself paints first.
 * Large ones go to a Web Worker as soon as the keystroke is committed (not after a deferred render),
 * the latest request winning, keeping the previous result on screen meanwhile.
 */
export function useSimulation(latest: BuilderState): SimulationView {
  const deferred = useDeferredValue(latest);
  // Arithmetic only: cheap enough for the keystroke's own render.
  const heavy = useMemo(() => isHeavy(latest), [latest]);
  const syncOutcome = useMemo<Answer | null>(
    () => (isHeavy(deferred) ? null : { state: deferred, outcome: runSimulation(deferred) }),
    [deferred],
  );
  const [asyncAnswer, setAsyncAnswer] = useState<Answer | null>(null);
  const lastSync = useRef<Answer | null>(null);
  const client = useRef<SimulationWorkerClient | null>(null);
  const firstAnswer = useRef(true);

  useEffect(() => {
    if (syncOutcome) lastSync.current = syncOutcome;
  }, [syncOutcome]);

  useEffect(() => {
    if (!heavy) return;
    client.current ??= new SimulationWorkerClient(createWorker);
    return client.current.request(latest, TIMELINE_OPTIONS, (outcome) => {
      const show = () => setAsyncAnswer({ state: latest, outcome });
      // The answer to an edit is not a transition: it is what the page waits for, so it is
      // rendered at once rather than behind the deferred renders of the same keystroke (the
      // warnings, the export). The first answer builds the whole timeline while the page loads:
      // as a transition, in slices, it is no long task (ADR 10).
      if (firstAnswer.current) {
        firstAnswer.current = false;
        startTransition(show);
      } else {
        show();
      }
    });
  }, [heavy, latest]);

  // Leaving the large-run regime forgets the worker's answer, so that coming back shows the
  // newest synchronous result rather than an old one. Left once the deferred render has a
  // synchronous result: until then the worker's answer is the newest there is.
  const deferredHeavy = syncOutcome === null;
  useEffect(() => {
    if (deferredHeavy) return () => setAsyncAnswer(null);
  }, [deferredHeavy]);

  useEffect(() => () => client.current?.terminate(), []);

  if (!heavy) {
    // Light now, but the deferred state may still be a heavy one (no synchronous result for it
    // yet): keep showing the newest result until the deferred render catches up, as for any
    // edit of a small run.
    const shown = syncOutcome ?? asyncAnswer ?? lastSync.current;
    return {
      outcome: shown?.outcome ?? null,
      outcomeState: shown?.state ?? null,
      pending: false,
      offMainThread: syncOutcome === null && shown !== null && shown === asyncAnswer,
    };
  }
  const shown = asyncAnswer ?? lastSync.current;
  return {
    outcome: shown?.outcome ?? null,
    outcomeState: shown?.state ?? null,
    pending: asyncAnswer?.state !== latest,
    offMainThread: asyncAnswer !== null,
  };
}

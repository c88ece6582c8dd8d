import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { BuilderState } from '../../core/index';
import { estimateSaveAttempts } from './estimate-work';
import { runSimulation, TIMELINE_OPTIONS } from './simulation-outcome';
import type { SimulationOutcome } from './simulation-outcome';
import { SimulationWorkerClient } from './simulation-worker-client';

/**
 * Runs with more save attempts than this are simulated in a worker. The simulator's cost is about
 * linear in save attempts (simulation.md §4); at this size it stays well inside one frame.
 */
export const MAIN_THREAD_SAVE_ATTEMPTS = 20_000;

export interface SimulationView {
  /** The newest outcome there is: the current state's, or the previous one while `pending`. */
  outcome: SimulationOutcome | null;
  /** True while a newer result is being computed off the main thread. */
  pending: boolean;
  /** Where the shown outcome was computed. */
  offMainThread: boolean;
}

function createWorker(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The simulation of `state`, live: small runs synchronously during render (they take well under a
 * frame), large ones in a Web Worker with the latest request winning, keeping the previous result
 * on screen meanwhile.
 */
export function useSimulation(state: BuilderState): SimulationView {
  const heavy = useMemo(
    () => typeof Worker !== 'undefined' && estimateSaveAttempts(state) > MAIN_THREAD_SAVE_ATTEMPTS,
    [state],
  );
  const syncOutcome = useMemo(() => (heavy ? null : runSimulation(state)), [heavy, state]);
  const [asyncAnswer, setAsyncAnswer] = useState<{
    state: BuilderState;
    outcome: SimulationOutcome;
  } | null>(null);
  const lastSync = useRef<SimulationOutcome | null>(null);
  const client = useRef<SimulationWorkerClient | null>(null);

  useEffect(() => {
    if (syncOutcome) lastSync.current = syncOutcome;
  }, [syncOutcome]);

  useEffect(() => {
    if (!heavy) return;
    client.current ??= new SimulationWorkerClient(createWorker);
    return client.current.request(state, TIMELINE_OPTIONS, (outcome) =>
      startTransition(() => setAsyncAnswer({ state, outcome })),
    );
  }, [heavy, state]);

  // Leaving the large-run regime forgets the worker's answer, so that coming back shows the
  // newest synchronous result rather than an old one.
  useEffect(() => {
    if (heavy) return () => setAsyncAnswer(null);
  }, [heavy]);

  useEffect(() => () => client.current?.terminate(), []);

  if (!heavy) return { outcome: syncOutcome, pending: false, offMainThread: false };
  return {
    outcome: asyncAnswer?.outcome ?? lastSync.current,
    pending: asyncAnswer?.state !== state,
    offMainThread: asyncAnswer !== null,
  };
}

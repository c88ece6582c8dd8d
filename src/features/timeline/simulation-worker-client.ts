import type { BuilderState, SimulateOptions } from '../../core/index';
import type { SimulationOutcome } from './simulation-outcome';

interface Pending {
  id: number;
  onDone: (outcome: SimulationOutcome) => void;
}

/**
 * One worker, latest request wins: a request made while another is still computing terminates the
 * worker (the stale answer is worthless and may take seconds) and starts a fresh one.
 */
export class SimulationWorkerClient {
  private worker: Worker | null = null;
  private busy = false;
  private nextId = 0;
  private pending: Pending | null = null;

  constructor(private readonly create: () => Worker) {}

  /** Asks for a simulation; returns a function that drops the answer if it has not come yet. */
  request(
    state: BuilderState,
    options: SimulateOptions,
    onDone: (outcome: SimulationOutcome) => void,
  ): () => void {
    if (this.busy && this.worker) {
      this.worker.terminate();
      this.worker = null;
    }
    const worker = this.worker ?? this.start();
    const id = ++this.nextId;
    this.pending = { id, onDone };
    this.busy = true;
    worker.postMessage({ id, state, options });
    return () => {
      if (this.pending?.id === id) this.pending = null;
    };
  }

  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
    this.pending = null;
  }

  private start(): Worker {
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<{ id: number; outcome: SimulationOutcome }>) => {
      if (event.data.id !== this.nextId) return;
      this.busy = false;
      const pending = this.pending;
      this.pending = null;
      if (pending?.id === event.data.id) pending.onDone(event.data.outcome);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.busy = false;
      const pending = this.pending;
      this.pending = null;
      pending?.onDone({ ok: false, message: event.message || 'worker error', elapsedMs: 0 });
    };
    this.worker = worker;
    return worker;
  }
}

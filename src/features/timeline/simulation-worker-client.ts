import type { BuilderState, SimulateOptions } from '../../core/index';
import type { SimulationOutcome } from './simulation-outcome';

interface Pending {
  id: number;
  onDone: (outcome: SimulationOutcome) => void;
}

/**
 * One worker, latest request wins. A new request terminates a worker that is still computing (its
 * answer is worthless and may take seconds) and starts the new computation after `quietMs`, so
 * that while someone types, the CPU goes to their keystrokes rather than to results they will
 * never see.
 */
export class SimulationWorkerClient {
  private worker: Worker | null = null;
  private busy = false;
  private nextId = 0;
  private pending: Pending | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly create: () => Worker,
    private readonly quietMs = 150,
  ) {}

  /** Asks for a simulation; returns a function that drops the answer if it has not come yet. */
  request(
    state: BuilderState,
    options: SimulateOptions,
    onDone: (outcome: SimulationOutcome) => void,
  ): () => void {
    if (this.busy && this.worker) {
      this.worker.terminate();
      this.worker = null;
      this.busy = false;
    }
    if (this.timer !== null) clearTimeout(this.timer);
    const id = ++this.nextId;
    this.pending = { id, onDone };
    const start = () => {
      this.timer = null;
      const worker = this.worker ?? this.start();
      this.busy = true;
      worker.postMessage({ id, state, options });
    };
    if (this.quietMs > 0) this.timer = setTimeout(start, this.quietMs);
    else start();
    return () => {
      if (this.pending?.id === id) this.pending = null;
    };
  }

  terminate(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
    this.pending = null;
  }

  private start(): Worker {
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<{ id: number; outcome: SimulationOutcome }>) => {
      this.busy = false;
      if (event.data.id !== this.nextId) return;
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

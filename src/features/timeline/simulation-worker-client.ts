import type { BuilderState, SimulateOptions } from '../../core/index';
import { unpackOutcome } from './packed-outcome';
import type { PackedOutcome } from './packed-outcome';
import type { SimulationOutcome } from './simulation-outcome';

interface Pending {
  id: number;
  onDone: (outcome: SimulationOutcome) => void;
}

/**
 * One worker, latest request wins. A request finding the worker idle starts at once: one edit is
 * answered as fast as the worker can simulate. A request arriving while the worker is still
 * computing, or while an earlier request waits, means someone is typing: the busy worker is
 * terminated (its answer is worthless and may take seconds) and the new computation starts after
 * `quietMs` without further requests, so that the CPU goes to the keystrokes rather than to
 * results nobody will see.
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
    const typing = this.busy || this.timer !== null;
    if (this.busy && this.worker) {
      this.worker.terminate();
      this.worker = null;
      this.busy = false;
    }
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const id = ++this.nextId;
    this.pending = { id, onDone };
    const start = () => {
      this.timer = null;
      const worker = this.worker ?? this.start();
      this.busy = true;
      worker.postMessage({ id, state, options });
    };
    if (typing && this.quietMs > 0) this.timer = setTimeout(start, this.quietMs);
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
    worker.onmessage = (event: MessageEvent<{ id: number; outcome: PackedOutcome }>) => {
      this.busy = false;
      if (event.data.id !== this.nextId) return;
      const pending = this.pending;
      this.pending = null;
      if (pending?.id === event.data.id) pending.onDone(unpackOutcome(event.data.outcome));
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

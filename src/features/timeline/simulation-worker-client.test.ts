import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultState } from '../../core/index';
import type { SimulationOutcome } from './simulation-outcome';
import { SimulationWorkerClient } from './simulation-worker-client';

/** A worker that records what it is sent and answers only when told to. */
class FakeWorker {
  posted: { id: number }[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: { id: number }) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number, outcome: SimulationOutcome) {
    this.onmessage?.({ data: { id, outcome } } as MessageEvent);
  }
}

const QUIET_MS = 150;
const outcome = (elapsedMs: number): SimulationOutcome => ({ ok: false, message: 'x', elapsedMs });

describe('SimulationWorkerClient', () => {
  let workers: FakeWorker[];
  let client: SimulationWorkerClient;
  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    client = new SimulationWorkerClient(() => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    }, QUIET_MS);
  });
  afterEach(() => {
    client.terminate();
    vi.useRealTimers();
  });

  test('a request finding the worker idle starts at once', () => {
    const done = vi.fn();
    client.request(defaultState(), {}, done);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted).toHaveLength(1);
    workers[0]!.answer(workers[0]!.posted[0]!.id, outcome(1));
    expect(done).toHaveBeenCalledWith(outcome(1));
    // Idle again: the next request starts at once too, on the same worker.
    client.request(defaultState(), {}, vi.fn());
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted).toHaveLength(2);
  });

  test('a request while the worker computes ends it and starts after a quiet period', () => {
    const first = vi.fn();
    const second = vi.fn();
    client.request(defaultState(), {}, first);
    client.request(defaultState(), {}, second);
    expect(workers[0]!.terminated).toBe(true);
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(workers).toHaveLength(2);
    const sent = workers[1]!.posted;
    expect(sent).toHaveLength(1);
    workers[1]!.answer(sent[0]!.id, outcome(2));
    expect(second).toHaveBeenCalledWith(outcome(2));
    expect(first).not.toHaveBeenCalled();
  });

  test('requests while one waits for quiet restart the wait; only the latest is sent', () => {
    const dones = [vi.fn(), vi.fn(), vi.fn()];
    for (const done of dones) {
      client.request(defaultState(), {}, done);
      vi.advanceTimersByTime(QUIET_MS / 2);
    }
    expect(workers.flatMap((worker) => worker.posted)).toHaveLength(1);
    vi.advanceTimersByTime(QUIET_MS / 2);
    const last = workers.at(-1)!;
    expect(last.posted).toHaveLength(1);
    last.answer(last.posted[0]!.id, outcome(3));
    expect(dones[2]).toHaveBeenCalledWith(outcome(3));
    expect(dones[0]).not.toHaveBeenCalled();
    expect(dones[1]).not.toHaveBeenCalled();
  });

  test('a dropped request is never answered', () => {
    const done = vi.fn();
    const drop = client.request(defaultState(), {}, done);
    drop();
    workers[0]!.answer(workers[0]!.posted[0]!.id, outcome(4));
    expect(done).not.toHaveBeenCalled();
  });
});

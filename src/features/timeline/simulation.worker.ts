/// <reference lib="webworker" />
// Simulates large runs off the main thread. Loaded only when a run is large, so that neither this
// file nor its copy of the core is part of the first page load.
import type { BuilderState, SimulateOptions } from '../../core/index';
import { packOutcome } from './packed-outcome';
import { runSimulation } from './simulation-outcome';

export interface SimulationRequest {
  id: number;
  state: BuilderState;
  options: SimulateOptions;
}

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const { id, state, options } = event.data;
  // Packed: thousands of events as a few moved buffers, not objects copied one by one.
  const { message, transfer } = packOutcome(runSimulation(state, options));
  self.postMessage({ id, outcome: message }, transfer);
};

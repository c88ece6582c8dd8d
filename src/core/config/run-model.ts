import type { z } from '../zod';
import type { runModelSchema } from './run-model-schema';

/**
 * The training run the simulator plays (simulation.md §1), plus what the spec's scenarios need
 * beyond it: `initial_epoch` (Model.train's argument), `train_calls` (the same ModelCheckpoint
 * reused for several train() calls, spec §7.9), the MS_ENABLE_CKPT_D2H_ASYNC environment switch
 * (spec §7.4 step 3) and an optional disk budget for the warnings.
 *
 * Its schema accepts any finite numbers: an impossible run (epoch 0, a negative step time) is a
 * state the user can type, and is reported by `validateRun`, not rejected while reading.
 */
export const EXECUTION_MODES = ['GRAPH_MODE', 'PYNATIVE_MODE'] as const;
export const DEVICE_TARGETS = ['Ascend', 'GPU', 'CPU'] as const;
export const PARALLEL_MODES = [
  'stand_alone',
  'data_parallel',
  'semi_auto_parallel',
  'auto_parallel',
  'hybrid_parallel',
] as const;

export type ExecutionMode = (typeof EXECUTION_MODES)[number];
export type DeviceTarget = (typeof DEVICE_TARGETS)[number];
export type ParallelMode = (typeof PARALLEL_MODES)[number];

/**
 * A training run, as its schema says (`run-model-schema.ts`). A type-only import: the schema
 * itself is not part of the first load (ADR 13).
 */
export type RunModel = z.infer<typeof runModelSchema>;

/** A typical single-device job: 10 epochs of 1,000 steps at 0.5 s, 1 GB files written in 5 s. */
export const DEFAULT_RUN: Readonly<RunModel> = Object.freeze({
  epoch: 10,
  dataset_size: 1000,
  dataset_sink_mode: false,
  sink_size: -1,
  mode: 'GRAPH_MODE',
  device_target: 'Ascend',
  step_seconds: 0.5,
  startup_seconds: 120,
  save_seconds: 5,
  checkpoint_bytes: 1_000_000_000,
  previous_runs: 0,
  device_num: 1,
  parallel_mode: 'stand_alone',
  pipeline_stages: 1,
  initial_epoch: 0,
  train_calls: 1,
  ms_enable_ckpt_d2h_async: false,
  disk_budget_bytes: null,
});

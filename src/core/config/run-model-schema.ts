import { z } from '../zod';
import { DEVICE_TARGETS, EXECUTION_MODES, PARALLEL_MODES } from './run-model';

const finite = z.number().check(z.refine(Number.isFinite, 'a finite number'));

/** What a training run may hold: any finite numbers (run-model.ts says why). */
export const runModelSchema = z.strictObject({
  epoch: finite,
  dataset_size: finite,
  dataset_sink_mode: z.boolean(),
  sink_size: finite,
  mode: z.enum(EXECUTION_MODES),
  device_target: z.enum(DEVICE_TARGETS),
  step_seconds: finite,
  startup_seconds: finite,
  save_seconds: finite,
  checkpoint_bytes: finite,
  previous_runs: finite,
  device_num: finite,
  parallel_mode: z.enum(PARALLEL_MODES),
  pipeline_stages: finite,
  initial_epoch: finite,
  train_calls: finite,
  ms_enable_ckpt_d2h_async: z.boolean(),
  /** Disk the user can spare for this run's checkpoints on one rank, in bytes; null = not set. */
  disk_budget_bytes: z.nullable(finite),
});

// MindSpore 2.2: CheckpointConfig and ModelCheckpoint arguments and the training run,
// as MindSpore Checkpoint Builder holds them. Self-contained; compiles with tsc --strict.

/** A Python value in plain JSON; `$py` tags what JSON cannot hold (1.0, tuples, bytes, ...). */
export type PyValue =
  | null
  | boolean
  | number
  | string
  | PyValue[]
  | { [key: string]: PyValue }
  | { $py: 'int' | 'float' | 'str'; value: string }
  | { $py: 'bytes' | 'bytearray'; hex: string }
  | { $py: 'tuple'; items: PyValue[] }
  | { $py: 'dict'; entries: [PyValue, PyValue][] }
  | { $py: 'numpy'; type: string; value: number | boolean }
  | { $py: 'name'; name: string }
  | { $py: 'expr'; source: string };

/** Where the script reads its encryption key at run time; never the key itself. */
export interface EncKeyRef {
  source: 'env' | 'file';
  /** The environment variable (hex digits) or the key file. */
  name: string;
  /** The key length in bytes. */
  length: number;
  type: 'bytes' | 'str' | 'bytearray';
}

/** CheckpointConfig's keyword arguments in MindSpore 2.2, as given (never normalised). */
export interface CheckpointConfigArguments {
  /** Save a checkpoint every this many steps. Default: 1. */
  save_checkpoint_steps?: number | null;
  /** Save a checkpoint every this many seconds; used only when steps is 0 or None. Default: 0. */
  save_checkpoint_seconds?: number | null;
  /** Keep at most this many checkpoint files; the oldest is deleted first. Default: 5. */
  keep_checkpoint_max?: number | null;
  /** Thin old files to about one per n minutes; used only when keep_checkpoint_max is 0 or None. Default: 0. */
  keep_checkpoint_per_n_minutes?: number | null;
  /** In automatic parallel training, gather split parameters into whole tensors before saving. Default: True. */
  integrated_save?: boolean;
  /** Write checkpoint files in the background instead of pausing training. Default: False. */
  async_save?: boolean;
  /** The network (a Cell variable of your script) to save instead of the training network. Default: None. */
  saved_network?: string | null;
  /** Extra entries written into each file: "epoch_num", "step_num" and one dict of your own. Default: None. */
  append_info?: Array<'epoch_num' | 'step_num' | { [key: string]: number | boolean | string }> | null;
  /** The encryption key (bytes); the builder only records where your script reads it from. Default: None. */
  enc_key?: EncKeyRef | null;
  /** The encryption algorithm; it has an effect only when enc_key is set. Default: 'AES-GCM'. */
  enc_mode?: string;
  /** When training raises an exception, save one breakpoint checkpoint before stopping. Default: False. */
  exception_save?: boolean;
  /** Keyword argument: save incrementally (MindSpore stores it without checking it). Default: False. */
  incremental?: PyValue;
}

/** ModelCheckpoint's arguments; directory null is Python's None (the working directory). */
export interface ModelCheckpointArguments {
  prefix: string;
  directory: string | null;
}

/** The training run the timeline is simulated for. */
export interface TrainingRun {
  /** model.train(epoch, ...) */
  epoch: number;
  /** steps in one pass over the dataset */
  dataset_size: number;
  /** model.train(..., dataset_sink_mode=) */
  dataset_sink_mode: boolean;
  /** model.train(..., sink_size=); -1 = the whole dataset */
  sink_size: number;
  /** set_context(mode=) */
  mode: 'GRAPH_MODE' | 'PYNATIVE_MODE';
  /** set_context(device_target=) */
  device_target: 'Ascend' | 'GPU' | 'CPU';
  /** seconds per training step */
  step_seconds: number;
  /** seconds from creating ModelCheckpoint to the first step */
  startup_seconds: number;
  /** seconds to write one checkpoint file */
  save_seconds: number;
  /** bytes per checkpoint file */
  checkpoint_bytes: number;
  /** earlier runs that left files with this prefix in the directory */
  previous_runs: number;
  /** processes (ranks) training together */
  device_num: number;
  /** set_auto_parallel_context(parallel_mode=) */
  parallel_mode: 'stand_alone' | 'data_parallel' | 'semi_auto_parallel' | 'auto_parallel' | 'hybrid_parallel';
  /** set_auto_parallel_context(pipeline_stages=) */
  pipeline_stages: number;
  /** model.train(..., initial_epoch=) */
  initial_epoch: number;
  /** train() calls reusing the same ModelCheckpoint */
  train_calls: number;
  /** the environment switch MS_ENABLE_CKPT_D2H_ASYNC=1 */
  ms_enable_ckpt_d2h_async: boolean;
  /** disk to spare for one rank, in bytes; null = not set */
  disk_budget_bytes: number | null;
}

export interface CheckpointSetup {
  mindspore_version: '2.2';
  config: CheckpointConfigArguments;
  callback: ModelCheckpointArguments;
  run: TrainingRun;
}

export const checkpointSetup: CheckpointSetup = {
  mindspore_version: '2.2',
  config: {
    save_checkpoint_steps: 1875,
    keep_checkpoint_max: 10,
  },
  callback: {
    prefix: 'checkpoint_lenet',
    directory: null,
  },
  run: {
    epoch: 10,
    dataset_size: 1000,
    dataset_sink_mode: false,
    sink_size: -1,
    mode: 'GRAPH_MODE',
    device_target: 'Ascend',
    step_seconds: 0.5,
    startup_seconds: 120,
    save_seconds: 5,
    checkpoint_bytes: 1000000000,
    previous_runs: 0,
    device_num: 1,
    parallel_mode: 'stand_alone',
    pipeline_stages: 1,
    initial_epoch: 0,
    train_calls: 1,
    ms_enable_ckpt_d2h_async: false,
    disk_budget_bytes: null,
  },
};

import type { PyValue } from '../python/py-value';

/**
 * What MindFormers' CheckpointMonitor (spec §11; mindformers dev fd4deebc) accepts, shared by the
 * YAML exporter and importer.
 */

/** YAML keys passed on to CheckpointConfig, with the CheckpointConfig name they set. */
export const MONITOR_CONFIG_KEYS: ReadonlyArray<readonly [yamlKey: string, configName: string]> = [
  ['save_checkpoint_steps', 'save_checkpoint_steps'],
  ['save_checkpoint_seconds', 'save_checkpoint_seconds'],
  ['keep_checkpoint_max', 'keep_checkpoint_max'],
  ['keep_checkpoint_per_n_minutes', 'keep_checkpoint_per_n_minutes'],
  ['integrated_save', 'integrated_save'],
  ['async_save', 'async_save'],
  ['saved_network', 'saved_network'],
  ['append_info', 'append_info'],
  ['enc_key', 'enc_key'],
  ['enc_mode', 'enc_mode'],
  ['exception_save', 'exception_save'],
  ['checkpoint_format', 'format'],
  ['remove_redundancy', 'remove_redundancy'],
];

/** Keys only MindFormers reads; the builder notes them and does not model them. */
export const MINDFORMERS_ONLY_KEYS: readonly string[] = [
  'config',
  'save_network_params',
  'save_trainable_params',
  'global_batch_size',
  'embedding_size',
  'embedding_local_norm_threshold',
  'use_checkpoint_health_monitor',
  'health_ckpts_record_dir',
];

/** Every keyword CheckpointMonitor.__init__ accepts besides `type`. */
export const MONITOR_KEYS: ReadonlySet<string> = new Set([
  'prefix',
  'directory',
  ...MONITOR_CONFIG_KEYS.map(([key]) => key),
  ...MINDFORMERS_ONLY_KEYS,
]);

/** CheckpointMonitor replaces `append_info=None` with this list (dev L1220-1226). */
export const MINDFORMERS_APPEND_INFO: PyValue = [
  { epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1 },
];

/** MindFormers' default output_dir; without `directory`, files go to `{output_dir}/checkpoint/rank_{r}`. */
export const MINDFORMERS_OUTPUT_DIR = './output';

/** The rank the builder shows (one rank's timeline): rank 0. */
export const MINDFORMERS_RANK = 0;

/** The ModelCheckpoint prefix MindFormers builds: `monitorPrefix('demo') === 'demo_rank_0'`. */
export function monitorPrefix(prefix: string): string {
  return `${prefix}_rank_${MINDFORMERS_RANK}`;
}

/** The ModelCheckpoint directory MindFormers builds from `directory` (or output_dir when falsy). */
export function monitorDirectory(directory: string | null, outputDir: string): string {
  const root = directory === null || directory === '' ? outputDir : directory;
  // os.path.join adds a separator only when the first part does not end with one.
  return `${root}${root.endsWith('/') ? '' : '/'}checkpoint/rank_${MINDFORMERS_RANK}`;
}

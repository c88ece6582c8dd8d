/**
 * The numbered table of the fields a share link can carry (docs/adr/0004-share-links.md).
 *
 * APPEND-ONLY: a number, once published in a link, names its field forever. Never renumber,
 * never reuse a number; add new fields at the end. Fields often changed have one-digit numbers.
 * A config keyword missing from this table (an unknown **kwargs name) travels by its name.
 */
export const LINK_FIELDS: readonly string[] = [
  /* 0 */ 'mindspore_version',
  /* 1 */ 'config.save_checkpoint_steps',
  /* 2 */ 'config.save_checkpoint_seconds',
  /* 3 */ 'config.keep_checkpoint_max',
  /* 4 */ 'config.keep_checkpoint_per_n_minutes',
  /* 5 */ 'callback.prefix',
  /* 6 */ 'callback.directory',
  /* 7 */ 'run.epoch',
  /* 8 */ 'run.dataset_size',
  /* 9 */ 'config.async_save',
  /* 10 */ 'config.integrated_save',
  /* 11 */ 'config.format',
  /* 12 */ 'run.dataset_sink_mode',
  /* 13 */ 'run.sink_size',
  /* 14 */ 'run.step_seconds',
  /* 15 */ 'config.saved_network',
  /* 16 */ 'config.append_info',
  /* 17 */ 'config.enc_key',
  /* 18 */ 'config.enc_mode',
  /* 19 */ 'config.exception_save',
  /* 20 */ 'config.crc_check',
  /* 21 */ 'config.remove_redundancy',
  /* 22 */ 'config.incremental',
  /* 23 */ 'config.enable_redundance',
  /* 24 */ 'run.mode',
  /* 25 */ 'run.device_target',
  /* 26 */ 'run.startup_seconds',
  /* 27 */ 'run.save_seconds',
  /* 28 */ 'run.checkpoint_bytes',
  /* 29 */ 'run.previous_runs',
  /* 30 */ 'run.device_num',
  /* 31 */ 'run.parallel_mode',
  /* 32 */ 'run.pipeline_stages',
  /* 33 */ 'run.initial_epoch',
  /* 34 */ 'run.train_calls',
  /* 35 */ 'run.ms_enable_ckpt_d2h_async',
  /* 36 */ 'run.disk_budget_bytes',
  // Markers rather than fields: their names start with "*", which no state field does.
  /* 37 */ '*removed-config',
  /* 38 */ '*enc-key-dropped',
];

/** Its value lists the config arguments the state leaves out (by number or name). */
export const REMOVED_CONFIG_ID = 37;
/** Present when the encoded state held key material in enc_key, which a link never carries. */
export const KEY_DROPPED_ID = 38;

const ID_OF = new Map(LINK_FIELDS.map((field, id) => [field, id]));

/** The number of a state field, if the table has one: `linkFieldId('config.format') === 11`. */
export function linkFieldId(field: string): number | undefined {
  return ID_OF.get(field);
}

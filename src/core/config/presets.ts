import type { PyValue } from '../python/py-value';
import { argumentsFor, type LocalisedText, type MindSporeVersion } from '../versions';
import type { RunModel } from './run-model';
import {
  readState,
  samePyValue,
  type BuilderState,
  type CallbackArguments,
  type StateToRead,
} from './state';

/**
 * Presets for common jobs (product.md), lit when the state matches one (docs/adr/0004-share-links.md).
 *
 * A preset **governs**, on the state's version:
 * - every CheckpointConfig argument that version reads: the preset's value where it lists one,
 *   MindSpore's default otherwise (a preset is a whole configuration, not a patch). Arguments a
 *   version lacks are skipped there: the MindFormers preset's `format='safetensors'` exists from
 *   2.4; on 2.2 and 2.3 MindFormers itself drops it and writes .ckpt files;
 * - the run fields listed in `run` (e.g. sink mode with sink_size 1).
 * It does not govern the callback's prefix and directory, nor the rest of the run, nor keywords
 * the version does not read: those never decide whether a preset is lit.
 */
export interface Preset {
  id: PresetId;
  name: LocalisedText;
  description: LocalisedText;
  /** CheckpointConfig arguments that differ from MindSpore's defaults. */
  config: Readonly<Record<string, PyValue>>;
  /** Run fields the preset governs. */
  run: Readonly<Partial<RunModel>>;
  /** Callback arguments set when the preset is applied, without being governed. */
  suggestedCallback: Readonly<Partial<CallbackArguments>>;
}

export type PresetId =
  | 'mindspore-defaults'
  | 'long-pretraining'
  | 'time-based-unstable'
  | 'mindformers-llm'
  | 'thinned-history';

export const PRESETS: readonly Preset[] = [
  {
    id: 'mindspore-defaults',
    name: { en: 'MindSpore defaults', zh: 'MindSpore 默认值' },
    description: {
      en: 'CheckpointConfig() as MindSpore ships it: a checkpoint after every step, the 5 newest kept.',
      zh: 'MindSpore 默认的 CheckpointConfig()：每个 step 保存一次，保留最新的 5 个。',
    },
    config: {},
    run: {},
    suggestedCallback: {},
  },
  {
    id: 'long-pretraining',
    name: { en: 'Long pretraining', zh: '长时间预训练' },
    description: {
      en: 'Save every 1,000 steps and keep only the 3 newest files, so the disk never fills up.',
      zh: '每 1,000 个 step 保存一次，只保留最新的 3 个文件，磁盘不会被占满。',
    },
    config: { save_checkpoint_steps: 1000, keep_checkpoint_max: 3 },
    run: {},
    suggestedCallback: {},
  },
  {
    id: 'time-based-unstable',
    name: { en: 'Time-based, for unstable jobs', zh: '按时间保存（不稳定的任务）' },
    description: {
      en: 'Save every 10 minutes whatever the step speed, keep the 3 newest, and save one more checkpoint if training raises an exception.',
      zh: '不论 step 快慢，每 10 分钟保存一次，保留最新的 3 个；训练抛出异常时再保存一个 checkpoint。',
    },
    // Seconds are used only when steps is 0 or None (spec §4, N1).
    config: {
      save_checkpoint_steps: 0,
      save_checkpoint_seconds: 600,
      keep_checkpoint_max: 3,
      exception_save: true,
    },
    run: {},
    suggestedCallback: {},
  },
  {
    id: 'mindformers-llm',
    name: { en: 'MindFormers LLM', zh: 'MindFormers 大模型' },
    description: {
      en: 'What MindFormers’ CheckpointMonitor passes for a typical LLM config: every 1,000 steps, the 2 newest kept, no integrated save, safetensors files (MindSpore 2.4+), data sink with sink_size 1.',
      zh: 'MindFormers 的 CheckpointMonitor 在典型大模型配置下传入的参数：每 1,000 个 step 保存，保留最新 2 个，不做合并保存，safetensors 格式（MindSpore 2.4+），数据下沉且 sink_size 为 1。',
    },
    // spec §11: the YAML of configs/qwen3/pretrain_qwen3_32b_4k.yaml, plus the append_info dict
    // CheckpointMonitor adds when the trainer passes none.
    config: {
      save_checkpoint_steps: 1000,
      keep_checkpoint_max: 2,
      integrated_save: false,
      async_save: false,
      append_info: [{ epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1 }],
      format: 'safetensors',
    },
    run: { dataset_sink_mode: true, sink_size: 1 },
    // CheckpointMonitor on rank 0 with output_dir ./output builds these for ModelCheckpoint.
    suggestedCallback: { prefix: 'llm_rank_0', directory: './output/checkpoint/rank_0' },
  },
  {
    id: 'thinned-history',
    name: { en: 'History thinned by time', zh: '按时间稀疏的历史' },
    description: {
      en: 'Save every 200 steps and keep about one file per 15 minutes (keep_checkpoint_max 0): the whole history, thinned; the number of files still grows.',
      zh: '每 200 个 step 保存一次，大约每 15 分钟保留一个文件（keep_checkpoint_max 为 0）：保留整个历史但被稀疏，文件数仍会增长。',
    },
    // keep_checkpoint_per_n_minutes is used only when keep_checkpoint_max is 0 or None (N2).
    config: {
      save_checkpoint_steps: 200,
      keep_checkpoint_max: 0,
      keep_checkpoint_per_n_minutes: 15,
    },
    run: {},
    suggestedCallback: {},
  },
];

/** The config a preset stands for on `version`: `presetConfig(PRESETS[0], '2.2')` is the defaults. */
export function presetConfig(preset: Preset, version: MindSporeVersion): Record<string, PyValue> {
  const config: Record<string, PyValue> = {};
  for (const argument of argumentsFor(version)) {
    config[argument.name] = Object.hasOwn(preset.config, argument.name)
      ? (preset.config[argument.name] as PyValue)
      : argument.default;
  }
  return config;
}

/**
 * Whether the state equals the preset on every field the preset governs (see `Preset`):
 * `presetMatches(PRESETS[0], defaultState())`.
 */
export function presetMatches(preset: Preset, stateGiven: StateToRead): boolean {
  const state = readState(stateGiven);
  const config = presetConfig(preset, state.mindspore_version);
  for (const [name, value] of Object.entries(config)) {
    if (!Object.hasOwn(state.config, name) || !samePyValue(state.config[name], value)) return false;
  }
  const run = state.run as unknown as Record<string, unknown>;
  return Object.entries(preset.run).every(([name, value]) => run[name] === value);
}

/** The first preset the state matches, whether chosen or reached by hand; presets never overlap. */
export function matchingPreset(stateGiven: StateToRead): Preset | undefined {
  const state = readState(stateGiven);
  return PRESETS.find((preset) => presetMatches(preset, state));
}

/**
 * The state with the preset applied: same version; the config becomes exactly the preset's
 * (keywords the version does not read are dropped); governed run fields and suggested callback
 * arguments are set; the rest of the run is kept, except that when the preset changes how many
 * steps an epoch has (sink_size 1) the epoch count changes so that the run keeps its total steps,
 * as MindFormers multiplies epochs by the dataset size.
 * `applyPreset(defaultState(), PRESETS[1]).config.keep_checkpoint_max === 3`.
 */
export function applyPreset(stateGiven: StateToRead, preset: Preset): BuilderState {
  const state = readState(stateGiven);
  const run: RunModel = { ...state.run, ...preset.run };
  const before = stepsPerEpoch(state.run);
  const after = stepsPerEpoch(run);
  if (before !== after && before > 0 && after > 0) {
    const epoch = (state.run.epoch * before) / after;
    if (Number.isSafeInteger(epoch)) run.epoch = epoch;
  }
  return {
    mindspore_version: state.mindspore_version,
    config: presetConfig(preset, state.mindspore_version),
    callback: { ...state.callback, ...preset.suggestedCallback },
    run,
  };
}

/** Steps in one epoch (simulation.md §1): the sink length when sink is active, else the dataset. */
function stepsPerEpoch(run: RunModel): number {
  const sinkActive = run.dataset_sink_mode && run.device_target !== 'CPU';
  return sinkActive && run.sink_size > 0 ? run.sink_size : run.dataset_size;
}

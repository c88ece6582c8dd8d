import type { PyValue } from './python/py-value';

/**
 * The one table of MindSpore's CheckpointConfig arguments, per version (spec §2, §10).
 * Schema, form, Python parser (positional order), exporters and help texts all read it:
 * supporting a new MindSpore release means adding a version id and, if need be, rows.
 */

export const MINDSPORE_VERSIONS = ['2.2', '2.3', '2.4', '2.5', '2.6', '2.7'] as const;
export type MindSporeVersion = (typeof MINDSPORE_VERSIONS)[number];

/** The version the project's reference documents, and the builder's default. */
export const DEFAULT_VERSION: MindSporeVersion = '2.2';

/** How MindSpore checks an argument (spec §2.3); decides the form control too. */
export type ArgumentKind =
  /** steps, seconds, max, per_n: None or a strict int ≥ 0 */
  | 'policy-int'
  /** strict bool: exactly True or False (TypeError otherwise) */
  | 'strict-bool'
  /** async_save: strict bool up to 2.4, bool or 'thread'/'process' from 2.5 */
  | 'async'
  /** saved_network: None or an nn.Cell */
  | 'cell'
  /** append_info: None or a list of 'epoch_num', 'step_num' and at most one dict */
  | 'append-info'
  /** enc_key: None or bytes, described by where it comes from at run time, never its material */
  | 'enc-key'
  /** isinstance(value, str), ValueError otherwise */
  | 'isinstance-str'
  /** isinstance(value, bool), ValueError otherwise */
  | 'isinstance-bool'
  /** read from **kwargs without any check */
  | 'kwarg';

/** Where an argument belongs in the form: the sections a user thinks in (product.md). */
export type ArgumentSection = 'when' | 'keep' | 'how' | 'encryption' | 'extra';

export interface LocalisedText {
  en: string;
  zh: string;
}

export interface ArgumentSpec {
  name: string;
  /** The first version in which CheckpointConfig reads it (as a parameter or from **kwargs). */
  since: MindSporeVersion;
  /** Whether it is a named parameter (has a position) or read from **kwargs. */
  passing: 'parameter' | 'kwarg';
  kind: ArgumentKind;
  section: ArgumentSection;
  /** MindSpore's default, the same in every version that has the argument. */
  default: PyValue;
  /** A short plain description in the builder's own words. */
  description: LocalisedText;
}

/**
 * Rows in MindSpore's positional order: a parameter's position is its index among the parameters
 * that exist in the version (spec §2.1 — the order never changed, arguments were only appended).
 */
export const ARGUMENTS: readonly ArgumentSpec[] = [
  {
    name: 'save_checkpoint_steps',
    since: '2.2',
    passing: 'parameter',
    kind: 'policy-int',
    section: 'when',
    default: 1,
    description: {
      en: 'Save a checkpoint every this many steps.',
      zh: '每隔多少个 step 保存一次 checkpoint。',
    },
  },
  {
    name: 'save_checkpoint_seconds',
    since: '2.2',
    passing: 'parameter',
    kind: 'policy-int',
    section: 'when',
    default: 0,
    description: {
      en: 'Save a checkpoint every this many seconds; used only when steps is 0 or None.',
      zh: '每隔多少秒保存一次 checkpoint；仅当 steps 为 0 或 None 时生效。',
    },
  },
  {
    name: 'keep_checkpoint_max',
    since: '2.2',
    passing: 'parameter',
    kind: 'policy-int',
    section: 'keep',
    default: 5,
    description: {
      en: 'Keep at most this many checkpoint files; the oldest is deleted first.',
      zh: '最多保留多少个 checkpoint 文件；最旧的先删除。',
    },
  },
  {
    name: 'keep_checkpoint_per_n_minutes',
    since: '2.2',
    passing: 'parameter',
    kind: 'policy-int',
    section: 'keep',
    default: 0,
    description: {
      en: 'Thin old files to about one per n minutes; used only when keep_checkpoint_max is 0 or None.',
      zh: '把旧文件稀疏到大约每 n 分钟一个；仅当 keep_checkpoint_max 为 0 或 None 时生效。',
    },
  },
  {
    name: 'integrated_save',
    since: '2.2',
    passing: 'parameter',
    kind: 'strict-bool',
    section: 'how',
    default: true,
    description: {
      en: 'In automatic parallel training, gather split parameters into whole tensors before saving.',
      zh: '自动并行训练时，保存前把切分的参数合并为完整的张量。',
    },
  },
  {
    name: 'async_save',
    since: '2.2',
    passing: 'parameter',
    kind: 'async',
    section: 'how',
    default: false,
    description: {
      en: 'Write checkpoint files in the background instead of pausing training.',
      zh: '在后台写 checkpoint 文件，而不是暂停训练。',
    },
  },
  {
    name: 'saved_network',
    since: '2.2',
    passing: 'parameter',
    kind: 'cell',
    section: 'how',
    default: null,
    description: {
      en: 'The network (a Cell variable of your script) to save instead of the training network.',
      zh: '要保存的网络（脚本中的一个 Cell 变量），代替训练网络。',
    },
  },
  {
    name: 'append_info',
    since: '2.2',
    passing: 'parameter',
    kind: 'append-info',
    section: 'extra',
    default: null,
    description: {
      en: 'Extra entries written into each file: "epoch_num", "step_num" and one dict of your own.',
      zh: '写入每个文件的附加信息："epoch_num"、"step_num" 和一个自定义字典。',
    },
  },
  {
    name: 'enc_key',
    since: '2.2',
    passing: 'parameter',
    kind: 'enc-key',
    section: 'encryption',
    default: null,
    description: {
      en: 'The encryption key (bytes); the builder only records where your script reads it from.',
      zh: '加密密钥（bytes）；本工具只记录脚本从哪里读取它。',
    },
  },
  {
    name: 'enc_mode',
    since: '2.2',
    passing: 'parameter',
    kind: 'isinstance-str',
    section: 'encryption',
    default: 'AES-GCM',
    description: {
      en: 'The encryption algorithm; it has an effect only when enc_key is set.',
      zh: '加密算法；仅当设置了 enc_key 时生效。',
    },
  },
  {
    name: 'exception_save',
    since: '2.2',
    passing: 'parameter',
    kind: 'strict-bool',
    section: 'how',
    default: false,
    description: {
      en: 'When training raises an exception, save one breakpoint checkpoint before stopping.',
      zh: '训练抛出异常时，在停止前保存一个断点 checkpoint。',
    },
  },
  {
    name: 'crc_check',
    since: '2.3',
    passing: 'parameter',
    kind: 'isinstance-bool',
    section: 'how',
    default: false,
    description: {
      en: 'Write a CRC checksum into each file so that loading can detect corruption.',
      zh: '在每个文件中写入 CRC 校验值，加载时可以发现损坏。',
    },
  },
  {
    name: 'remove_redundancy',
    since: '2.4',
    passing: 'parameter',
    kind: 'isinstance-bool',
    section: 'how',
    default: false,
    description: {
      en: 'In parallel training, each rank saves only the parameters no other rank saves.',
      zh: '并行训练时，每个 rank 只保存其他 rank 不保存的参数。',
    },
  },
  {
    name: 'format',
    since: '2.4',
    passing: 'parameter',
    kind: 'isinstance-str',
    section: 'how',
    default: 'ckpt',
    description: {
      en: 'The file format: "ckpt" or "safetensors".',
      zh: '文件格式："ckpt" 或 "safetensors"。',
    },
  },
  {
    name: 'incremental',
    since: '2.2',
    passing: 'kwarg',
    kind: 'kwarg',
    section: 'how',
    default: false,
    description: {
      en: 'Keyword argument: save incrementally (MindSpore stores it without checking it).',
      zh: '关键字参数：增量保存（MindSpore 不检查，原样保存）。',
    },
  },
  {
    name: 'enable_redundance',
    since: '2.3',
    passing: 'kwarg',
    kind: 'kwarg',
    section: 'how',
    default: false,
    description: {
      en: 'Keyword argument used only by the AITURBO path; no effect in ordinary training.',
      zh: '关键字参数，仅 AITURBO 路径使用；普通训练中无效。',
    },
  },
];

/** Facts that differ by version beyond which arguments exist (spec §8, §10). */
export interface VersionFacts {
  /** async_save accepts 'thread' and 'process' (2.5+). */
  asyncStrings: boolean;
  /** The configured format decides the extension (2.4+); before, files are always .ckpt. */
  formatExtension: boolean;
  /** Extensions whose files make ModelCheckpoint pick a new prefix (spec §6.2). */
  renameExtensions: readonly string[];
  /** safetensors refuses async_save at config time (2.4, 2.5). */
  safetensorsRejectsAsync: boolean;
  /** prefix/directory may be callables (2.3+). */
  callablePrefix: boolean;
  /** Where unfinished background saves are waited for (spec §8). */
  asyncWait: 'every-step-end' | 'before-due-save';
  /** The remove_redundancy stand-alone error at the first save: E33 (2.4, 2.5) or E34 (2.6+). */
  redundancyError: 'E33' | 'E34' | null;
  /** append_info dict values may also be a Generator (2.3+). */
  appendInfoGenerator: boolean;
  /** MS_ENABLE_CKPT_D2H_ASYNC=1 shifts step numbers in names in GRAPH_MODE (2.5+). */
  d2hAsyncShift: boolean;
}

export const VERSION_FACTS: Readonly<Record<MindSporeVersion, VersionFacts>> = {
  '2.2': {
    asyncStrings: false,
    formatExtension: false,
    renameExtensions: ['.ckpt'],
    safetensorsRejectsAsync: false,
    callablePrefix: false,
    asyncWait: 'every-step-end',
    redundancyError: null,
    appendInfoGenerator: false,
    d2hAsyncShift: false,
  },
  '2.3': {
    asyncStrings: false,
    formatExtension: false,
    renameExtensions: ['.ckpt'],
    safetensorsRejectsAsync: false,
    callablePrefix: true,
    asyncWait: 'every-step-end',
    redundancyError: null,
    appendInfoGenerator: true,
    d2hAsyncShift: false,
  },
  '2.4': {
    asyncStrings: false,
    formatExtension: true,
    renameExtensions: ['.ckpt'],
    safetensorsRejectsAsync: true,
    callablePrefix: true,
    asyncWait: 'before-due-save',
    redundancyError: 'E33',
    appendInfoGenerator: true,
    d2hAsyncShift: false,
  },
  '2.5': {
    asyncStrings: true,
    formatExtension: true,
    renameExtensions: ['.ckpt'],
    safetensorsRejectsAsync: true,
    callablePrefix: true,
    asyncWait: 'before-due-save',
    redundancyError: 'E33',
    appendInfoGenerator: true,
    d2hAsyncShift: true,
  },
  '2.6': {
    asyncStrings: true,
    formatExtension: true,
    renameExtensions: ['.ckpt', '.safetensors'],
    safetensorsRejectsAsync: false,
    callablePrefix: true,
    asyncWait: 'before-due-save',
    redundancyError: 'E34',
    appendInfoGenerator: true,
    d2hAsyncShift: true,
  },
  '2.7': {
    asyncStrings: true,
    formatExtension: true,
    renameExtensions: ['.ckpt', '.safetensors'],
    safetensorsRejectsAsync: false,
    callablePrefix: true,
    asyncWait: 'before-due-save',
    redundancyError: 'E34',
    appendInfoGenerator: true,
    d2hAsyncShift: true,
  },
};

/** Whether `version` is at least `since`: `versionAtLeast('2.5', '2.4') === true`. */
export function versionAtLeast(version: MindSporeVersion, since: MindSporeVersion): boolean {
  return MINDSPORE_VERSIONS.indexOf(version) >= MINDSPORE_VERSIONS.indexOf(since);
}

/** The arguments CheckpointConfig reads in `version`, in positional order then kwargs. */
export function argumentsFor(version: MindSporeVersion): ArgumentSpec[] {
  return ARGUMENTS.filter((argument) => versionAtLeast(version, argument.since));
}

/** The positional parameters of `version`, in order: `positionalParameters('2.2').length === 11`. */
export function positionalParameters(version: MindSporeVersion): ArgumentSpec[] {
  return argumentsFor(version).filter((argument) => argument.passing === 'parameter');
}

/** The row for `name` if any version has it: `argumentSpec('format')?.since === '2.4'`. */
export function argumentSpec(name: string): ArgumentSpec | undefined {
  return ARGUMENTS.find((argument) => argument.name === name);
}

/** Whether `name` is read by CheckpointConfig in `version` (as a parameter or a read kwarg). */
export function isArgumentOf(version: MindSporeVersion, name: string): boolean {
  const spec = argumentSpec(name);
  return spec !== undefined && versionAtLeast(version, spec.since);
}

/** Whether `value` is a supported version id: `isMindSporeVersion('2.4') === true`. */
export function isMindSporeVersion(value: unknown): value is MindSporeVersion {
  return typeof value === 'string' && (MINDSPORE_VERSIONS as readonly string[]).includes(value);
}

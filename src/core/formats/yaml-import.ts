import { type EncKeyRef } from '../config/enc-key';
import { DEFAULT_RUN, type RunModel } from '../config/run-model';
import { completeState, type ConfigArguments } from '../config/state';
import type { Diagnostic } from '../mindspore/diagnostic';
import { validate } from '../mindspore/validate';
import { isTagged, pyTruthy, type PyValue } from '../python/py-value';
import {
  DEFAULT_VERSION,
  isArgumentOf,
  isMindSporeVersion,
  type MindSporeVersion,
} from '../versions';
import type { ImportNote, ImportOptions, ImportResult } from './import-result';
import {
  MINDFORMERS_APPEND_INFO,
  MINDFORMERS_ONLY_KEYS,
  MINDFORMERS_OUTPUT_DIR,
  MONITOR_CONFIG_KEYS,
  MONITOR_KEYS,
  monitorDirectory,
  monitorPrefix,
} from './yaml-mindformers';
import {
  readYaml,
  yamlToPyValue,
  YamlSyntaxError,
  type YamlEntry,
  type YamlNode,
} from './yaml-reader';

/** The `# MindSpore 2.4` comment the builder's exports carry. */
const VERSION_COMMENT = /^[ \t]*#[ \t]*MindSpore[ \t]+(\d+\.\d+)\b/m;

/** Exceptions MindSpore raises that CheckpointMonitor re-raises with its name in front. */
const RAISED_KINDS = new Set(['TypeError', 'ValueError', 'OverflowError', 'IndexError']);

/**
 * Raised while CheckpointMonitor is constructed (CheckpointConfig E01–E19, ModelCheckpoint E20–E29),
 * not later at a step or the first save, which the import does not refuse.
 */
function isConstructionError(diagnostic: Diagnostic): boolean {
  if (!RAISED_KINDS.has(diagnostic.kind)) return false;
  const code = /^E(\d+)$/.exec(diagnostic.code ?? '')?.[1];
  return code === undefined || Number(code) <= 29;
}

/**
 * Reads a MindFormers `callbacks:` block (or a whole config, or one callback entry) with a
 * `type: CheckpointMonitor` entry into the state of rank 0's ModelCheckpoint:
 * `importMindFormersYaml('callbacks:\n  - type: CheckpointMonitor\n    prefix: demo')` gives
 * prefix `demo_rank_0` in `./output/checkpoint/rank_0`.
 */
export function importMindFormersYaml(text: string, options: ImportOptions = {}): ImportResult {
  let yamlRoot: YamlNode | null;
  try {
    yamlRoot = readYaml(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    return fail({
      kind: 'SyntaxError',
      message: `This YAML cannot be read: ${error.message}.`,
      reason: error.reason,
      ...(error.line > 0 ? { line: error.line, column: error.column } : {}),
    });
  }
  const found = findMonitor(yamlRoot);
  if (found === undefined) {
    return fail({
      kind: 'Unsupported',
      message:
        'No CheckpointMonitor found: paste a MindFormers `callbacks:` list with an entry `type: CheckpointMonitor`.',
      reason: { id: 'no-monitor-found', values: {} },
    });
  }
  const { entry, root, others } = found;
  const notes: ImportNote[] = [];
  if (others > 0) {
    notes.push({
      id: 'yaml-several-monitors',
      params: { count: others + 1 },
      message: `The list has ${others + 1} CheckpointMonitor entries; the first one is read.`,
      line: entry.line,
    });
  }

  const versionText = VERSION_COMMENT.exec(text)?.[1];
  const version: MindSporeVersion = isMindSporeVersion(versionText)
    ? versionText
    : (options.version ?? DEFAULT_VERSION);
  if (options.version !== undefined && options.version !== version) {
    notes.push({
      id: 'version-from-comment',
      variant: 'yaml',
      params: { version, given: options.version },
      message: `The text names MindSpore ${version}; it is used instead of ${options.version}.`,
    });
  }

  const entries = entry.kind === 'map' ? entry.entries.filter((item) => item.key !== 'type') : [];
  // inspect.Signature.bind in MindFormers' args_type_check rejects the first unknown keyword.
  const unknown = entries.find((item) => !MONITOR_KEYS.has(item.key));
  if (unknown !== undefined) {
    return fail({
      kind: 'TypeError',
      field: unknown.key,
      line: unknown.line,
      message: `CheckpointMonitor: got an unexpected keyword argument '${unknown.key}'`,
    });
  }
  const given = new Map<string, YamlEntry>(entries.map((item) => [item.key, item]));
  const value = (key: string): PyValue | undefined => {
    const item = given.get(key);
    return item === undefined ? undefined : yamlToPyValue(item.value);
  };

  // CheckpointMonitor builds the ModelCheckpoint prefix as `prefix + "_rank_{r}"`.
  // An explicit `prefix: null` is None (a TypeError), not the default.
  const prefix = given.has('prefix') ? (value('prefix') as PyValue) : 'CKP';
  if (typeof prefix !== 'string') {
    return fail({
      kind: 'TypeError',
      field: 'prefix',
      ...lineOf(given.get('prefix')),
      message: `CheckpointMonitor: ${concatenationError(prefix)}`,
    });
  }
  const outputDir = outputDirOf(root) ?? MINDFORMERS_OUTPUT_DIR;
  const directory = value('directory') ?? null;
  // `os.path.join(directory, …) if directory else output subpath`: any falsy value means output_dir.
  const truthy = pyTruthy(directory) === true;
  if (truthy && typeof directory !== 'string') {
    return fail({
      kind: 'TypeError',
      field: 'directory',
      ...lineOf(given.get('directory')),
      message: `CheckpointMonitor: expected str, bytes or os.PathLike object, not ${typeName(directory)}`,
    });
  }
  const callback = {
    prefix: monitorPrefix(prefix),
    directory: monitorDirectory(
      truthy && typeof directory === 'string' ? directory : null,
      outputDir,
    ),
  };
  notes.push({
    id: 'yaml-rank-paths',
    params: { prefix: callback.prefix, directory: callback.directory },
    message: `MindFormers adds the rank: rank 0 writes ${callback.prefix}-… files into ${callback.directory}.`,
  });

  const config: ConfigArguments = {};
  for (const [yamlKey, name] of MONITOR_CONFIG_KEYS) {
    const item = given.get(yamlKey);
    const read = value(yamlKey);
    if (item === undefined || read === undefined) continue;
    // MindFormers' Trainer passes its own append_info (None unless resuming), which replaces
    // the YAML's (spec §11, base_trainer.py): what the entry says is never used.
    if (name === 'append_info') {
      notes.push({
        id: 'yaml-append-info-replaced',
        field: 'append_info',
        line: item.line,
        message:
          "MindFormers' Trainer passes its own append_info (None unless resuming), so the YAML's is not used: CheckpointMonitor writes [{epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1}].",
      });
      continue;
    }
    if (name === 'enc_key') {
      config.enc_key = readEncKey(read, item, notes);
      continue;
    }
    if (name === 'saved_network' && read !== null) {
      // YAML cannot name a Cell: a string stays a str, which MindSpore rejects (E04).
      config.saved_network = typeof read === 'string' ? { $py: 'str', value: read } : read;
      continue;
    }
    config[name] = read;
    if (!isArgumentOf(version, name)) {
      notes.push({
        id: 'yaml-ignored-by-version',
        field: name,
        line: item.line,
        params: { key: yamlKey, name, version },
        message: `${yamlKey} is passed as ${name}=, which MindSpore ${version} does not have: it is ignored.`,
      });
    }
  }
  // A copy: the caller owns the state and may change it.
  config.append_info = JSON.parse(JSON.stringify(MINDFORMERS_APPEND_INFO)) as PyValue;
  if (!given.has('append_info')) {
    notes.push({
      id: 'yaml-append-info-default',
      field: 'append_info',
      message:
        'CheckpointMonitor replaces append_info None with [{epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1}].',
    });
  }
  // The Trainer's own checks before it builds the callback (spec §11): `use_legacy: False` at the
  // top level turns the ckpt format into safetensors; remove_redundancy with ckpt raises.
  const format = config.format === undefined ? 'ckpt' : config.format;
  if (legacyFormatOff(root) && format === 'ckpt') {
    config.format = 'safetensors';
    notes.push({
      id: 'yaml-use-legacy-safetensors',
      field: 'format',
      message:
        "With use_legacy: False, MindFormers' Trainer turns the ckpt format into safetensors.",
    });
  }
  const trainerError =
    config.format === undefined || config.format === 'ckpt'
      ? pyTruthy((config.remove_redundancy ?? false) as PyValue) === true
      : false;
  for (const key of MINDFORMERS_ONLY_KEYS) {
    const item = given.get(key);
    if (item === undefined) continue;
    notes.push({
      id: 'yaml-mindformers-only',
      ...(key === 'config' ? { variant: 'config' } : { params: { key } }),
      field: key,
      line: item.line,
      message:
        key === 'config'
          ? 'config is stored by CheckpointMonitor but not used.'
          : `${key} is read by MindFormers only; the builder does not model it.`,
    });
  }

  const run = runOf(root, notes);
  const state = completeState({ mindspore_version: version, config, callback, run }, version);
  if (trainerError) {
    // Raised by the Trainer before CheckpointMonitor exists: no "CheckpointMonitor: " prefix.
    return {
      ok: false,
      format: 'yaml',
      state,
      notes,
      errors: [
        {
          kind: 'ValueError',
          field: 'remove_redundancy',
          message: 'The format of checkpoint is ckpt which is not support remove redundancy.',
          ...lineOf(given.get('remove_redundancy')),
        },
      ],
    };
  }

  const raised = validate(state).filter(isConstructionError);
  if (raised.length > 0) {
    // The state was read; only MindSpore's checks fail, so the page can still show it.
    return {
      ok: false,
      format: 'yaml',
      state,
      notes,
      errors: raised.map((diagnostic) => ({
        ...diagnostic,
        message: `CheckpointMonitor: ${diagnostic.message}`,
        ...lineOf(given.get(yamlKeyOf(diagnostic.field))),
      })),
    };
  }
  return { ok: true, format: 'yaml', state, notes };
}

function fail(error: Diagnostic): ImportResult {
  return { ok: false, format: 'yaml', errors: [error] };
}

function lineOf(item: YamlEntry | undefined): { line?: number } {
  return item === undefined ? {} : { line: item.line };
}

function yamlKeyOf(field: string | undefined): string {
  if (field === 'format') return 'checkpoint_format';
  return field ?? '';
}

interface FoundMonitor {
  entry: YamlNode;
  /** The top-level mapping when the paste is a whole config (for output_dir, runner_config). */
  root: YamlNode | null;
  /** How many more CheckpointMonitor entries the list holds. */
  others: number;
}

function findMonitor(yamlRoot: YamlNode | null): FoundMonitor | undefined {
  if (yamlRoot === null) return undefined;
  if (yamlRoot.kind === 'map') {
    if (isMonitor(yamlRoot)) return { entry: yamlRoot, root: null, others: 0 };
    const callbacks = yamlRoot.entries.find((item) => item.key === 'callbacks')?.value;
    if (callbacks?.kind === 'seq') return inList(callbacks, yamlRoot);
    return undefined;
  }
  if (yamlRoot.kind === 'seq') return inList(yamlRoot, null);
  return undefined;
}

function inList(list: YamlNode & { kind: 'seq' }, root: YamlNode | null): FoundMonitor | undefined {
  const monitors = list.items.filter(isMonitor);
  const first = monitors[0];
  return first === undefined ? undefined : { entry: first, root, others: monitors.length - 1 };
}

function isMonitor(node: YamlNode): boolean {
  if (node.kind !== 'map') return false;
  const type = node.entries.find((item) => item.key === 'type')?.value;
  return type?.kind === 'scalar' && type.value === 'CheckpointMonitor';
}

/** Whether a whole config sets `use_legacy: False` at its top level (YAML false or False). */
function legacyFormatOff(root: YamlNode | null): boolean {
  if (root?.kind !== 'map') return false;
  const node = root.entries.find((item) => item.key === 'use_legacy')?.value;
  return node?.kind === 'scalar' && node.value === false;
}

function outputDirOf(root: YamlNode | null): string | undefined {
  if (root?.kind !== 'map') return undefined;
  const node = root.entries.find((item) => item.key === 'output_dir')?.value;
  return node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== ''
    ? node.value
    : undefined;
}

/** runner_config's epochs, sink_mode and sink_size, when the paste is a whole config. */
function runOf(root: YamlNode | null, notes: ImportNote[]): Partial<RunModel> {
  const run: Partial<RunModel> = {};
  if (root?.kind !== 'map') return run;
  const runner = root.entries.find((item) => item.key === 'runner_config')?.value;
  if (runner?.kind !== 'map') return run;
  for (const item of runner.entries) {
    const read = item.value.kind === 'scalar' ? item.value.value : undefined;
    if (item.key === 'epochs' && typeof read === 'number') run.epoch = read;
    if (item.key === 'sink_mode' && typeof read === 'boolean') run.dataset_sink_mode = read;
    if (item.key === 'sink_size' && typeof read === 'number') run.sink_size = read;
  }
  if (Object.keys(run).length > 0) {
    notes.push({
      id: 'yaml-runner-config',
      params: {
        epochs: run.epoch ?? DEFAULT_RUN.epoch,
        sinkMode: String(run.dataset_sink_mode ?? DEFAULT_RUN.dataset_sink_mode),
        sinkSize: run.sink_size ?? DEFAULT_RUN.sink_size,
      },
      message: `runner_config sets the run: ${run.epoch ?? DEFAULT_RUN.epoch} ${(run.epoch ?? DEFAULT_RUN.epoch) === 1 ? 'epoch' : 'epochs'}, sink_mode ${String(run.dataset_sink_mode ?? DEFAULT_RUN.dataset_sink_mode)}, sink_size ${run.sink_size ?? DEFAULT_RUN.sink_size}.`,
    });
  }
  return run;
}

/**
 * enc_key from YAML: a plain YAML string is a Python str, which MindSpore rejects (E14, which
 * `validate` reports with the key's text hidden). Its text is key material, so it is never stored:
 * a reference of the same length and type takes its place (ADR 0003), and a note says why.
 */
function readEncKey(read: PyValue, item: YamlEntry, notes: ImportNote[]): PyValue | EncKeyRef {
  if (typeof read !== 'string') return read;
  notes.push({
    id: 'enc-key-literal-dropped',
    variant: 'yaml',
    field: 'enc_key',
    line: item.line,
    message:
      'The key written in the YAML was dropped: the builder never keeps key material, which would end up in links and exports. ' +
      'A YAML string is also a Python str, which MindSpore rejects (enc_key must be bytes): read the key at run time in a script instead.',
  });
  return { source: 'env', name: 'MS_CKPT_ENC_KEY', length: utf8Length(read), type: 'str' };
}

function typeName(value: PyValue): string {
  if (value === null) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  if (Array.isArray(value)) return 'list';
  if (!isTagged(value)) return 'dict';
  return value.$py === 'numpy' ? value.type : value.$py;
}

/** Python's TypeError for `prefix + "_rank_0"` with a non-str prefix. */
function concatenationError(prefix: PyValue): string {
  if (Array.isArray(prefix)) return 'can only concatenate list (not "str") to list';
  return `unsupported operand type(s) for +: '${typeName(prefix)}' and 'str'`;
}

/** The length in bytes of the text's UTF-8 encoding (the core has no TextEncoder). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

import { isEncKeyRef, type EncKeyRef } from '../config/enc-key';
import { samePyValue, type BuilderState } from '../config/state';
import { pyRepr } from '../python/repr';
import { isTagged, pyTruthy, type PyValue } from '../python/py-value';
import { commentSafe, exportedArguments, withheldKeyMaterial } from './export-shared';
import { pythonSource } from './python-export';
import {
  MINDFORMERS_APPEND_INFO,
  MINDFORMERS_OUTPUT_DIR,
  MINDFORMERS_RANK,
  MONITOR_CONFIG_KEYS,
  monitorDirectory,
} from './yaml-mindformers';

/** A float as PyYAML reads it back as a float: the dot and the exponent's sign are required. */
function yamlFloat(repr: string): string {
  if (repr === 'inf') return '.inf';
  if (repr === '-inf') return '-.inf';
  if (repr === 'nan') return '.nan';
  const [mantissa = '', exponent] = repr.split('e');
  const withDot = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  if (exponent === undefined) return withDot;
  return `${withDot}e${/^[-+]/.test(exponent) ? exponent : `+${exponent}`}`;
}

/**
 * A double-quoted YAML string. JSON's escapes are all valid YAML escapes; what JSON leaves raw but
 * PyYAML reads as a line break or refuses as unprintable (NEL, C1 controls, U+2028/9, BOM) is escaped.
 */
function yamlString(text: string): string {
  return JSON.stringify(text).replace(
    /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A value as YAML that `yaml.safe_load` reads back to the same Python value, or undefined when YAML
 * cannot carry it (tuples, bytes, numpy scalars, names and expressions from code, non-str keys).
 */
export function yamlValue(value: PyValue): string | undefined {
  if (value === null) return 'null';
  if (value === true) return 'True';
  if (value === false) return 'False';
  // Numbers as Python's repr writes them: every digit of an int (PyYAML reads '1e+21', without
  // a dot, as a str), no leading zeros (YAML 1.1 reads '010' as the octal 8).
  if (typeof value === 'number')
    return Number.isInteger(value) ? pyRepr(value) : yamlFloat(pyRepr(value));
  if (typeof value === 'string') return yamlString(value);
  if (Array.isArray(value)) {
    const items = value.map(yamlValue);
    return items.every((item) => item !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  if (!isTagged(value)) {
    const entries = Object.entries(value).map(([key, item]) => {
      const rendered = yamlValue(item);
      return rendered === undefined ? undefined : `${yamlString(key)}: ${rendered}`;
    });
    return entries.every((entry) => entry !== undefined) ? `{${entries.join(', ')}}` : undefined;
  }
  switch (value.$py) {
    case 'int':
      return pyRepr(value);
    case 'float':
      return yamlFloat(pyRepr(value));
    case 'str':
      return yamlString(value.value);
    default:
      return undefined;
  }
}

/** The YAML `directory` whose MindFormers path is `directory` (rank 0), if there is one. */
function monitorDirectoryKey(directory: string): string | undefined {
  const match = new RegExp(`^(.+/)checkpoint/rank_${MINDFORMERS_RANK}$`).exec(directory);
  const base = match?.[1];
  if (base === undefined) return undefined;
  const trimmed = base.slice(0, -1);
  const candidate = trimmed !== '' && !trimmed.endsWith('/') ? trimmed : base;
  return monitorDirectory(candidate, MINDFORMERS_OUTPUT_DIR) === directory ? candidate : undefined;
}

function describeKey(ref: EncKeyRef): string {
  return ref.source === 'env'
    ? `read at run time from $${ref.name} (${ref.length} bytes)`
    : `read at run time from the file ${ref.name} (${ref.length} bytes)`;
}

/**
 * The MindFormers `callbacks:` block with a `type: CheckpointMonitor` entry (spec §11); what it
 * cannot express is listed in comments. `yamlExport(defaultState(), true)` contains
 * `- type: CheckpointMonitor`.
 */
export function yamlExport(state: BuilderState, onlyNonDefault: boolean): string {
  const version = state.mindspore_version;
  const keys: string[] = [];
  const cannot: string[] = [];
  const notes: string[] = [];

  const { prefix, directory } = state.callback;
  if (typeof prefix === 'string') {
    const rank = new RegExp(`^(.*)_rank_${MINDFORMERS_RANK}$`).exec(prefix);
    keys.push(`prefix: ${yamlString(rank?.[1] ?? prefix)}`);
    if (rank === null) {
      notes.push(
        `MindFormers appends the rank to the prefix: rank 0 names its files ${prefix}_rank_0-….`,
      );
    }
  } else {
    cannot.push(`prefix=${pythonSource(prefix)}: CheckpointMonitor needs a str prefix`);
  }
  if (typeof directory === 'string') {
    const key = monitorDirectoryKey(directory);
    if (key === undefined) {
      keys.push(`directory: ${yamlString(directory)}`);
      notes.push(
        `MindFormers writes into ${directory}/checkpoint/rank_{rank_id}, not ${directory}.`,
      );
    } else if (key !== MINDFORMERS_OUTPUT_DIR) {
      keys.push(`directory: ${yamlString(key)}`);
    }
  } else if (directory === null) {
    notes.push(
      'directory=None (the working directory) cannot be expressed: without a directory MindFormers writes into {output_dir}/checkpoint/rank_{rank_id}.',
    );
  } else {
    cannot.push(`directory=${pythonSource(directory)}: not a path`);
  }

  const yamlKeyOf = new Map(MONITOR_CONFIG_KEYS.map(([yamlKey, name]) => [name, yamlKey]));
  for (const argument of exportedArguments(state, onlyNonDefault)) {
    const { name, value } = argument;
    if (name === 'append_info') continue;
    const yamlKey = yamlKeyOf.get(name);
    const shown = isEncKeyRef(value) ? describeKey(value) : pythonSource(value);
    if (yamlKey === undefined) {
      cannot.push(`${name}=${shown}: CheckpointMonitor does not pass ${name} to CheckpointConfig`);
      continue;
    }
    if (name === 'enc_key') {
      cannot.push(
        `enc_key ${isEncKeyRef(value) ? describeKey(value) : `=${shown}`}: YAML would hold the key itself, as a str (which MindSpore rejects)`,
      );
      continue;
    }
    if (name === 'saved_network' && typeof value === 'string') {
      cannot.push(`saved_network=${value}: a Cell of your script cannot be named in YAML`);
      continue;
    }
    const rendered = isEncKeyRef(value) ? undefined : yamlValue(value);
    if (rendered === undefined) {
      cannot.push(`${name}=${shown}: YAML cannot hold this Python value`);
      continue;
    }
    const ignored = argument.known ? '' : `  # MindSpore ${version} ignores ${name}`;
    keys.push(`${yamlKey}: ${rendered}${ignored}`);
  }
  if (withheldKeyMaterial(state)) cannot.push('enc_key: key material is never exported');

  // MindFormers' Trainer passes its own append_info (None unless resuming), which replaces the
  // entry's, and CheckpointMonitor turns None into its default list (spec §11): YAML cannot set it.
  const appendInfo = state.config.append_info ?? null;
  if (isEncKeyRef(appendInfo) || !samePyValue(appendInfo, MINDFORMERS_APPEND_INFO)) {
    const shown = isEncKeyRef(appendInfo) ? 'None' : pythonSource(appendInfo);
    cannot.push(
      `append_info=${shown}: MindFormers' Trainer passes its own append_info (None unless resuming), so CheckpointMonitor writes [{epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1}]`,
    );
  }
  // The Trainer raises before building the callback when remove_redundancy meets the ckpt format.
  const exportedFormat = state.config.format ?? 'ckpt';
  if (exportedFormat === 'ckpt' && pyTruthy((state.config.remove_redundancy ?? false) as PyValue)) {
    notes.push(
      "MindFormers' Trainer raises ValueError here: The format of checkpoint is ckpt which is not support remove redundancy.",
    );
  }

  const run = state.run;
  if (
    state.config.integrated_save === true &&
    ['semi_auto_parallel', 'auto_parallel', 'hybrid_parallel'].includes(run.parallel_mode)
  ) {
    notes.push(`MindFormers forces integrated_save to False in ${run.parallel_mode}.`);
  }

  const lines = [
    `# MindSpore ${version}`,
    '# MindFormers CheckpointMonitor (mindformers dev), from MindSpore Checkpoint Builder.',
  ];
  for (const note of notes) lines.push(`# ${commentSafe(note)}`);
  if (cannot.length > 0) {
    lines.push('# Not expressible in this block:');
    for (const item of cannot) lines.push(`#   ${commentSafe(item)}`);
  }
  lines.push(
    '# The run this was planned for (runner_config):',
    `#   epochs: ${run.epoch}`,
    `#   sink_mode: ${run.dataset_sink_mode ? 'True' : 'False'}`,
    `#   sink_size: ${run.sink_size}`,
    'callbacks:',
    '  - type: CheckpointMonitor',
  );
  for (const key of keys) lines.push(`    ${key}`);
  lines.push('');
  return lines.join('\n');
}

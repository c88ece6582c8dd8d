import { isEncKeyRef, type EncKeyRef } from '../config/enc-key';
import { DEVICE_TARGETS, EXECUTION_MODES, PARALLEL_MODES } from '../config/run-model';
import type { BuilderState } from '../config/state';
import { isTagged, type PyValue } from '../python/py-value';
import {
  argumentsFor,
  VERSION_FACTS,
  type ArgumentKind,
  type ArgumentSpec,
  type MindSporeVersion,
} from '../versions';
import { exportedArguments, ignoredReason } from './export-shared';
import { pythonSource } from './python-export';

/** A TypeScript string literal in single quotes: `tsString("it's") === "'it\\'s'"`. */
export function tsString(text: string): string {
  const json = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  // JSON leaves U+2028/U+2029 raw; escape them so the literal reads the same everywhere.
  return `'${json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function tsKey(key: string): string {
  // `__proto__: x` in an object literal sets the prototype; a computed key defines a property.
  if (key === '__proto__') return `['__proto__']`;
  return IDENTIFIER.test(key) ? key : tsString(key);
}

function tsTypeKey(key: string): string {
  return IDENTIFIER.test(key) ? key : tsString(key);
}

/** A stored value as a TypeScript literal with the same JSON shape. */
function tsLiteral(value: PyValue | EncKeyRef, indent: string): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return tsString(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => tsLiteral(item, inner));
    const flat = `[${items.join(', ')}]`;
    if (flat.length <= 60 && !flat.includes('\n')) return flat;
    return `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(
    ([key, item]) => `${tsKey(key)}: ${tsLiteral(item as PyValue, inner)}`,
  );
  if (entries.length === 0) return '{}';
  const flat = `{ ${entries.join(', ')} }`;
  if (flat.length <= 60 && !flat.includes('\n')) return flat;
  return `{\n${entries.map((entry) => `${inner}${entry},`).join('\n')}\n${indent}}`;
}

/** The precise TypeScript type of an argument kind in `version`. */
function kindType(kind: ArgumentKind, version: MindSporeVersion): string {
  switch (kind) {
    case 'policy-int':
      return 'number | null';
    case 'strict-bool':
    case 'isinstance-bool':
      return 'boolean';
    case 'async':
      return VERSION_FACTS[version].asyncStrings ? "boolean | 'thread' | 'process'" : 'boolean';
    case 'cell':
      return 'string | null';
    case 'append-info':
      return "Array<'epoch_num' | 'step_num' | { [key: string]: number | boolean | string }> | null";
    case 'enc-key':
      return 'EncKeyRef | null';
    case 'isinstance-str':
      return 'string';
    case 'kwarg':
      return 'PyValue';
  }
}

/** Whether a stored value has the precise type of its kind (else the field is typed PyValue). */
function fitsKind(value: PyValue | EncKeyRef, kind: ArgumentKind, version: MindSporeVersion) {
  switch (kind) {
    case 'policy-int':
      return value === null || (typeof value === 'number' && Number.isInteger(value));
    case 'strict-bool':
    case 'isinstance-bool':
      return typeof value === 'boolean';
    case 'async':
      return (
        typeof value === 'boolean' ||
        (VERSION_FACTS[version].asyncStrings && (value === 'thread' || value === 'process'))
      );
    case 'cell':
      return value === null || typeof value === 'string';
    case 'append-info':
      return (
        value === null ||
        (Array.isArray(value) &&
          value.every(
            (item) =>
              item === 'epoch_num' ||
              item === 'step_num' ||
              (item !== null &&
                typeof item === 'object' &&
                !Array.isArray(item) &&
                !isTagged(item) &&
                Object.values(item).every((v) =>
                  ['number', 'boolean', 'string'].includes(typeof v),
                )),
          ))
      );
    case 'enc-key':
      return value === null || isEncKeyRef(value);
    case 'isinstance-str':
      return typeof value === 'string';
    case 'kwarg':
      return !isEncKeyRef(value);
  }
}

function defaultComment(spec: ArgumentSpec): string {
  return `${spec.description.en} Default: ${pythonSource(spec.default)}.`;
}

/** The run model's fields: their TypeScript type and what they mean (simulation.md §1). */
const RUN_FIELDS: Record<keyof BuilderState['run'], [type: string, doc: string]> = {
  epoch: ['number', 'model.train(epoch, ...)'],
  dataset_size: ['number', 'steps in one pass over the dataset'],
  dataset_sink_mode: ['boolean', 'model.train(..., dataset_sink_mode=)'],
  sink_size: ['number', 'model.train(..., sink_size=); -1 = the whole dataset'],
  mode: [EXECUTION_MODES.map(tsString).join(' | '), 'set_context(mode=)'],
  device_target: [DEVICE_TARGETS.map(tsString).join(' | '), 'set_context(device_target=)'],
  step_seconds: ['number', 'seconds per training step'],
  startup_seconds: ['number', 'seconds from creating ModelCheckpoint to the first step'],
  save_seconds: ['number', 'seconds to write one checkpoint file'],
  checkpoint_bytes: ['number', 'bytes per checkpoint file'],
  previous_runs: ['number', 'earlier runs that left files with this prefix in the directory'],
  device_num: ['number', 'processes (ranks) training together'],
  parallel_mode: [
    PARALLEL_MODES.map(tsString).join(' | '),
    'set_auto_parallel_context(parallel_mode=)',
  ],
  pipeline_stages: ['number', 'set_auto_parallel_context(pipeline_stages=)'],
  initial_epoch: ['number', 'model.train(..., initial_epoch=)'],
  train_calls: ['number', 'train() calls reusing the same ModelCheckpoint'],
  ms_enable_ckpt_d2h_async: ['boolean', 'the environment switch MS_ENABLE_CKPT_D2H_ASYNC=1'],
  disk_budget_bytes: ['number | null', 'disk to spare for one rank, in bytes; null = not set'],
};

/**
 * A self-contained TypeScript module: the types of this version's CheckpointConfig arguments,
 * ModelCheckpoint's arguments and the run model, and one typed const holding the state
 * (`tsc --strict` compiles it with no imports). `typescriptExport(defaultState(), true)`.
 */
export function typescriptExport(state: BuilderState, onlyNonDefault: boolean): string {
  const version = state.mindspore_version;
  const exported = exportedArguments(state, onlyNonDefault);
  const lines: string[] = [
    `// MindSpore ${version}: CheckpointConfig and ModelCheckpoint arguments and the training run,`,
    '// as MindSpore Checkpoint Builder holds them. Self-contained; compiles with tsc --strict.',
    '',
    '/** A Python value in plain JSON; `$py` tags what JSON cannot hold (1.0, tuples, bytes, ...). */',
    'export type PyValue =',
    '  | null',
    '  | boolean',
    '  | number',
    '  | string',
    '  | PyValue[]',
    '  | { [key: string]: PyValue }',
    "  | { $py: 'int' | 'float' | 'str'; value: string }",
    "  | { $py: 'bytes' | 'bytearray'; hex: string }",
    "  | { $py: 'tuple'; items: PyValue[] }",
    "  | { $py: 'dict'; entries: [PyValue, PyValue][] }",
    "  | { $py: 'numpy'; type: string; value: number | boolean }",
    "  | { $py: 'name'; name: string }",
    "  | { $py: 'expr'; source: string };",
    '',
    '/** Where the script reads its encryption key at run time; never the key itself. */',
    'export interface EncKeyRef {',
    "  source: 'env' | 'file';",
    '  /** The environment variable (hex digits) or the key file. */',
    '  name: string;',
    '  /** The key length in bytes. */',
    '  length: number;',
    "  type: 'bytes' | 'str' | 'bytearray';",
    '}',
    '',
    `/** CheckpointConfig's keyword arguments in MindSpore ${version}, as given (never normalised). */`,
    'export interface CheckpointConfigArguments {',
  ];
  for (const spec of argumentsFor(version)) {
    const given = exported.find((argument) => argument.name === spec.name);
    const fits = given === undefined || fitsKind(given.value, spec.kind, version);
    const type = fits ? kindType(spec.kind, version) : 'PyValue';
    const note = fits ? '' : ' Typed PyValue: this value is not of the accepted type.';
    lines.push(`  /** ${defaultComment(spec)}${note} */`, `  ${spec.name}?: ${type};`);
  }
  for (const argument of exported.filter((item) => !item.known)) {
    const type = isEncKeyRef(argument.value) ? 'EncKeyRef' : 'PyValue';
    lines.push(
      `  /** ${ignoredReason(argument.name, version)}. */`,
      `  ${tsTypeKey(argument.name)}?: ${type};`,
    );
  }
  const prefixType = typeof state.callback.prefix === 'string' ? 'string' : 'PyValue';
  const directory = state.callback.directory;
  const directoryType =
    directory === null || typeof directory === 'string' ? 'string | null' : 'PyValue';
  lines.push(
    '}',
    '',
    "/** ModelCheckpoint's arguments; directory null is Python's None (the working directory). */",
    'export interface ModelCheckpointArguments {',
    `  prefix: ${prefixType};`,
    `  directory: ${directoryType};`,
    '}',
    '',
    '/** The training run the timeline is simulated for. */',
    'export interface TrainingRun {',
  );
  for (const [field, [type, doc]] of Object.entries(RUN_FIELDS)) {
    lines.push(`  /** ${doc} */`, `  ${field}: ${type};`);
  }
  lines.push(
    '}',
    '',
    'export interface CheckpointSetup {',
    `  mindspore_version: '${version}';`,
    '  config: CheckpointConfigArguments;',
    '  callback: ModelCheckpointArguments;',
    '  run: TrainingRun;',
    '}',
    '',
    'export const checkpointSetup: CheckpointSetup = {',
    `  mindspore_version: '${version}',`,
  );
  if (exported.length === 0) lines.push('  config: {},');
  else {
    lines.push('  config: {');
    for (const { name, value } of exported)
      lines.push(`    ${tsKey(name)}: ${tsLiteral(value, '    ')},`);
    lines.push('  },');
  }
  lines.push(
    '  callback: {',
    `    prefix: ${tsLiteral(state.callback.prefix, '    ')},`,
    `    directory: ${tsLiteral(state.callback.directory, '    ')},`,
    '  },',
    '  run: {',
  );
  for (const field of Object.keys(RUN_FIELDS) as (keyof BuilderState['run'])[]) {
    lines.push(`    ${field}: ${tsLiteral(state.run[field], '    ')},`);
  }
  lines.push('  },', '};', '');
  return lines.join('\n');
}

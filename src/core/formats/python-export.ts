import { isEncKeyRef, type EncKeyRef } from '../config/enc-key';
import type { BuilderState } from '../config/state';
import { validateRun } from '../mindspore/validate';
import { isCellName, isPythonKeywordName } from '../python/names';
import { pyFloatRepr, pyRepr } from '../python/repr';
import { isTagged, type PyValue } from '../python/py-value';
import { commentSafe, exportedArguments, ignoredReason } from './export-shared';

/** Python's `repr` of a str: `pythonStrRepr("it's") === '"it\'s"'`, `pythonStrRepr('a') === "'a'"`. */
export function pythonStrRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === quote) out += `\\${quote}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char !== ' ' && /[\p{C}\p{Z}]/u.test(char)) out += escapeCodePoint(code);
    else out += char;
  }
  return out + quote;
}

function escapeCodePoint(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

/** Python's `repr` of bytes given as hex: `pythonBytesRepr('6162') === "b'ab'"`. */
export function pythonBytesRepr(hex: string): string {
  const bytes: number[] = [];
  for (let i = 0; i + 1 < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  const hasSingle = bytes.includes(0x27);
  const quote = hasSingle && !bytes.includes(0x22) ? '"' : "'";
  let out = `b${quote}`;
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    if (char === '\\') out += '\\\\';
    else if (char === quote) out += `\\${quote}`;
    else if (byte === 0x0a) out += '\\n';
    else if (byte === 0x0d) out += '\\r';
    else if (byte === 0x09) out += '\\t';
    else if (byte >= 0x20 && byte < 0x7f) out += char;
    else out += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return out + quote;
}

/** Imports a rendered value needs (`os`, `numpy as np`, `Path`). */
interface Needs {
  os: boolean;
  numpy: boolean;
  path: boolean;
}

/**
 * A stored Python value as Python source: `pythonSource({ $py: 'tuple', items: [1] }) === '(1,)'`.
 * Names and expressions from pasted code are written as their source.
 */
export function pythonSource(value: PyValue, needs?: Needs): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  // Numbers as Python's repr writes them, which Python reads back to the same value: every digit
  // of an int (String(1e21) is '1e+21', a float), no leading zeros ('010' is a SyntaxError), a
  // dot in every float ('1' is an int).
  if (typeof value === 'number') return pyRepr(value);
  if (typeof value === 'string') return pythonStrRepr(value);
  if (Array.isArray(value)) return `[${value.map((item) => pythonSource(item, needs)).join(', ')}]`;
  if (!isTagged(value)) {
    const entries = Object.entries(value).map(
      ([key, item]) => `${pythonStrRepr(key)}: ${pythonSource(item, needs)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  switch (value.$py) {
    case 'int':
      return pyRepr(value);
    case 'float': {
      const repr = pyRepr(value);
      return repr === 'inf' || repr === '-inf' || repr === 'nan' ? `float('${repr}')` : repr;
    }
    case 'str':
      return pythonStrRepr(value.value);
    case 'bytes':
      return pythonBytesRepr(value.hex);
    case 'bytearray':
      return `bytearray(${pythonBytesRepr(value.hex)})`;
    case 'tuple': {
      const items = value.items.map((item) => pythonSource(item, needs));
      return items.length === 1 ? `(${items[0] ?? ''},)` : `(${items.join(', ')})`;
    }
    case 'dict': {
      const entries = value.entries.map(
        ([key, item]) => `${pythonSource(key, needs)}: ${pythonSource(item, needs)}`,
      );
      return `{${entries.join(', ')}}`;
    }
    case 'numpy': {
      if (needs) needs.numpy = true;
      const inner =
        typeof value.value === 'boolean'
          ? value.value
            ? 'True'
            : 'False'
          : value.type.startsWith('float')
            ? pyFloatRepr(value.value)
            : String(value.value);
      return `np.${value.type}(${inner})`;
    }
    case 'name':
      return value.name;
    case 'expr':
      return value.source;
  }
}

/**
 * The code that reads an encryption key at run time, never the key itself (ADR 0003):
 * `encKeySource(DEFAULT_ENC_KEY_REF)` is `bytes.fromhex(os.environ['MS_CKPT_ENC_KEY'])`.
 */
export function encKeySource(ref: EncKeyRef, needs?: Needs): string {
  const name = pythonStrRepr(ref.name);
  if (ref.source === 'env') {
    if (needs) needs.os = true;
    const text = `os.environ[${name}]`;
    if (ref.type === 'str') return text;
    return `${ref.type}.fromhex(${text})`;
  }
  if (needs) needs.path = true;
  if (ref.type === 'str') return `Path(${name}).read_text()`;
  if (ref.type === 'bytearray') return `bytearray(Path(${name}).read_bytes())`;
  return `Path(${name}).read_bytes()`;
}

function encKeyComment(ref: EncKeyRef): string {
  const where =
    ref.source === 'env'
      ? `${ref.length * 2} hex digits in $${ref.name}`
      : `the raw bytes of the file ${ref.name}`;
  const type = ref.type === 'bytes' ? '' : `; passes a ${ref.type}, which MindSpore rejects`;
  return `${ref.length}-byte key, read at run time from ${where}${type}`;
}

const MAX_LINE = 88;

/**
 * A paste-ready Python snippet: the imports, the `CheckpointConfig(...)` call (keyword form),
 * `ModelCheckpoint(prefix=..., directory=..., config=config)` and the matching `model.train(...)`
 * as a comment. `pythonExport(defaultState())` starts with `# MindSpore 2.2`.
 */
export function pythonExport(state: BuilderState, onlyNonDefault: boolean): string {
  const needs: Needs = { os: false, numpy: false, path: false };
  const keywordLines: string[] = [];
  const starred: string[] = [];
  const notes: string[] = [];
  for (const argument of exportedArguments(state, onlyNonDefault)) {
    const { name, value } = argument;
    let source: string;
    let comment: string | undefined;
    if (isEncKeyRef(value)) {
      source = encKeySource(value, needs);
      comment = encKeyComment(value);
    } else if (name === 'saved_network' && typeof value === 'string') {
      // A plain string here is the name of a Cell variable in the user's script (ADR 0002).
      if (isCellName(value)) {
        source = value;
        comment = 'a Cell of your script';
      } else {
        source = pythonStrRepr(value);
        comment = 'not a Python name, so written as a str (which MindSpore rejects)';
      }
    } else {
      source = pythonSource(value, needs);
    }
    if (!argument.known) comment = ignoredReason(name, state.mindspore_version);
    if (comment !== undefined) comment = commentSafe(comment);
    if (isPythonKeywordName(name)) {
      const line = `    ${name}=${source},`;
      if (comment === undefined) keywordLines.push(line);
      else if (`${line}  # ${comment}`.length <= MAX_LINE)
        keywordLines.push(`${line}  # ${comment}`);
      else keywordLines.push(`    # ${comment}`, line);
    } else {
      starred.push(`${pythonStrRepr(name)}: ${source}`);
      notes.push(
        `${pythonStrRepr(name)}: ${comment ?? 'not a Python name, passed through **{...}'}`,
      );
    }
  }
  if (starred.length > 0) keywordLines.push(`    **{${starred.join(', ')}},`);

  const inline = keywordLines.map((line) => line.trim().replace(/,$/, ''));
  const configCall =
    keywordLines.length === 0
      ? 'config = CheckpointConfig()'
      : keywordLines.every((line) => !line.includes('#')) &&
          `config = CheckpointConfig(${inline.join(', ')})`.length <= MAX_LINE
        ? `config = CheckpointConfig(${inline.join(', ')})`
        : `config = CheckpointConfig(\n${keywordLines.join('\n')}\n)`;

  const prefix = pythonSource(state.callback.prefix, needs);
  const directory = pythonSource(state.callback.directory, needs);
  const callbackInline = `checkpoint_callback = ModelCheckpoint(prefix=${prefix}, directory=${directory}, config=config)`;
  const callbackCall =
    callbackInline.length <= MAX_LINE
      ? callbackInline
      : `checkpoint_callback = ModelCheckpoint(\n    prefix=${prefix},\n    directory=${directory},\n    config=config,\n)`;

  const run = state.run;
  const train =
    `# model.train(${run.epoch}, dataset, callbacks=[checkpoint_callback], ` +
    `dataset_sink_mode=${run.dataset_sink_mode ? 'True' : 'False'}, sink_size=${run.sink_size})`;

  const lines = [`# MindSpore ${state.mindspore_version}`];
  const imports: string[] = [];
  if (needs.os) imports.push('import os');
  if (needs.path) imports.push('from pathlib import Path');
  if (needs.numpy) imports.push('import numpy as np');
  if (imports.length > 0) lines.push(...imports, '');
  lines.push('from mindspore.train import CheckpointConfig, ModelCheckpoint', '');
  for (const note of notes) lines.push(`# ${commentSafe(note)}`);
  lines.push(configCall, callbackCall, '', train, ...runComments(state), '');
  return lines.join('\n');
}

/** The run model's settings Python cannot carry, as comments beside the model.train call. */
function runComments(state: BuilderState): string[] {
  const run = state.run;
  const lines = [
    `# Run model: ${run.dataset_size} steps per epoch, ${run.step_seconds} s per step, ` +
      `${run.mode}, ${run.device_target}.`,
  ];
  // A run the builder cannot play is described as given, and said to be so.
  for (const problem of validateRun(state))
    lines.push(`# Not a valid run: ${commentSafe(problem.message)}`);
  if (run.initial_epoch !== 0) lines.push(`# model.train(..., initial_epoch=${run.initial_epoch})`);
  if (run.device_num !== 1 || run.parallel_mode !== 'stand_alone') {
    lines.push(
      `# set_auto_parallel_context(parallel_mode='${run.parallel_mode}', ` +
        `pipeline_stages=${run.pipeline_stages}) on ${run.device_num} devices`,
    );
  }
  if (run.ms_enable_ckpt_d2h_async) lines.push('# export MS_ENABLE_CKPT_D2H_ASYNC=1');
  return lines;
}

import { holdsKeyMaterial, readState, type BuilderState, type StateToRead } from '../config/state';
import { isEncKeyRef, REDACTED_KEY_EXPRESSION, type EncKeyRef } from '../config/enc-key';
import { isCellName } from '../python/names';
import { isTagged, pyIntValue, pyTruthy, type PyValue } from '../python/py-value';
import { pyClassName, pyStr, pyTypeName } from '../python/repr';
import {
  argumentSpec,
  isArgumentOf,
  VERSION_FACTS,
  versionAtLeast,
  type MindSporeVersion,
} from '../versions';
import type { Diagnostic, RunProblemId } from './diagnostic';

/**
 * What an E14 message shows where MindSpore prints the key itself: the builder never holds key
 * material (ADR 3), so `enc_key=<a str key>` reads "… but got <key not shown>.".
 */
export const HIDDEN_KEY = '<key not shown>';

/**
 * The errors MindSpore raises constructing CheckpointConfig and then ModelCheckpoint for this
 * state: at most one of each, in MindSpore's order (spec §3.2, §6.1); empty when both succeed.
 * `validate(completeState({ config: { save_checkpoint_steps: -1 } }))[0].code === 'E03'`.
 */
export function validate(stateGiven: StateToRead): Diagnostic[] {
  const state = readState(stateGiven);
  const diagnostics: Diagnostic[] = [];
  const configError = checkConfig(state);
  if (configError) diagnostics.push(configError);
  const callbackError = checkCallback(state);
  if (callbackError) diagnostics.push(callbackError);
  return diagnostics;
}

/**
 * The errors of an impossible training run: first the run model's own limits ("RunModel", every
 * one found), then the first of Model.train's E38, E39, E37 in MindSpore's order.
 * `validateRun({ ...defaultState(), run: { ...DEFAULT_RUN, dataset_size: 0 } })[0].code === 'E39'`.
 */
export function validateRun(stateGiven: StateToRead): Diagnostic[] {
  const state = readState(stateGiven);
  const diagnostics = runModelProblems(state);
  const trainError = checkTrain(state, new Set(diagnostics.map((d) => d.field ?? '')));
  if (trainError) diagnostics.push(trainError);
  return diagnostics;
}

// ---------------------------------------------------------------------------------------------
// CheckpointConfig.__init__ (spec §3.2)

type ConfigValue = PyValue | EncKeyRef;
type Check = Diagnostic | undefined;

const POLICY_INTS = [
  'save_checkpoint_steps',
  'save_checkpoint_seconds',
  'keep_checkpoint_max',
  'keep_checkpoint_per_n_minutes',
] as const;

function checkConfig(state: BuilderState): Check {
  const version = state.mindspore_version;
  // Python binds the arguments before MindSpore checks any: `self` is the new instance already,
  // so a keyword of that name is a second value for it (the export writes it as one).
  if (Object.hasOwn(state.config, 'self')) {
    return {
      kind: 'TypeError',
      field: 'self',
      message: "CheckpointConfig.__init__() got multiple values for argument 'self'",
    };
  }
  // An argument the user did not give has MindSpore's default; one the version lacks is swallowed
  // by **kwargs (`undefined` here, never checked).
  const arg = (name: string): ConfigValue | undefined => {
    if (!isArgumentOf(version, name)) return undefined;
    const given = state.config[name];
    return given !== undefined ? given : argumentSpec(name)?.default;
  };
  const value = (name: string): PyValue => asPy(arg(name) ?? null);

  for (const name of POLICY_INTS) {
    const error = checkStrictInt(name, value(name));
    if (error) return error;
  }
  const network = checkSavedNetwork(value('saved_network'));
  if (network) return network;
  if (
    POLICY_INTS.every(
      (name) => pyIntValue(value(name)) === undefined || pyIntValue(value(name)) === 0n,
    )
  ) {
    return {
      kind: 'ValueError',
      field: 'save_checkpoint_steps',
      code: 'E05',
      message:
        "For 'CheckpointConfig', the input arguments 'save_checkpoint_steps', 'save_checkpoint_seconds', " +
        "'keep_checkpoint_max' and 'keep_checkpoint_per_n_minutes' can't be all None or 0.",
    };
  }
  const checks: (() => Check)[] = [
    () => checkStrictBool('exception_save', value('exception_save')),
    // Step 8, the normalisation, never raises (effectivePolicy reproduces it).
    () => checkStrictBool('integrated_save', value('integrated_save')),
    () =>
      VERSION_FACTS[version].asyncStrings
        ? checkAsyncStrings(value('async_save'))
        : checkStrictBool('async_save', value('async_save')),
    () => checkAppendInfo(value('append_info')),
    () => checkEncKey(arg('enc_key') ?? null),
    () => checkIsinstance('enc_mode', value('enc_mode'), 'str'),
    () =>
      isArgumentOf(version, 'crc_check')
        ? checkIsinstance('crc_check', value('crc_check'), 'bool')
        : undefined,
    () =>
      isArgumentOf(version, 'format')
        ? checkIsinstance('format', value('format'), 'str')
        : undefined,
    () =>
      isArgumentOf(version, 'remove_redundancy')
        ? checkIsinstance('remove_redundancy', value('remove_redundancy'), 'bool')
        : undefined,
    () => (versionAtLeast(version, '2.4') ? checkSafetensors(state, arg, value) : undefined),
  ];
  for (const check of checks) {
    const error = check();
    if (error) return error;
  }
  return undefined;
}

/** A config value as a Python value; a key reference only ever stands for enc_key. */
function asPy(value: ConfigValue): PyValue {
  return value as PyValue;
}

function isUnknowable(
  value: PyValue,
): value is { $py: 'name'; name: string } | { $py: 'expr'; source: string } {
  return isTagged(value) && (value.$py === 'name' || value.$py === 'expr');
}

/** The source text of a name or expression, as pasted. */
function sourceOf(value: PyValue): string {
  return pyStr(value);
}

function unsupported(field: string, value: PyValue): Diagnostic {
  return {
    kind: 'Unsupported',
    field,
    message:
      `${field} is given as \`${sourceOf(value)}\`, whose value the builder cannot know, so it cannot ` +
      `tell whether MindSpore would accept it. Enter the value itself to see MindSpore's verdict.`,
    reason: { id: 'unknowable-value', values: { field, source: sourceOf(value) } },
  };
}

function isPyStr(value: PyValue): boolean {
  return typeof value === 'string' || (isTagged(value) && value.$py === 'str');
}

function strText(value: PyValue): string | undefined {
  if (typeof value === 'string') return value;
  if (isTagged(value) && value.$py === 'str') return value.value;
  return undefined;
}

function isPyBool(value: PyValue): value is boolean {
  return typeof value === 'boolean';
}

/** The smallest int magnitude Python cannot convert to float: 2**1024 - 2**970 (spec §2.3). */
const FLOAT_OVERFLOW = 2n ** 1024n - 2n ** 970n;

/** The ints numpy converts to int64 or uint64. */
const NUMPY_INT_MIN = -(2n ** 63n);
const NUMPY_INT_MAX = 2n ** 64n - 1n;

/** `check_non_negative_int`, skipped for None (spec §2.3; E01, E02, OverflowError, numpy's TypeError, E03). */
function checkStrictInt(field: string, value: PyValue): Check {
  if (value === null) return undefined;
  if (isUnknowable(value)) return unsupported(field, value);
  if (isPyBool(value)) {
    return {
      kind: 'TypeError',
      field,
      code: 'E02',
      message: `The input value must be int and must >= 0, but got '${pyStr(value)}' with type 'bool'.`,
    };
  }
  const int = pyIntValue(value);
  if (int === undefined) {
    return {
      kind: 'TypeError',
      field,
      code: 'E01',
      message: `The input value must be int, but got '${pyTypeName(value)}'`,
    };
  }
  // math.isinf(n) converts to float first; it overflows before the sign is looked at.
  if ((int < 0n ? -int : int) >= FLOAT_OVERFLOW) {
    return { kind: 'OverflowError', field, message: 'int too large to convert to float' };
  }
  // Then np.isinf(n): numpy holds ints in [-2**63, 2**64 - 1] only; any other becomes an object
  // array, which isinf rejects (numpy 1.26 and 2.x alike). The spec's §2.3 does not list this.
  if (int < NUMPY_INT_MIN || int > NUMPY_INT_MAX) {
    return {
      kind: 'TypeError',
      field,
      message:
        "ufunc 'isinf' not supported for the input types, and the inputs could not be safely coerced " +
        "to any supported types according to the casting rule ''safe''",
    };
  }
  if (int < 0n) {
    return {
      kind: 'ValueError',
      field,
      code: 'E03',
      message: `The input value must be int and must >= 0, but got '${int.toString()}' with type 'int'.`,
    };
  }
  return undefined;
}

/**
 * `saved_network` is None or a Cell. A plain string that is a Python name (`net`,
 * `model.backbone`) is the name of a Cell variable in the script, as is a bare name from pasted
 * code; any other string is written as a str (the export cannot name a variable `my net`), and a
 * Python str (`$py: str`) or any other value is no Cell either.
 */
function checkSavedNetwork(value: PyValue): Check {
  if (value === null || (typeof value === 'string' && isCellName(value))) return undefined;
  if (isTagged(value) && value.$py === 'name') return undefined;
  if (isTagged(value) && value.$py === 'expr') return unsupported('saved_network', value);
  return {
    kind: 'TypeError',
    field: 'saved_network',
    code: 'E04',
    message: `For 'CheckpointConfig', the type of 'saved_network' must be None or Cell, but got ${pyClassName(value)}.`,
  };
}

/** `check_bool`: exactly True or False (E06). */
function checkStrictBool(field: string, value: PyValue): Check {
  if (isPyBool(value)) return undefined;
  if (isUnknowable(value)) return unsupported(field, value);
  return {
    kind: 'TypeError',
    field,
    code: 'E06',
    message: `The input value must be a bool, but got ${pyTypeName(value)}.`,
  };
}

/** 2.5+: a bool, or the str 'process' or 'thread' (E07, E08). */
function checkAsyncStrings(value: PyValue): Check {
  if (isPyBool(value)) return undefined;
  if (isUnknowable(value)) return unsupported('async_save', value);
  const text = strText(value);
  if (text === undefined) {
    return {
      kind: 'TypeError',
      field: 'async_save',
      code: 'E07',
      message: `For 'save_checkpoint', the parameter 'async_save' must be bool or str, but got ${pyClassName(value)}.`,
    };
  }
  if (text === 'process' || text === 'thread') return undefined;
  return {
    kind: 'ValueError',
    field: 'async_save',
    code: 'E08',
    message: `For 'save_checkpoint', the argument 'async_save' can only be 'process' or 'thread',but got ${text}.`,
  };
}

/** `check_isinstance` against str or bool: ValueError with str(value) (E15–E18). */
function checkIsinstance(field: string, value: PyValue, type: 'str' | 'bool'): Check {
  if (type === 'str' ? isPyStr(value) : isPyBool(value)) return undefined;
  if (isUnknowable(value)) return unsupported(field, value);
  const codes: Record<string, string> = {
    enc_mode: 'E15',
    crc_check: 'E16',
    format: 'E17',
    remove_redundancy: 'E18',
  };
  return {
    kind: 'ValueError',
    field,
    code: codes[field] ?? 'E15',
    message: `The parameter '${field}' must be isinstance of <class '${type}'>, but got ${pyStr(value)}.`,
  };
}

/**
 * enc_key is None or bytes (E14). A key reference of type bytes passes; one of type str or
 * bytearray fails, and so does key material left in the state; their text is never shown.
 */
function checkEncKey(value: ConfigValue): Check {
  if (value === null) return undefined;
  let shown: string;
  if (isEncKeyRef(value)) {
    if (value.type === 'bytes') return undefined;
    shown = value.type === 'str' ? HIDDEN_KEY : `bytearray(${HIDDEN_KEY})`;
  } else {
    const py = asPy(value);
    if (isTagged(py) && py.$py === 'bytes') return undefined;
    if (isTagged(py) && py.$py === 'expr' && py.source === REDACTED_KEY_EXPRESSION) {
      return {
        kind: 'Unsupported',
        field: 'enc_key',
        message:
          'enc_key was not kept, since what was given may spell out the key, so the builder cannot tell whether MindSpore would accept it. Choose where the script reads the key: an environment variable or a file.',
        reason: { id: 'enc-key-not-kept', values: {} },
      };
    }
    if (isUnknowable(py)) return unsupported('enc_key', py);
    if (isPyStr(py)) shown = HIDDEN_KEY;
    else if (isTagged(py) && py.$py === 'bytearray') shown = `bytearray(${HIDDEN_KEY})`;
    // A container of key bytes or text (a state made outside the builder's importers).
    else shown = holdsKeyMaterial(py) ? HIDDEN_KEY : pyStr(py);
  }
  return {
    kind: 'ValueError',
    field: 'enc_key',
    code: 'E14',
    message: `The parameter 'enc_key' must be isinstance of (<class 'NoneType'>, <class 'bytes'>), but got ${shown}.`,
  };
}

const APPEND_INFO_KEYS = ['epoch_num', 'step_num'];

/** `_handle_append_info` (spec §5.1): E09–E13, the first bad element in list order. */
function checkAppendInfo(value: PyValue): Check {
  const field = 'append_info';
  if (value === null || (Array.isArray(value) && value.length === 0)) return undefined;
  if (isUnknowable(value)) return unsupported(field, value);
  if (!Array.isArray(value)) {
    return {
      kind: 'TypeError',
      field,
      code: 'E09',
      message: `For 'CheckpointConfig', the type of 'append_info' must be list,but got ${pyClassName(value)}.`,
    };
  }
  let dicts = 0;
  for (const element of value) {
    if (isUnknowable(element)) return unsupported(field, element);
    const text = strText(element);
    if (text !== undefined) {
      if (APPEND_INFO_KEYS.includes(text)) continue;
      return {
        kind: 'ValueError',
        field,
        code: 'E11',
        message:
          "For 'CheckpointConfig', the value of element in the argument 'append_info' must be in " +
          `['epoch_num', 'step_num'], but got ${text}.`,
      };
    }
    const entries = dictEntries(element);
    if (entries === undefined) {
      return {
        kind: 'TypeError',
        field,
        code: 'E10',
        message: `For 'CheckpointConfig', the type of 'append_info' element must be str or dict,but got ${pyClassName(element)}.`,
      };
    }
    dicts += 1;
    if (dicts > 1) {
      return {
        kind: 'TypeError',
        field,
        code: 'E12',
        // MindSpore's message lacks the f-string prefix: the braces are printed as is.
        message:
          "For 'CheckpointConfig', the element of 'append_info' must has only one dict, but got {dict_num}",
      };
    }
    for (const [key, item] of entries) {
      if (isUnknowable(key) || isUnknowable(item)) {
        return unsupported(field, isUnknowable(key) ? key : item);
      }
      if (!isPyStr(key) || !isAppendInfoValue(item)) {
        return {
          kind: 'TypeError',
          field,
          code: 'E13',
          message:
            "For 'CheckpointConfig', the key type of the dict 'append_info' must be string, the value type " +
            `must be int or float or bool, but got key type ${pyClassName(key)}, value type ${pyClassName(item)}`,
        };
      }
    }
  }
  return undefined;
}

function dictEntries(value: PyValue): [PyValue, PyValue][] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (!isTagged(value)) return Object.entries(value);
  return value.$py === 'dict' ? value.entries : undefined;
}

/**
 * isinstance(value, (int, float, bool, str, Parameter, Tensor[, Generator])). Parameters, Tensors
 * and Generators only come as names or expressions (Unsupported before this). numpy.float64
 * subclasses float; the other numpy scalars subclass nothing accepted.
 */
function isAppendInfoValue(value: PyValue): boolean {
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
    return true;
  if (!isTagged(value)) return false;
  if (value.$py === 'int' || value.$py === 'float' || value.$py === 'str') return true;
  return value.$py === 'numpy' && value.type === 'float64';
}

/** 2.4+: format 'safetensors' with a non-default companion (spec §5.4, E19). */
function checkSafetensors(
  state: BuilderState,
  arg: (name: string) => ConfigValue | undefined,
  value: (name: string) => PyValue,
): Check {
  if (strText(value('format')) !== 'safetensors') return undefined;
  const truthy = (name: string): boolean | undefined => pyTruthy(value(name));
  // Python's `or` chain, in MindSpore's order; the first True decides, an unknowable one stops it.
  const terms: [string, () => boolean | undefined][] = [
    ['enc_key', () => (arg('enc_key') ?? null) !== null],
    ['enc_mode', () => strText(value('enc_mode')) !== 'AES-GCM'],
    ['crc_check', () => truthy('crc_check')],
  ];
  if (VERSION_FACTS[state.mindspore_version].safetensorsRejectsAsync) {
    terms.push(['async_save', () => truthy('async_save')]);
  }
  terms.push(['exception_save', () => truthy('exception_save')]);
  terms.push(['incremental', () => truthy('incremental')]);
  for (const [name, term] of terms) {
    const result = term();
    if (result === undefined) return unsupported(name, value(name));
    if (result) {
      return {
        kind: 'ValueError',
        field: 'format',
        code: 'E19',
        message:
          "For 'save_checkpoint', when format is 'safetensors', other param must be default.",
      };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// ModelCheckpoint.__init__ (spec §3.4, §6.1): prefix, then directory

/** The largest real path MindSpore's `_make_dir` accepts, in characters. */
const MAX_PATH_LENGTH = 1024;

function checkCallback(state: BuilderState): Check {
  const version = state.mindspore_version;
  return (
    checkPrefix(state.callback.prefix, version) ?? checkDirectory(state.callback.directory, version)
  );
}

/** A lambda from pasted code is certainly callable; any other name or expression may be anything. */
function isLambda(value: PyValue): boolean {
  return isTagged(value) && value.$py === 'expr' && /^\s*\(?\s*lambda\b/.test(value.source);
}

function checkPrefix(prefix: PyValue, version: MindSporeVersion): Check {
  const callable = VERSION_FACTS[version].callablePrefix;
  const text = strText(prefix);
  if (text !== undefined && !text.includes('/')) return undefined;
  if (callable && isLambda(prefix)) return undefined;
  if (isUnknowable(prefix) && !isLambda(prefix)) return unsupported('prefix', prefix);
  // str() of a function carries its memory address, which cannot be known.
  const shown = isLambda(prefix) ? '<function <lambda> at 0x…>' : pyStr(prefix);
  return callable
    ? {
        kind: 'ValueError',
        field: 'prefix',
        code: 'E21',
        message:
          "For 'ModelCheckpoint', the argument 'prefix' for checkpoint file name is invalid, it must be " +
          `callable or string that does not contain '/', but got ${shown}.`,
      }
    : {
        kind: 'ValueError',
        field: 'prefix',
        code: 'E20',
        message:
          "For 'ModelCheckpoint', the argument 'prefix' for checkpoint file name is invalid, it must be " +
          `string and does not contain '/', but got ${shown}.`,
      };
}

/**
 * `_make_dir` for a non-callable directory: E22 (not a str), E23 (blank), realpath's ValueError for
 * a NUL character, E24 (too long). E24 is
 * reported only when certain from the text, assuming no symbolic links in the path: an absolute
 * path, or a relative one too long even below `/`. E25/E26 depend on the disk and are not reported.
 */
function checkDirectory(directory: PyValue, version: MindSporeVersion): Check {
  if (directory === null) return undefined;
  if (VERSION_FACTS[version].callablePrefix && isLambda(directory)) return undefined;
  const text = strText(directory);
  if (text === undefined) {
    if (isUnknowable(directory) && !isLambda(directory)) {
      return unsupported('directory', directory);
    }
    return {
      kind: 'TypeError',
      field: 'directory',
      code: 'E22',
      message: 'The path is invalid, the type should be string.',
    };
  }
  if (pythonStrip(text) === '') {
    return {
      kind: 'ValueError',
      field: 'directory',
      code: 'E23',
      message: 'The path is invalid, it should be non-blank.',
    };
  }
  // os.path.realpath stats every component; a NUL in one makes os.lstat raise (Python 3.7–3.11).
  if (text.includes('\0')) {
    return { kind: 'ValueError', field: 'directory', message: 'embedded null byte' };
  }
  const length = minimumRealPathLength(text);
  if (length !== undefined && length > MAX_PATH_LENGTH) {
    return {
      kind: 'ValueError',
      field: 'directory',
      code: 'E24',
      message: `The path length is too long, it should be limited in ${MAX_PATH_LENGTH}.`,
    };
  }
  return undefined;
}

/** Code points Python's str.strip() removes (str.isspace). */
const PY_WHITESPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001,
  0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f,
  0x205f, 0x3000,
]);

function pythonStrip(text: string): string {
  return [...text].every((char) => PY_WHITESPACE.has(char.codePointAt(0) ?? 0)) ? '' : text;
}

/**
 * The length in code points that os.path.realpath(path) has at least, when it can be known:
 * an absolute path normalised, or `/` + a relative path that does not climb out with `..`.
 */
function minimumRealPathLength(path: string): number | undefined {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0) parts.pop();
      else if (!absolute) return undefined;
      continue;
    }
    parts.push(part);
  }
  if (!absolute && parts.length === 0) return undefined;
  return [...`/${parts.join('/')}`].length;
}

// ---------------------------------------------------------------------------------------------
// Model.train (spec §3.4 E37–E39) and the run model's limits (simulation.md §1)

function runModelProblems(state: BuilderState): Diagnostic[] {
  const run = state.run;
  const problems: Diagnostic[] = [];
  const add = (
    name: string,
    id: RunProblemId,
    values: Record<string, string | number>,
    message: string,
  ) => problems.push({ kind: 'RunModel', field: `run.${name}`, message, problem: { id, values } });
  const count = (name: keyof typeof run, least: number, id: RunProblemId, what: string) => {
    const value = run[name];
    if (typeof value !== 'number') return;
    if (!Number.isInteger(value) || value < least) {
      add(
        name,
        id,
        { value },
        `${what} must be a whole number of at least ${least}, but is ${value}.`,
      );
    }
  };
  count('epoch', 1, 'epoch-not-whole', 'The number of epochs');
  count('dataset_size', 0, 'dataset-size-not-whole', 'The dataset size (steps per epoch)');
  if (!Number.isInteger(run.sink_size)) {
    add(
      'sink_size',
      'sink-size-not-whole',
      { value: run.sink_size },
      `sink_size must be a whole number (-1 for the whole dataset), but is ${run.sink_size}.`,
    );
  }
  count('initial_epoch', 0, 'initial-epoch-not-whole', 'initial_epoch');
  count('previous_runs', 0, 'previous-runs-not-whole', 'The number of earlier runs');
  count('device_num', 1, 'device-num-not-whole', 'The number of devices');
  count('pipeline_stages', 1, 'pipeline-stages-not-whole', 'The number of pipeline stages');
  count('train_calls', 1, 'train-calls-not-whole', 'The number of train() calls');
  if (!(run.step_seconds > 0))
    add(
      'step_seconds',
      'step-seconds-not-positive',
      { value: run.step_seconds },
      `A training step must take some time: step_seconds must be above 0, but is ${run.step_seconds}.`,
    );
  const nonNegative = (
    name: 'startup_seconds' | 'save_seconds' | 'checkpoint_bytes',
    id: RunProblemId,
    what: string,
  ) => {
    if (run[name] < 0)
      add(name, id, { value: run[name] }, `${what} cannot be negative, but is ${run[name]}.`);
  };
  nonNegative('startup_seconds', 'startup-seconds-negative', 'The start-up time');
  nonNegative('save_seconds', 'save-seconds-negative', 'The time to write a checkpoint');
  nonNegative('checkpoint_bytes', 'checkpoint-bytes-negative', 'The checkpoint size');
  if (run.disk_budget_bytes !== null && run.disk_budget_bytes < 0) {
    add(
      'disk_budget_bytes',
      'disk-budget-negative',
      { value: run.disk_budget_bytes },
      `The disk budget cannot be negative, but is ${run.disk_budget_bytes}.`,
    );
  }
  if (
    Number.isInteger(run.pipeline_stages) &&
    Number.isInteger(run.device_num) &&
    run.pipeline_stages > run.device_num &&
    run.device_num >= 1
  ) {
    add(
      'pipeline_stages',
      'pipeline-stages-above-devices',
      { stages: run.pipeline_stages, devices: run.device_num },
      `Each pipeline stage needs at least one device: ${run.pipeline_stages} ${run.pipeline_stages === 1 ? 'stage' : 'stages'} cannot run on ${run.device_num} ${run.device_num === 1 ? 'device' : 'devices'}.`,
    );
  }
  return problems;
}

/**
 * Model.train's checks in its order: sink_size int, epoch positive int, initial_epoch non-negative
 * int (all run-model problems when broken, which stop here), then E38, E39, E37. E37 is checked
 * whatever dataset_sink_mode is: Model.train tests sink_size unconditionally.
 */
function checkTrain(state: BuilderState, broken: ReadonlySet<string>): Check {
  const run = state.run;
  if (['run.sink_size', 'run.epoch', 'run.initial_epoch'].some((field) => broken.has(field)))
    return undefined;
  if (run.initial_epoch >= run.epoch) {
    return {
      kind: 'ValueError',
      field: 'run.initial_epoch',
      code: 'E38',
      message:
        "For 'Model.train', the parameter 'epoch' must bigger than parameter 'initial_epoch', but got the " +
        `parameter 'epoch' is ${run.epoch}, 'initial_epoch' is ${run.initial_epoch}.`,
    };
  }
  if (broken.has('run.dataset_size')) return undefined;
  if (run.dataset_size === 0) {
    return {
      kind: 'ValueError',
      field: 'run.dataset_size',
      code: 'E39',
      message: 'There is no valid data in dataset, please check dataset file firstly.',
    };
  }
  if (run.sink_size === 0 || run.sink_size < -1) {
    return {
      kind: 'ValueError',
      field: 'run.sink_size',
      code: 'E37',
      message: `For 'Model.train', The argument 'sink_size' must be -1 or positive, but got ${run.sink_size}.`,
    };
  }
  return undefined;
}

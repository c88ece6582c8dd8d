/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isEncKeyRef, type EncKeyRef } from '../config/enc-key';
import { completeState, type BuilderState } from '../config/state';
import { isTagged, type PyValue } from '../python/py-value';
import { pyFloatRepr } from '../python/repr';
import { isCellName, isPythonKeywordName } from '../python/names';
import { exportedArguments } from './export-shared';
import { exportText } from './export-text';
import { anyState, namedStates, validPythonState } from './export-test-states';
import { encKeySource, pythonSource } from './python-export';

const python3 = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = python3.status === 0;

/**
 * Parses each snippet with CPython's ast, finds the CheckpointConfig and ModelCheckpoint calls and
 * returns their keywords: literal values in the builder's JSON form, anything else as its source.
 */
const CHECKER = String.raw`
import ast, json, math, sys

def to_py(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if abs(v) <= 2**53 - 1 else {"$py": "int", "value": str(v)}
    if isinstance(v, float):
        if math.isfinite(v) and not v.is_integer():
            return v
        return {"$py": "float", "value": repr(v)}
    if isinstance(v, bytes):
        return {"$py": "bytes", "hex": v.hex()}
    if isinstance(v, tuple):
        return {"$py": "tuple", "items": [to_py(i) for i in v]}
    if isinstance(v, list):
        return [to_py(i) for i in v]
    if isinstance(v, dict):
        if all(isinstance(k, str) for k in v):
            return {k: to_py(i) for k, i in v.items()}
        return {"$py": "dict", "entries": [[to_py(k), to_py(i)] for k, i in v.items()]}
    raise TypeError(type(v))

class NotLiteral(Exception):
    pass

def ev(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (type(None), bool, int, float, str, bytes)):
        return to_py(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)) and isinstance(node.operand, ast.Constant) and type(node.operand.value) in (int, float):
        return to_py(ast.literal_eval(node))
    if isinstance(node, ast.Tuple):
        return {"$py": "tuple", "items": [ev(e) for e in node.elts]}
    if isinstance(node, ast.List):
        return [ev(e) for e in node.elts]
    if isinstance(node, ast.Dict):
        if any(k is None for k in node.keys):
            raise NotLiteral()
        keys = [ev(k) for k in node.keys]
        values = [ev(v) for v in node.values]
        if all(isinstance(k, str) for k in keys):
            return dict(zip(keys, values))
        return {"$py": "dict", "entries": [[k, v] for k, v in zip(keys, values)]}
    if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
        arg = node.args[0]
        if isinstance(node.func, ast.Name) and node.func.id == "bytearray" and isinstance(arg, ast.Constant) and isinstance(arg.value, bytes):
            return {"$py": "bytearray", "hex": arg.value.hex()}
        if isinstance(node.func, ast.Name) and node.func.id == "float" and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return {"$py": "float", "value": repr(float(arg.value))}
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) and node.func.value.id == "np":
            return {"$py": "numpy", "type": node.func.attr, "value": ast.literal_eval(arg)}
    raise NotLiteral()

def value(node):
    try:
        return {"value": ev(node)}
    except NotLiteral:
        return {"source": ast.unparse(node)}

def calls(tree, name):
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            found.append(node)
    return found

def keywords(call):
    out = []
    for kw in call.keywords:
        if kw.arg is None:
            for k, v in zip(kw.value.keys, kw.value.values):
                out.append([ast.literal_eval(k), value(v)])
        else:
            out.append([kw.arg, value(kw.value)])
    return out

results = []
for source in json.load(sys.stdin):
    tree = ast.parse(source)
    config = calls(tree, "CheckpointConfig")
    callback = calls(tree, "ModelCheckpoint")
    results.append({
        "configCalls": len(config),
        "callbackCalls": len(callback),
        "positional": sum(len(c.args) for c in config + callback),
        "config": keywords(config[0]) if config else None,
        "callback": keywords(callback[0]) if callback else None,
    })
json.dump(results, sys.stdout)
`;

interface Checked {
  configCalls: number;
  callbackCalls: number;
  positional: number;
  config: [string, { value?: unknown; source?: string }][];
  callback: [string, { value?: unknown; source?: string }][];
}

/** What CPython should find for a stored value: the value itself, or the source it is written as. */
function expected(name: string, value: PyValue | EncKeyRef) {
  if (isEncKeyRef(value)) return { source: encKeySource(value) };
  if (name === 'saved_network' && typeof value === 'string' && isCellName(value)) {
    return { source: value };
  }
  if (holdsCode(value)) return { source: pythonSource(value) };
  return { value: asCPythonReads(value) };
}

/** The JSON form of the value CPython reads: tags Python does not need disappear (`{}`, a str). */
function asCPythonReads(value: PyValue): PyValue {
  if (typeof value === 'number' && !Number.isSafeInteger(value) && Number.isInteger(value))
    return { $py: 'int', value: BigInt(value).toString() };
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(asCPythonReads);
  if (!isTagged(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asCPythonReads(v)]));
  }
  switch (value.$py) {
    case 'str':
      return value.value;
    case 'int':
      return Number.isSafeInteger(Number(value.value))
        ? Number(value.value)
        : { $py: 'int', value: BigInt(value.value).toString() };
    case 'float': {
      // What CPython's float() of the text is, in the checker's form (to_py).
      if (['inf', '-inf', 'nan'].includes(value.value)) return value;
      const number = Number(value.value);
      if (Number.isFinite(number) && !Number.isInteger(number)) return number;
      if (!Number.isFinite(number)) return { $py: 'float', value: number > 0 ? 'inf' : '-inf' };
      return { $py: 'float', value: pyFloatRepr(number) };
    }
    case 'tuple':
      return { $py: 'tuple', items: value.items.map(asCPythonReads) };
    case 'dict': {
      const entries = value.entries.map(([k, v]): [PyValue, PyValue] => [
        asCPythonReads(k),
        asCPythonReads(v),
      ]);
      return entries.every(([k]) => typeof k === 'string')
        ? Object.fromEntries(entries)
        : { $py: 'dict', entries };
    }
    default:
      return value;
  }
}

/** Whether a value holds a name or an expression from pasted code anywhere inside it. */
function holdsCode(value: PyValue): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsCode);
  if (!isTagged(value)) return Object.values(value).some(holdsCode);
  if (value.$py === 'name' || value.$py === 'expr') return true;
  if (value.$py === 'tuple') return value.items.some(holdsCode);
  if (value.$py === 'dict')
    return value.entries.some(([key, item]) => holdsCode(key) || holdsCode(item));
  return false;
}

function expectedCallbackValue(value: PyValue) {
  return expected('', value);
}

const table: [string, BuilderState, boolean][] = [
  ...Object.entries(namedStates()).map(([name, state]): [string, BuilderState, boolean] => [
    name,
    state,
    true,
  ]),
  ...fc
    .sample(anyState, { numRuns: 60, seed: 20261128 })
    .map((state, index): [string, BuilderState, boolean] => [
      `any state #${index}`,
      state,
      index % 2 === 0,
    ]),
  ...fc
    .sample(validPythonState, { numRuns: 30, seed: 5 })
    .map((state, index): [string, BuilderState, boolean] => [
      `accepted state #${index}`,
      state,
      index % 3 !== 0,
    ]),
];

describe.skipIf(!hasPython)('the Python export, read by CPython (python3 ast)', () => {
  const sources = table.map(([, state, onlyNonDefault]) =>
    exportText(state, 'python', { onlyNonDefault }),
  );
  let checked: Checked[] | undefined;
  const run = (): Checked[] => {
    if (checked !== undefined) return checked;
    const result = spawnSync('python3', ['-c', CHECKER], {
      input: JSON.stringify(sources),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`python3 failed:\n${result.stderr}`);
    checked = JSON.parse(result.stdout) as Checked[];
    return checked;
  };

  test.each(
    table.map(([label, state, onlyNonDefault], index) => ({ label, state, onlyNonDefault, index })),
  )(
    '$label: parses, one CheckpointConfig call whose keywords carry exactly the state values',
    ({ state, onlyNonDefault, index }) => {
      const result = run()[index] as Checked;
      expect(result.configCalls).toBe(1);
      expect(result.callbackCalls).toBe(1);
      expect(result.positional).toBe(0);
      // Keywords Python cannot name come last, in one **{...}.
      const written = exportedArguments(state, onlyNonDefault);
      const want = [
        ...written.filter(({ name }) => isPythonKeywordName(name)),
        ...written.filter(({ name }) => !isPythonKeywordName(name)),
      ].map(({ name, value }) => [name, expected(name, value)]);
      expect(result.config).toEqual(want);
      expect(result.callback).toEqual([
        ['prefix', expectedCallbackValue(state.callback.prefix)],
        ['directory', expectedCallbackValue(state.callback.directory)],
        ['config', { source: 'config' }],
      ]);
    },
  );
});

describe('the run model comment', () => {
  test('a run the builder cannot play is described as given, and said not to be valid', () => {
    const defaults = completeState({});
    const state = { ...defaults, run: { ...defaults.run, step_seconds: -0.005 } };
    const text = exportText(state, 'python');
    expect(text).toContain(
      '# Run model: 1000 steps per epoch, -0.005 s per step, GRAPH_MODE, Ascend.',
    );
    expect(text).toContain(
      '# Not a valid run: A training step must take some time: step_seconds must be above 0, but is -0.005.',
    );
    expect(exportText(defaults, 'python')).not.toContain('# Not a valid run');
  });
});

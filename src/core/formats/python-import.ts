/**
 * Pasted Python → a state. How the text is read (the rules a user can rely on):
 *
 * - Only `CheckpointConfig(...)` and `ModelCheckpoint(...)` calls are read (also written
 *   `mindspore.train.X`, `ms.train.X`, `train.X`, `mindspore.X`, or an `import … as` alias); other
 *   statements, imports and comments are ignored, but the whole text must tokenize as Python.
 * - ModelCheckpoint's `config=` may be a nested call or a variable assigned a CheckpointConfig
 *   earlier in the text. With several calls: the first ModelCheckpoint, and the config it uses;
 *   without one, the first CheckpointConfig. Each choice that is not obvious adds a note.
 * - Arguments bind as Python binds them (positional order of the version, CPython 3.10+ errors).
 *   A bare name or attribute is a Cell only as `saved_network`; elsewhere it stays a `$py` name
 *   (MindSpore's verdict "Unsupported"). `enc_key` never keeps key material (ADR 3).
 * - Version: a comment naming it (`# mindspore 2.5`, `# mindspore==2.4.10`) wins over
 *   `options.version` (the text says which version it is for), with a note; else
 *   `options.version`, else 2.2.
 */
import { DEFAULT_ENC_KEY_REF, REDACTED_KEY_EXPRESSION, type EncKeyRef } from '../config/enc-key';
import {
  completeState,
  holdsKeyMaterial,
  type BuilderState,
  type ConfigArguments,
} from '../config/state';
import type { Diagnostic } from '../mindspore/diagnostic';
import { dottedName, evaluate, fromHex, utf8Length } from '../python/evaluate';
import { pyClassName } from '../python/repr';
import {
  ExpressionParser,
  isPythonKeyword,
  type Argument,
  type Expr,
  type Span,
} from '../python/parse';
import { isTagged, type PyValue } from '../python/py-value';
import { tokenize, type Comment, type PySyntaxError, type Token } from '../python/tokenize';
import {
  DEFAULT_VERSION,
  isMindSporeVersion,
  positionalParameters,
  type MindSporeVersion,
} from '../versions';
import type { ImportNote, ImportOptions } from './import-result';

/** A `CheckpointConfig(...)` or `ModelCheckpoint(...)` call found in pasted Python. */
export interface PythonCall {
  /** Which class the call builds. */
  target: 'CheckpointConfig' | 'ModelCheckpoint';
  /** The callee as written: `CheckpointConfig`, `ms.train.CheckpointConfig`, an import alias … */
  callee: string;
  args: Argument[];
  /** The variable the call is assigned to (`config_ck = CheckpointConfig(...)`), if any. */
  assignedTo?: string;
  span: Span;
}

interface Assignment {
  target: string;
  /** Index of the value's first token. */
  valueIndex: number;
  offset: number;
}

/** Pasted Python reduced to what the importer reads. */
export interface ParsedPython {
  source: string;
  calls: PythonCall[];
  comments: Comment[];
  /** The version a comment such as `# mindspore 2.5` names, if any. */
  versionMarker?: { version: MindSporeVersion; line: number };
  /** Evaluates the value last assigned to `name` before `offset`, as a parsed expression. */
  assignedExpr(name: string, offset: number): Expr | undefined;
}

/** Module paths under which MindSpore exports the two classes (`ms.train.CheckpointConfig` …). */
const MODULE_PARTS = new Set(['mindspore', 'ms', 'train', 'callback', '_checkpoint']);
const TARGETS = ['CheckpointConfig', 'ModelCheckpoint'] as const;
const VERSION_MARKER = /\bmindspore\b[\s=:_-]*(?:version\s*)?v?(2\.[2-7])(?![\d])/i;

/**
 * Finds the CheckpointConfig and ModelCheckpoint calls in pasted Python and parses their
 * arguments; throws `PySyntaxError` for text Python could not read.
 * `parsePython('CheckpointConfig(1, 5)').calls[0].args.length === 2`.
 */
export function parsePython(source: string): ParsedPython {
  const { tokens, comments } = tokenize(stripPrompts(source));
  const aliases = importAliases(tokens);
  const calls: PythonCall[] = [];
  const assignments: Assignment[] = [];
  const deferred: PySyntaxError[] = [];

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (isStatementStart(tokens, index)) {
      const assignment = simpleAssignment(tokens, index);
      if (assignment !== undefined) assignments.push(assignment);
    }
    if (token.type !== 'name') continue;
    const previous = tokens[index - 1];
    if (previous?.type === 'op' && previous.text === '.') continue;
    if (previous?.type === 'name' && ['def', 'class', 'import', 'as'].includes(previous.text)) {
      continue;
    }
    const parts: string[] = [token.text];
    let end = index + 1;
    while (isOp(tokens[end], '.') && tokens[end + 1]?.type === 'name') {
      parts.push((tokens[end + 1] as Token).text);
      end += 2;
    }
    if (!isOp(tokens[end], '(')) continue;
    const target = classify(parts, aliases);
    if (target === undefined) continue;
    const parser = new ExpressionParser(tokens, source, end + 1);
    const args = parser.parseArguments();
    deferred.push(...parser.deferred);
    const last = tokens[parser.position - 1] as Token;
    const call: PythonCall = {
      target,
      callee: parts.join('.'),
      args,
      span: { start: token.start, end: last.end, line: token.line, column: token.column },
    };
    const assignment = assignments[assignments.length - 1];
    if (assignment !== undefined && assignment.valueIndex === index) {
      call.assignedTo = assignment.target;
    }
    calls.push(call);
  }

  const [firstDeferred] = deferred;
  if (firstDeferred !== undefined) throw firstDeferred;

  const parsed: ParsedPython = {
    source,
    calls,
    comments,
    assignedExpr(name, offset) {
      const candidates = assignments.filter((a) => a.target === name && a.offset < offset);
      const latest = candidates[candidates.length - 1];
      if (latest === undefined) return undefined;
      try {
        return new ExpressionParser(tokens, source, latest.valueIndex).parseExpressionList();
      } catch {
        return undefined;
      }
    },
  };
  for (const comment of comments) {
    const match = VERSION_MARKER.exec(comment.text);
    if (match !== null && isMindSporeVersion(match[1])) {
      parsed.versionMarker = { version: match[1], line: comment.line };
      break;
    }
  }
  return parsed;
}

/** Replaces interactive prompts (`>>> `, `... `) by spaces, so that a REPL transcript reads. */
function stripPrompts(source: string): string {
  const firstLine = source.split(/\r\n?|\n/).find((line) => line.trim() !== '') ?? '';
  if (!/^\s*>>>( |$)/.test(firstLine)) return source;
  return source.replace(
    /^(\s*)(>>>|\.\.\.)( |$)/gm,
    (_all, indent: string, prompt: string, space: string) =>
      `${indent}${' '.repeat(prompt.length + space.length)}`,
  );
}

function isOp(token: Token | undefined, text: string): boolean {
  return token !== undefined && token.type === 'op' && token.text === text;
}

function isStatementStart(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous === undefined || previous.type === 'newline' || isOp(previous, ';');
}

/**
 * `NAME(.NAME)* =` or `NAME(.NAME)*: annotation =` at a statement start: the target and where its
 * value starts.
 */
function simpleAssignment(tokens: Token[], index: number): Assignment | undefined {
  const first = tokens[index];
  if (first?.type !== 'name' || isPythonKeyword(first.text)) return undefined;
  const parts = [first.text];
  let at = index + 1;
  while (isOp(tokens[at], '.') && tokens[at + 1]?.type === 'name') {
    parts.push((tokens[at + 1] as Token).text);
    at += 2;
  }
  if (isOp(tokens[at], ':')) {
    // An annotation: skip to the "=" of the same statement (brackets are balanced by tokenize).
    let depth = 0;
    for (at += 1; at < tokens.length; at += 1) {
      const token = tokens[at] as Token;
      if (token.type === 'newline' || token.type === 'end' || (depth === 0 && isOp(token, ';'))) {
        return undefined;
      }
      if (token.type === 'op' && '([{'.includes(token.text)) depth += 1;
      if (token.type === 'op' && ')]}'.includes(token.text)) depth -= 1;
      if (depth === 0 && isOp(token, '=')) break;
    }
  }
  if (!isOp(tokens[at], '=')) return undefined;
  const value = tokens[at + 1];
  if (value === undefined) return undefined;
  return { target: parts.join('.'), valueIndex: at + 1, offset: value.start };
}

/** `from mindspore.train import CheckpointConfig as CC` makes `CC(...)` a CheckpointConfig call. */
function importAliases(tokens: Token[]): Map<string, PythonCall['target']> {
  const aliases = new Map<string, PythonCall['target']>();
  for (let index = 0; index + 2 < tokens.length; index += 1) {
    const [name, as, alias] = [tokens[index], tokens[index + 1], tokens[index + 2]] as Token[];
    const target = TARGETS.find((t) => t === name?.text);
    if (target !== undefined && as?.type === 'name' && as.text === 'as' && alias?.type === 'name') {
      aliases.set(alias.text, target);
    }
  }
  return aliases;
}

function classify(
  parts: string[],
  aliases: Map<string, PythonCall['target']>,
): PythonCall['target'] | undefined {
  const last = parts[parts.length - 1] as string;
  if (parts.length === 1 && aliases.has(last)) return aliases.get(last);
  const target = TARGETS.find((t) => t === last);
  if (target === undefined) return undefined;
  return parts.slice(0, -1).every((part) => MODULE_PARTS.has(part)) ? target : undefined;
}

// ------------------------------------------------------------------------------------------------
// From calls to a state

const CALLBACK_PARAMETERS = ['prefix', 'directory', 'config'] as const;

/** What reading pasted Python produced before MindSpore's own checks run. */
export interface PythonImport {
  state: BuilderState;
  notes: ImportNote[];
  /** Errors Python raises before MindSpore's checks (binding TypeErrors, Unsupported constructs). */
  configErrors: Diagnostic[];
  /** Errors raised when ModelCheckpoint's arguments are bound, after CheckpointConfig ran. */
  callbackErrors: Diagnostic[];
  /** ModelCheckpoint's own E27 (config of the wrong type), raised after its prefix/directory checks. */
  configTypeError?: Diagnostic;
}

type Bound = Map<string, { value: Expr; positional: boolean; span: Span }>;

function bindArguments(
  className: string,
  parameters: readonly string[],
  call: PythonCall,
  acceptsKwargs: boolean,
): { bound: Bound; extra: Bound } | Diagnostic {
  const bound: Bound = new Map();
  const extra: Bound = new Map();
  const unpacking = call.args.find((a) => a.kind === 'star' || a.kind === 'double-star');
  if (unpacking !== undefined) {
    return {
      kind: 'Unsupported',
      message: `${className}(${unpacking.kind === 'star' ? '*' : '**'}…) unpacks arguments the builder cannot see; write them out as keyword arguments.`,
      reason: {
        id: 'star-unpacking',
        values: { callee: className, star: unpacking.kind === 'star' ? '*' : '**' },
      },
      line: unpacking.line,
      column: unpacking.column,
    };
  }
  const positional = call.args.filter((a) => a.kind === 'positional');
  positional.slice(0, parameters.length).forEach((argument, position) => {
    bound.set(parameters[position] as string, {
      value: argument.value,
      positional: true,
      span: argument,
    });
  });
  for (const argument of call.args) {
    if (argument.kind !== 'keyword') continue;
    if (argument.name === 'self') {
      // The new instance is bound to self first: a keyword self is a second value for it.
      return {
        kind: 'TypeError',
        field: 'self',
        message: `${className}.__init__() got multiple values for argument 'self'`,
        line: argument.line,
        column: argument.column,
      };
    }
    if (parameters.includes(argument.name)) {
      if (bound.has(argument.name)) {
        return {
          kind: 'TypeError',
          field: argument.name,
          message: `${className}.__init__() got multiple values for argument '${argument.name}'`,
          line: argument.line,
          column: argument.column,
        };
      }
      bound.set(argument.name, { value: argument.value, positional: false, span: argument });
    } else if (acceptsKwargs) {
      extra.set(argument.name, { value: argument.value, positional: false, span: argument });
    } else {
      return {
        kind: 'TypeError',
        field: argument.name,
        message: `${className}.__init__() got an unexpected keyword argument '${argument.name}'`,
        line: argument.line,
        column: argument.column,
      };
    }
  }
  if (positional.length > parameters.length) {
    const extraArgument = positional[parameters.length] as Argument;
    return {
      kind: 'TypeError',
      message: `${className}.__init__() takes from 1 to ${parameters.length + 1} positional arguments but ${positional.length + 1} were given`,
      line: extraArgument.line,
      column: extraArgument.column,
    };
  }
  return { bound, extra };
}

interface EncKeyReading {
  value: PyValue | EncKeyRef;
  notes: ImportNote[];
}

function envName(expr: Expr, parsed: ParsedPython): string | undefined {
  if (expr.kind === 'subscript') {
    const base = dottedName(expr.object);
    if ((base === 'os.environ' || base === 'environ') && expr.index.kind === 'str') {
      return expr.index.value;
    }
  }
  if (expr.kind === 'call') {
    const callee = dottedName(expr.func);
    const [first] = expr.args;
    if (
      (callee === 'os.environ.get' ||
        callee === 'os.getenv' ||
        callee === 'getenv' ||
        callee === 'environ.get') &&
      first?.kind === 'positional' &&
      first.value.kind === 'str'
    ) {
      return first.value.value;
    }
  }
  if (expr.kind === 'name') {
    const assigned = parsed.assignedExpr(expr.name, expr.start);
    return assigned === undefined ? undefined : envName(assigned, parsed);
  }
  return undefined;
}

/** "# 24-byte key …" on the line of a key's expression or the line above: 24. */
function statedKeyLength(comments: readonly Comment[], line: number): number | undefined {
  for (const comment of comments) {
    if (comment.line !== line && comment.line !== line - 1) continue;
    const match = /\b([1-9][0-9]{0,5})-byte key\b/.exec(comment.text);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  return undefined;
}

function keyRef(partial: Partial<EncKeyRef>): EncKeyRef {
  return { ...DEFAULT_ENC_KEY_REF, ...partial };
}

/** Reads `enc_key=…` into a key reference; key material is dropped (docs/adr/0003). */
function readEncKey(expr: Expr, parsed: ParsedPython, depth = 0): EncKeyReading {
  const line = expr.line;
  const dropped = (length: number, type: EncKeyRef['type']): EncKeyReading => {
    return {
      value: keyRef({ length, type }),
      notes: [
        {
          id: 'enc-key-literal-dropped',
          ...(type === 'bytes' ? {} : { variant: 'typed' }),
          field: 'enc_key',
          line,
          params: { length, type, env: DEFAULT_ENC_KEY_REF.name },
          message: `The key written in the code (${length} bytes, ${type}) was dropped: the builder never keeps key material, since the state ends up in links, exports and local storage. It now reads a ${type === 'bytes' ? '' : `${type} `}key of the same length from the environment variable ${DEFAULT_ENC_KEY_REF.name} at run time.`,
        },
      ],
    };
  };
  const assumedLength = (ref: EncKeyRef): EncKeyReading => {
    // The builder's own export says the length in a comment above the argument ("# 24-byte key,
    // read at run time …"): read back, it needs no assumption.
    const stated = statedKeyLength(parsed.comments, line);
    if (stated !== undefined) return { value: { ...ref, length: stated }, notes: [] };
    return lengthAssumed(ref);
  };
  const lengthAssumed = (ref: EncKeyRef): EncKeyReading => ({
    value: ref,
    notes: [
      {
        id: 'enc-key-length-assumed',
        ...(ref.source === 'file'
          ? { variant: 'file' }
          : ref.type === 'str'
            ? { variant: 'str' }
            : {}),
        field: 'enc_key',
        line,
        params: { name: ref.name, length: ref.length },
        message: `The key comes from ${ref.source === 'file' ? `the file ${ref.name}` : `the environment variable ${ref.name}${ref.type === 'str' ? ' (a str)' : ''}`}; its length cannot be known from the code, so the builder assumes ${ref.length} bytes (AES-GCM accepts 16, 24 or 32). Change it if your key is longer.`,
      },
    ],
  });

  if (expr.kind === 'const' && expr.value === null) return { value: null, notes: [] };
  if (expr.kind === 'str' && !expr.formatted) {
    if (expr.bytes) return dropped(expr.value.length, 'bytes');
    return dropped(utf8Length(expr.value), 'str');
  }
  const env = envName(expr, parsed);
  if (env !== undefined) {
    // os.environ[...] is a str: MindSpore rejects it (E14) as it would the script's key.
    return assumedLength(keyRef({ source: 'env', name: env, type: 'str' }));
  }
  if ((expr.kind === 'name' || expr.kind === 'attribute') && depth < 4) {
    const name = dottedName(expr) as string;
    const assigned = parsed.assignedExpr(name, expr.start);
    if (assigned !== undefined) return readEncKey(assigned, parsed, depth + 1);
    return { value: { $py: 'name', name }, notes: [] };
  }
  if (expr.kind === 'call') {
    const callee = dottedName(expr.func);
    const args = expr.args;
    const first = args[0];
    const firstValue = first?.kind === 'positional' ? first.value : undefined;
    if (callee === 'bytes.fromhex' || callee === 'bytearray.fromhex') {
      const type = callee === 'bytes.fromhex' ? 'bytes' : 'bytearray';
      if (firstValue?.kind === 'str' && !firstValue.bytes && !firstValue.formatted) {
        const hex = fromHex(firstValue.value);
        if (hex !== undefined) return dropped(hex.length / 2, type);
      }
      if (firstValue !== undefined) {
        const name = envName(firstValue, parsed);
        if (name !== undefined) {
          return assumedLength(keyRef({ source: 'env', name, type }));
        }
      }
    }
    if (
      (callee === 'bytearray' || callee === 'bytes') &&
      firstValue?.kind === 'str' &&
      firstValue.bytes
    ) {
      const type = callee;
      return dropped(firstValue.value.length, type);
    }
    if (
      (callee === 'os.urandom' || callee === 'urandom' || callee === 'secrets.token_bytes') &&
      firstValue?.kind === 'int'
    ) {
      const length = Number(firstValue.value);
      return {
        value: keyRef({ length, type: 'bytes' }),
        notes: [
          {
            id: 'enc-key-random-replaced',
            field: 'enc_key',
            line,
            params: { callee, length, env: DEFAULT_ENC_KEY_REF.name },
            message: `${callee}(${length}) makes a new random key at every run, so files saved by one run cannot be decrypted by the next. The builder reads a ${length}-byte key from the environment variable ${DEFAULT_ENC_KEY_REF.name} instead.`,
          },
        ],
      };
    }
    // 'literal'.encode(): the literal's UTF-8 bytes.
    if (
      expr.func.kind === 'attribute' &&
      expr.func.attr === 'encode' &&
      expr.func.object.kind === 'str' &&
      !expr.func.object.bytes &&
      !expr.func.object.formatted &&
      (args.length === 0 ||
        (args.length === 1 &&
          /^['"]utf-?8['"]$/i.test(
            parsed.source.slice(firstValue?.start ?? 0, firstValue?.end ?? 0),
          )))
    ) {
      return dropped(utf8Length(expr.func.object.value), 'bytes');
    }
    // os.environ['K'].encode() and friends: bytes from the environment.
    if (expr.func.kind === 'attribute' && expr.func.attr === 'encode') {
      const name = envName(expr.func.object, parsed);
      if (name !== undefined) {
        return assumedLength(keyRef({ source: 'env', name, type: 'bytes' }));
      }
    }
    // open('key.bin', 'rb').read() / Path('key.bin').read_bytes(): bytes from a file.
    // open('key.bin', 'rb').read(), Path('key.bin').read_text(), bytearray(…): a file's key.
    const file = keyFile(expr);
    if (file !== undefined) {
      return assumedLength(keyRef({ source: 'file', name: file.name, type: file.type }));
    }
  }
  const value = evaluate(expr, parsed.source);
  if (isTagged(value) && (value.$py === 'bytes' || value.$py === 'bytearray')) {
    return dropped(value.hex.length / 2, value.$py);
  }
  if (typeof value === 'string') return dropped(utf8Length(value), 'str');
  // Source text may spell the key out ('ab' + 'cd', f-strings, byte values in a list): never
  // keep it.
  if (holdsKeyMaterial(value)) return redactedKey(line);
  return { value, notes: [] };
}

function redactedKey(line: number): EncKeyReading {
  return {
    value: { $py: 'expr', source: REDACTED_KEY_EXPRESSION },
    notes: [
      {
        id: 'enc-key-expression-dropped',
        field: 'enc_key',
        line,
        message:
          "The expression given as enc_key was not kept: it may spell out the key, and the builder never keeps key material, since the state ends up in links and exports. Choose where the script reads the key (an environment variable or a file) in the form's enc_key field.",
      },
    ],
  };
}

export { REDACTED_KEY_EXPRESSION };

/**
 * A key read from a file: `open(p, 'rb').read()` and `Path(p).read_bytes()` give bytes,
 * `open(p).read()` (text mode) and `Path(p).read_text()` a str, and `bytearray(…)` of bytes read
 * from a file a bytearray.
 */
function keyFile(
  expr: Extract<Expr, { kind: 'call' }>,
): { name: string; type: EncKeyRef['type'] } | undefined {
  const callee = dottedName(expr.func);
  const [only, ...more] = expr.args;
  if (
    (callee === 'bytearray' || callee === 'bytes') &&
    only?.kind === 'positional' &&
    more.length === 0
  ) {
    const inner = only.value.kind === 'call' ? keyFile(only.value) : undefined;
    return inner?.type === 'bytes' ? { name: inner.name, type: callee } : undefined;
  }
  if (expr.func.kind !== 'attribute' || expr.args.length > 0) return undefined;
  const opener = expr.func.object;
  if (opener.kind !== 'call') return undefined;
  const openerName = dottedName(opener.func);
  const first = opener.args[0];
  if (first?.kind !== 'positional' || first.value.kind !== 'str' || first.value.bytes)
    return undefined;
  const name = first.value.value;
  if (expr.func.attr === 'read' && openerName === 'open') {
    const mode = openMode(opener.args.slice(1));
    if (mode === undefined) return undefined;
    return { name, type: mode.includes('b') ? 'bytes' : 'str' };
  }
  if (openerName === 'Path' || openerName === 'pathlib.Path') {
    if (expr.func.attr === 'read_bytes') return { name, type: 'bytes' };
    if (expr.func.attr === 'read_text') return { name, type: 'str' };
  }
  return undefined;
}

/** open()'s mode: its second positional or `mode=` argument, 'r' when absent; undefined when not a literal. */
function openMode(rest: readonly Argument[]): string | undefined {
  const given = rest.find(
    (argument, index) =>
      (argument.kind === 'positional' && index === 0) ||
      (argument.kind === 'keyword' && argument.name === 'mode'),
  );
  if (given === undefined) return 'r';
  if (given.kind !== 'positional' && given.kind !== 'keyword') return undefined;
  const value = given.value;
  return value.kind === 'str' && !value.bytes && !value.formatted ? value.value : undefined;
}

function readArgument(name: string, expr: Expr, parsed: ParsedPython): PyValue {
  if (name === 'saved_network') {
    if (expr.kind === 'const' && expr.value === null) return null;
    const dotted = dottedName(expr);
    // A bare name or attribute is read as a Cell variable (core-api.md); a str stays a str.
    if (dotted !== undefined) return dotted;
    if (expr.kind === 'str' && !expr.bytes && !expr.formatted)
      return { $py: 'str', value: expr.value };
  }
  return evaluate(expr, parsed.source);
}

function callLabel(call: PythonCall): string {
  return `${call.callee}(...) on line ${call.span.line}`;
}

/**
 * Reads pasted Python into a state plus the errors Python itself raises before MindSpore's checks;
 * throws `PySyntaxError` for unreadable text. Returns undefined-free results or an error list.
 */
export function readPython(
  source: string,
  options: ImportOptions = {},
): PythonImport | { errors: Diagnostic[] } {
  const parsed = parsePython(source);
  const notes: ImportNote[] = [];
  let version: MindSporeVersion = options.version ?? DEFAULT_VERSION;
  if (parsed.versionMarker !== undefined) {
    version = parsed.versionMarker.version;
    if (options.version !== undefined && options.version !== version) {
      notes.push({
        id: 'version-from-comment',
        variant: 'instead',
        line: parsed.versionMarker.line,
        params: { version, given: options.version },
        message: `A comment names MindSpore ${version}; the import uses it rather than ${options.version}.`,
      });
    } else {
      notes.push({
        id: 'version-from-comment',
        line: parsed.versionMarker.line,
        params: { version },
        message: `A comment names MindSpore ${version}; the import uses that version.`,
      });
    }
  }

  const configCalls = parsed.calls.filter((call) => call.target === 'CheckpointConfig');
  const callbackCalls = parsed.calls.filter((call) => call.target === 'ModelCheckpoint');
  if (configCalls.length === 0 && callbackCalls.length === 0) {
    return {
      errors: [
        {
          kind: 'Unsupported',
          message:
            'No CheckpointConfig(...) or ModelCheckpoint(...) call was found. Paste Python code that calls CheckpointConfig(...) (and, if you like, ModelCheckpoint(...)), the builder\'s own JSON, or a MindFormers YAML "callbacks:" block with a CheckpointMonitor entry.',
          reason: { id: 'no-call-found', values: {} },
        },
      ],
    };
  }

  const callback = callbackCalls[0];
  if (callbackCalls.length > 1 && callback !== undefined) {
    notes.push({
      id: 'several-model-checkpoints',
      line: callback.span.line,
      params: { count: callbackCalls.length, callee: callback.callee, line: callback.span.line },
      message: `The text has ${callbackCalls.length} ModelCheckpoint calls; the import reads the first, ${callLabel(callback)}.`,
    });
  }

  const callbackErrors: Diagnostic[] = [];
  let configTypeError: Diagnostic | undefined;
  let chosenConfig: PythonCall | undefined;
  let configFromCallback = false;
  const callbackArguments: { prefix?: PyValue; directory?: PyValue } = {};

  if (callback !== undefined) {
    const binding = bindArguments('ModelCheckpoint', CALLBACK_PARAMETERS, callback, false);
    if ('kind' in binding) {
      callbackErrors.push(binding);
    } else {
      for (const name of ['prefix', 'directory'] as const) {
        const argument = binding.bound.get(name);
        if (argument !== undefined) callbackArguments[name] = evaluate(argument.value, source);
      }
      const config = binding.bound.get('config');
      if (config !== undefined) {
        const resolved = resolveConfig(config.value, parsed, configCalls);
        if ('call' in resolved) {
          chosenConfig = resolved.call;
          configFromCallback = resolved.call !== undefined;
          if (resolved.note !== undefined) notes.push(resolved.note);
        } else if ('error' in resolved) {
          if (resolved.error.kind === 'TypeError') configTypeError = resolved.error;
          else return { errors: [resolved.error] };
        }
      }
    }
  }

  if (configTypeError !== undefined) {
    // ModelCheckpoint gets no CheckpointConfig; one built earlier in the text still runs first.
    chosenConfig = configCalls.find((call) => call.span.start < (callback?.span.start ?? 0));
  } else if (chosenConfig === undefined) {
    chosenConfig = configCalls[0];
    if (chosenConfig !== undefined && callback !== undefined && callbackErrors.length === 0) {
      notes.push({
        id: 'config-not-passed',
        line: callback.span.line,
        params: {
          callback: callback.callee,
          callbackLine: callback.span.line,
          config: chosenConfig.callee,
          configLine: chosenConfig.span.line,
        },
        message: `${callLabel(callback)} is not given config=, so MindSpore would use CheckpointConfig(); the import reads ${callLabel(chosenConfig)} as the configuration you meant.`,
      });
    }
  }
  if (!configFromCallback && configCalls.length > 1 && chosenConfig !== undefined) {
    notes.push({
      id: 'several-checkpoint-configs',
      line: chosenConfig.span.line,
      params: {
        count: configCalls.length,
        lines: configCalls.map((c) => c.span.line).join(', '),
        callee: chosenConfig.callee,
        line: chosenConfig.span.line,
      },
      message: `The text has ${configCalls.length} CheckpointConfig calls (lines ${configCalls.map((c) => c.span.line).join(', ')}); the import reads ${callLabel(chosenConfig)}.`,
    });
  }

  const config: ConfigArguments = {};
  const configErrors: Diagnostic[] = [];
  if (chosenConfig !== undefined) {
    const parameters = positionalParameters(version).map((p) => p.name);
    const binding = bindArguments('CheckpointConfig', parameters, chosenConfig, true);
    if ('kind' in binding) {
      configErrors.push(binding);
    } else {
      for (const [name, argument] of [...binding.bound, ...binding.extra]) {
        if (name === 'enc_key') {
          const reading = readEncKey(argument.value, parsed);
          config[name] = reading.value;
          notes.push(...reading.notes);
        } else {
          config[name] = readArgument(name, argument.value, parsed);
        }
      }
      const positional = chosenConfig.args.filter((a) => a.kind === 'positional');
      if (positional.length >= 2) {
        const second = positional[1] as Argument;
        notes.push({
          id: 'positional-second-is-seconds',
          ...(positional.length >= 3 ? { variant: 'third' } : {}),
          field: 'save_checkpoint_seconds',
          line: second.line,
          params: { value: parsed.source.slice(second.start, second.end).trim() },
          message: `CheckpointConfig's second positional argument is save_checkpoint_seconds, not keep_checkpoint_max: ${parsed.source.slice(second.start, second.end).trim()} was read as seconds${positional.length >= 3 ? ', and the third as keep_checkpoint_max' : ''}.`,
        });
      }
    }
  }

  const state = completeState(
    { mindspore_version: version, config, callback: callbackArguments },
    version,
  );
  const result: PythonImport = { state, notes, configErrors, callbackErrors };
  if (configTypeError !== undefined) result.configTypeError = configTypeError;
  return result;
}

type ConfigResolution = { call: PythonCall | undefined; note?: ImportNote } | { error: Diagnostic };

/** What `config=` of ModelCheckpoint refers to. */
function resolveConfig(
  expr: Expr,
  parsed: ParsedPython,
  configCalls: PythonCall[],
  depth = 0,
): ConfigResolution {
  if (expr.kind === 'const' && expr.value === null) return { call: undefined };
  if (expr.kind === 'call') {
    const call = configCalls.find((c) => c.span.start === expr.start);
    if (call !== undefined) return { call };
  }
  const name = dottedName(expr);
  if (name !== undefined) {
    const assignedCalls = configCalls.filter(
      (c) => c.assignedTo === name && c.span.start < expr.start,
    );
    const assignedCall = assignedCalls[assignedCalls.length - 1];
    const assigned = parsed.assignedExpr(name, expr.start);
    if (
      assignedCall !== undefined &&
      (assigned === undefined || assigned.start <= assignedCall.span.start)
    ) {
      return { call: assignedCall };
    }
    if (assigned !== undefined && depth < 4)
      return resolveConfig(assigned, parsed, configCalls, depth + 1);
    if (configCalls.length === 1) {
      const call = configCalls[0] as PythonCall;
      return {
        call,
        note: {
          id: 'config-assumed',
          field: 'config',
          line: expr.line,
          params: { name, callee: call.callee, line: call.span.line },
          message: `config=${name} is not assigned in the text; the import assumes it is ${callLabel(call)}.`,
        },
      };
    }
    return {
      error: {
        kind: 'Unsupported',
        field: 'config',
        line: expr.line,
        column: expr.column,
        message: `ModelCheckpoint's config=${name} is not assigned a CheckpointConfig(...) in the text, so the builder cannot tell what it is. Paste the CheckpointConfig(...) call too.`,
        reason: { id: 'config-not-assigned', values: { name } },
      },
    };
  }
  const value = evaluate(expr, parsed.source);
  if (isTagged(value) && (value.$py === 'name' || value.$py === 'expr')) {
    return {
      error: {
        kind: 'Unsupported',
        field: 'config',
        line: expr.line,
        column: expr.column,
        message: `ModelCheckpoint's config=${parsed.source.slice(expr.start, expr.end)} is an expression the builder cannot evaluate; pass a CheckpointConfig(...) call or a variable assigned one.`,
        reason: {
          id: 'config-not-evaluable',
          values: { expression: parsed.source.slice(expr.start, expr.end) },
        },
      },
    };
  }
  return {
    error: {
      kind: 'TypeError',
      field: 'config',
      code: 'E27',
      line: expr.line,
      column: expr.column,
      message: `For 'ModelCheckpoint', the type of argument 'config' should be 'CheckpointConfig', but got ${pyClassName(value)}.`,
    },
  };
}

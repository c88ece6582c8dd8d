import type { ImportProblem, ImportProblemId } from '../mindspore/diagnostic';
import type { PyValue } from '../python/py-value';
import { pyFloatRepr } from '../python/repr';

/**
 * A small reader for the YAML subset MindFormers configs use: block mappings and sequences, plain
 * and quoted scalars, comments, and flow lists and maps. Scalars resolve as PyYAML's SafeLoader
 * (YAML 1.1) resolves them, since that is what MindFormers reads with: `True`/`yes` are booleans,
 * `~`/`null` are None, `None` is the *string* 'None', `1e3` is a string and `1.0e+3` a float.
 * A repeated key keeps its first position and takes the last value, as PyYAML does.
 * No dependency: the page loads this on first paste, and the subset is small.
 */

export type YamlNode =
  | { kind: 'map'; entries: YamlEntry[]; line: number }
  | { kind: 'seq'; items: YamlNode[]; line: number }
  | { kind: 'scalar'; value: PyValue; text: string; quoted: boolean; line: number };

export interface YamlEntry {
  key: string;
  /** A quoted key is always a str; a plain one resolves like a plain scalar (`1:` is an int). */
  keyQuoted: boolean;
  value: YamlNode;
  line: number;
}

/**
 * An unreadable document: the message says why, `line` and `column` (1-based) where, and `reason`
 * which of the builder's sentences the message is (with its values, `line` among them).
 */
export class YamlSyntaxError extends Error {
  readonly reason: ImportProblem;
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    id: ImportProblemId,
    values: Record<string, string | number> = {},
  ) {
    super(message);
    this.reason = { id, values: line > 0 ? { line, ...values } : values };
    this.name = 'YamlSyntaxError';
  }
}

interface Line {
  indent: number;
  text: string;
  number: number;
}

/** Reads a YAML document: `readYaml('a: 1').kind === 'map'`; throws YamlSyntaxError. */
export function readYaml(source: string): YamlNode | null {
  const lines: Line[] = [];
  source.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const number = index + 1;
    if (/^\t/.test(raw) || /^ *\t/.test(raw)) {
      throw new YamlSyntaxError(
        `line ${number}: tabs cannot indent YAML; use spaces`,
        number,
        1,
        'yaml-tab-indent',
      );
    }
    const text = stripComment(raw, number).trimEnd();
    if (text.trim() === '') return;
    if (/^(---|\.\.\.)(\s|$)/.test(text)) {
      if (text.trim().length > 3) {
        throw new YamlSyntaxError(
          `line ${number}: content after a document marker`,
          number,
          1,
          'yaml-after-marker',
        );
      }
      return;
    }
    if (/^%/.test(text)) return;
    const indent = text.length - text.trimStart().length;
    lines.push({ indent, text: text.trimStart(), number });
  });
  if (lines.length === 0) return null;
  const reader = new BlockReader(lines);
  const first = lines[0] as Line;
  const node = reader.block(first.indent);
  const rest = reader.peek();
  if (rest !== undefined) {
    throw new YamlSyntaxError(
      `line ${rest.number}: unexpected indentation or content after the document`,
      rest.number,
      rest.indent + 1,
      'yaml-after-document',
    );
  }
  return node;
}

/** The line without its comment: a `#` at the start or after a space, outside quotes. */
function stripComment(raw: string, number: number): string {
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (quote !== null) {
      if (quote === '"' && char === '\\') i++;
      else if (char === quote) {
        if (quote === "'" && raw[i + 1] === "'") i++;
        else quote = null;
      }
      continue;
    }
    if (char === '#' && (i === 0 || /\s/.test(raw[i - 1] ?? ''))) return raw.slice(0, i);
    if ((char === '"' || char === "'") && (i === 0 || /[\s:[{,-]/.test(raw[i - 1] ?? ''))) {
      quote = char;
    }
  }
  if (quote !== null) {
    throw new YamlSyntaxError(
      `line ${number}: a quoted string is not closed on its line (multi-line strings are not supported)`,
      number,
      1,
      'yaml-multiline-quote',
    );
  }
  return raw;
}

/** Deeper nesting than any config needs; the guard keeps a hostile paste from overflowing the stack. */
const MAX_DEPTH = 100;

class BlockReader {
  private index = 0;
  private depth = 0;
  constructor(private readonly lines: Line[]) {}

  peek(): Line | undefined {
    return this.lines[this.index];
  }

  /** The block node whose lines start at exactly `indent`. */
  block(indent: number): YamlNode {
    const line = this.peek();
    if (line === undefined)
      throw new YamlSyntaxError('unexpected end of the document', 0, 1, 'yaml-end');
    if (line.indent !== indent) {
      throw new YamlSyntaxError(
        `line ${line.number}: unexpected indentation`,
        line.number,
        line.indent + 1,
        'yaml-indentation',
      );
    }
    if (++this.depth > MAX_DEPTH) {
      throw new YamlSyntaxError(
        `line ${line.number}: nested more than ${MAX_DEPTH} levels deep`,
        line.number,
        line.indent + 1,
        'yaml-too-deep',
        { depth: MAX_DEPTH },
      );
    }
    try {
      if (isSequenceItem(line.text)) return this.sequence(indent);
      if (splitKey(line.text, line.number) !== null) return this.mapping(indent);
      this.index++;
      return parseInline(line.text, line.number);
    } finally {
      this.depth--;
    }
  }

  private sequence(indent: number): YamlNode {
    const first = this.peek() as Line;
    const items: YamlNode[] = [];
    for (let line = this.peek(); line !== undefined && line.indent === indent; line = this.peek()) {
      if (!isSequenceItem(line.text)) break;
      const rest = line.text.slice(1).replace(/^ +/, '');
      const restIndent = indent + (line.text.length - rest.length);
      if (rest === '') {
        this.index++;
        const next = this.peek();
        if (next !== undefined && next.indent > indent) items.push(this.block(next.indent));
        else items.push(scalar(null, '', false, line.number));
        continue;
      }
      // "- key: value" opens a mapping whose other keys sit under the first key.
      this.lines[this.index] = { indent: restIndent, text: rest, number: line.number };
      items.push(this.block(restIndent));
    }
    return { kind: 'seq', items, line: first.number };
  }

  private mapping(indent: number): YamlNode {
    const first = this.peek() as Line;
    const entries: YamlEntry[] = [];
    for (let line = this.peek(); line !== undefined && line.indent === indent; line = this.peek()) {
      if (isSequenceItem(line.text)) break;
      const split = splitKey(line.text, line.number);
      if (split === null) {
        throw new YamlSyntaxError(
          `line ${line.number}: expected "key: value" in this mapping`,
          line.number,
          line.indent + 1,
          'yaml-expected-key',
        );
      }
      const [key, rest, keyQuoted] = split;
      this.index++;
      let value: YamlNode;
      if (rest !== '') value = parseInline(rest, line.number);
      else {
        const next = this.peek();
        if (next !== undefined && next.indent > indent) value = this.block(next.indent);
        else if (next !== undefined && next.indent === indent && isSequenceItem(next.text)) {
          value = this.sequence(indent);
        } else value = scalar(null, '', false, line.number);
      }
      entries.push({ key, keyQuoted, value, line: line.number });
    }
    return { kind: 'map', entries, line: first.number };
  }
}

function isSequenceItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** `key: rest` → [key, rest, quoted]; null when the line is not a mapping entry. */
function splitKey(text: string, number: number): [string, string, boolean] | null {
  if (text.startsWith('"') || text.startsWith("'")) {
    const end = quotedEnd(text, 0);
    if (end < 0) return null;
    const after = text.slice(end);
    const match = /^\s*:(?:\s+|$)(.*)$/.exec(after);
    if (match === null) return null;
    return [parseQuoted(text.slice(0, end), number), match[1] ?? '', true];
  }
  if (text.startsWith('[') || text.startsWith('{')) return null;
  // The first ": " (or a final ":") ends the key; found without backtracking on long lines.
  const colon = /:(?:\s|$)/.exec(text);
  if (colon === null) return null;
  const key = text.slice(0, colon.index).trimEnd();
  if (key === '') return null;
  return [key, text.slice(colon.index + 1).trimStart(), false];
}

function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

function scalar(value: PyValue, text: string, quoted: boolean, line: number): YamlNode {
  return { kind: 'scalar', value, text, quoted, line };
}

/** A value on one line: a flow collection, a quoted or a plain scalar. */
function parseInline(text: string, number: number): YamlNode {
  const trimmed = text.trim();
  if (/^[&*!|>]/.test(trimmed)) {
    throw new YamlSyntaxError(
      `line ${number}: anchors, aliases, tags and block scalars (${trimmed[0] ?? ''}) are not supported`,
      number,
      1,
      'yaml-unsupported-syntax',
      { char: trimmed[0] ?? '' },
    );
  }
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const flow = new FlowReader(trimmed, number);
    const node = flow.value();
    flow.end();
    return node;
  }
  if (trimmed.startsWith('"') || trimmed.startsWith("'")) {
    const end = quotedEnd(trimmed, 0);
    if (end !== trimmed.length) {
      throw new YamlSyntaxError(
        `line ${number}: unexpected text after a quoted string`,
        number,
        1,
        'yaml-text-after-quote',
      );
    }
    return scalar(parseQuoted(trimmed, number), trimmed, true, number);
  }
  return scalar(resolvePlain(trimmed, number), trimmed, false, number);
}

class FlowReader {
  private at = 0;
  private depth = 0;
  constructor(
    private readonly text: string,
    private readonly number: number,
  ) {}

  private fail(what: string, id: ImportProblemId, values: Record<string, number> = {}): never {
    throw new YamlSyntaxError(`line ${this.number}: ${what}`, this.number, 1, id, values);
  }

  private skip(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] ?? '')) this.at++;
  }

  end(): void {
    this.skip();
    if (this.at < this.text.length)
      this.fail('unexpected text after the flow collection', 'yaml-text-after-flow');
  }

  value(): YamlNode {
    this.skip();
    const char = this.text[this.at];
    if (char === '[' || char === '{') {
      if (++this.depth > MAX_DEPTH)
        this.fail(`nested more than ${MAX_DEPTH} levels deep`, 'yaml-too-deep', {
          depth: MAX_DEPTH,
        });
      try {
        return char === '[' ? this.list() : this.map();
      } finally {
        this.depth--;
      }
    }
    if (char === '"' || char === "'") {
      const end = quotedEnd(this.text, this.at);
      if (end < 0) this.fail('unclosed quoted string', 'yaml-unclosed-quote');
      const raw = this.text.slice(this.at, end);
      this.at = end;
      return scalar(parseQuoted(raw, this.number), raw, true, this.number);
    }
    const plain = /[^,[\]{}]*/y;
    plain.lastIndex = this.at;
    let raw = plain.exec(this.text)?.[0] ?? '';
    // In a flow map, "key: value" ends the plain key at the colon.
    const colon = /:(\s|$)/.exec(raw);
    if (colon !== null) raw = raw.slice(0, colon.index);
    this.at += raw.length;
    return scalar(resolvePlain(raw.trim(), this.number), raw.trim(), false, this.number);
  }

  private list(): YamlNode {
    this.at++;
    const items: YamlNode[] = [];
    for (;;) {
      this.skip();
      if (this.text[this.at] === ']') {
        this.at++;
        return { kind: 'seq', items, line: this.number };
      }
      items.push(this.value());
      this.skip();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== ']')
        this.fail('expected "," or "]"', 'yaml-expected-list-end');
    }
  }

  private map(): YamlNode {
    this.at++;
    const entries: YamlEntry[] = [];
    for (;;) {
      this.skip();
      if (this.text[this.at] === '}') {
        this.at++;
        return { kind: 'map', entries, line: this.number };
      }
      const key = this.value();
      if (key.kind !== 'scalar') this.fail('a flow map key must be a scalar', 'yaml-flow-key');
      this.skip();
      let value: YamlNode = scalar(null, '', false, this.number);
      if (this.text[this.at] === ':') {
        this.at++;
        this.skip();
        if (this.text[this.at] !== ',' && this.text[this.at] !== '}') value = this.value();
      }
      const name = key.quoted ? String(key.value) : key.text;
      entries.push({ key: name, keyQuoted: key.quoted, value, line: this.number });
      this.skip();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== '}')
        this.fail('expected "," or "}"', 'yaml-expected-map-end');
    }
  }
}

const DOUBLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

function parseQuoted(raw: string, number: number): string {
  const body = raw.slice(1, -1);
  if (raw.startsWith("'")) return body.replace(/''/g, "'");
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = body[i + 1] ?? '';
    const width = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (width > 0) {
      const hex = body.slice(i + 2, i + 2 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) {
        throw new YamlSyntaxError(
          `line ${number}: bad escape \\${next}${hex}`,
          number,
          1,
          'yaml-bad-escape',
          { escape: `\\${next}${hex}` },
        );
      }
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) {
        throw new YamlSyntaxError(
          `line ${number}: \\${next}${hex} is not a Unicode character`,
          number,
          1,
          'yaml-not-unicode',
          { escape: `\\${next}${hex}` },
        );
      }
      out += String.fromCodePoint(code);
      i += 1 + width;
      continue;
    }
    const escaped = DOUBLE_ESCAPES[next];
    if (escaped === undefined) {
      throw new YamlSyntaxError(
        `line ${number}: unknown escape \\${next}`,
        number,
        1,
        'yaml-unknown-escape',
        { escape: `\\${next}` },
      );
    }
    out += escaped;
    i++;
  }
  return out;
}

const NULLS = /^(?:~|null|Null|NULL|)$/;
const TRUES = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSES = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
// PyYAML's YAML 1.1 resolvers (resolver.py): a leading sign is allowed before a digit but not
// before a bare `.5`, and `1:30` is base 60 (90), as in `190:20:30`.
const FLOAT = /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?)$/;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/;
const SEXAGESIMAL_INT = /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const TIMESTAMP =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$/;

/**
 * A plain scalar as PyYAML's SafeLoader resolves it: `resolvePlain('None') === 'None'`. `line`
 * names the line in the error for the scalars SafeLoader cannot construct (`=`, `<<`).
 */
export function resolvePlain(text: string, line = 0): PyValue {
  if (NULLS.test(text)) return null;
  if (TRUES.test(text)) return true;
  if (FALSES.test(text)) return false;
  const int = resolveInt(text);
  if (int !== undefined) return int;
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) {
    return { $py: 'float', value: text.startsWith('-') ? '-inf' : 'inf' };
  }
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return { $py: 'float', value: 'nan' };
  if (FLOAT.test(text)) return pyFloat(Number(text.replace(/_/g, '')));
  if (SEXAGESIMAL_FLOAT.test(text)) return pyFloat(baseSixtyFloat(text));
  // A date or a time: a datetime object, whose value the builder does not model.
  const date = DATE.exec(text);
  if (date !== null) {
    const [, year, month, day] = date.map((part) => String(Number(part)));
    return { $py: 'expr', source: `datetime.date(${year}, ${month}, ${day})` };
  }
  if (TIMESTAMP.test(text)) {
    return { $py: 'expr', source: `datetime.datetime.fromisoformat('${text}')` };
  }
  if (text === '=' || text === '<<') {
    const tag = text === '=' ? 'value' : 'merge';
    throw new YamlSyntaxError(
      `line ${line}: could not determine a constructor for the tag 'tag:yaml.org,2002:${tag}' (PyYAML reads a bare ${text} so; quote it to mean the text)`,
      line,
      1,
      'yaml-no-constructor',
      { tag, text },
    );
  }
  return text;
}

function pyFloat(number: number): PyValue {
  if (Number.isFinite(number) && !Number.isInteger(number)) return number;
  return { $py: 'float', value: pyFloatRepr(number) };
}

/** The parts of a base-60 scalar (`-1:30` → sign -1, ['1', '30']), as PyYAML's constructor splits it. */
function sixtyParts(text: string): { sign: 1 | -1; parts: string[] } {
  return {
    sign: text.startsWith('-') ? -1 : 1,
    parts: text.replace(/^[-+]/, '').replace(/_/g, '').split(':'),
  };
}

/** A base-60 float added up as PyYAML does, last part first, in floats (Python's rounding). */
function baseSixtyFloat(text: string): number {
  const { sign, parts } = sixtyParts(text);
  let value = 0;
  let base = 1;
  for (const part of parts.reverse()) {
    value += Number(part) * base;
    base *= 60;
  }
  return sign * value;
}

function baseSixtyInt(text: string): bigint {
  const { sign, parts } = sixtyParts(text);
  let value = 0n;
  for (const part of parts) value = value * 60n + BigInt(part);
  return sign < 0 ? -value : value;
}

function resolveInt(text: string): PyValue | undefined {
  let value: bigint;
  if (SEXAGESIMAL_INT.test(text)) {
    value = baseSixtyInt(text);
  } else {
    const match = /^([-+]?)(?:0b([01_]+)|0x([0-9a-fA-F_]+)|0([0-7_]+)|(0|[1-9][0-9_]*))$/.exec(
      text,
    );
    if (match === null) return undefined;
    const [, sign, binary, hex, octal, decimal] = match;
    const digits = (binary ?? hex ?? octal ?? decimal ?? '').replace(/_/g, '');
    if (digits === '') return undefined;
    const prefix =
      binary !== undefined ? '0b' : hex !== undefined ? '0x' : octal !== undefined ? '0o' : '';
    value = BigInt(`${prefix}${digits}`);
    if (sign === '-') value = -value;
  }
  const asNumber = Number(value);
  if (Number.isSafeInteger(asNumber)) return asNumber;
  return { $py: 'int', value: value.toString() };
}

/** A node as the Python value yaml.safe_load gives: `yamlToPyValue(readYaml('[1, a]')!)` is `[1, 'a']`. */
export function yamlToPyValue(node: YamlNode): PyValue {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(yamlToPyValue);
  const keys = node.entries.map((item) =>
    item.keyQuoted ? item.key : resolvePlain(item.key, item.line),
  );
  // A key like `1:` is an int in PyYAML; a dict with non-str keys needs the tagged form.
  if (keys.every((key) => typeof key === 'string')) {
    // fromEntries defines own properties, so even a `__proto__` key stays a key.
    return Object.fromEntries(node.entries.map((item) => [item.key, yamlToPyValue(item.value)]));
  }
  return {
    $py: 'dict',
    entries: node.entries.map((item, index) => [
      keys[index] ?? item.key,
      yamlToPyValue(item.value),
    ]),
  };
}

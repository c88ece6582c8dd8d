import type { ImportProblem } from '../mindspore/diagnostic';
/**
 * A tokenizer for the Python that users paste: enough of Python's lexical rules to read literals,
 * names, calls and their arguments exactly, and to reject what CPython's tokenizer rejects
 * (unterminated strings, unbalanced brackets) with CPython 3.10+'s wording. It does not track
 * indentation: the importer only looks at expressions, never at blocks.
 */

export type TokenType = 'name' | 'number' | 'string' | 'op' | 'newline' | 'error' | 'end';

export interface Token {
  type: TokenType;
  /** The token's source text (for a string: the whole literal, prefix and quotes included). */
  text: string;
  /** Offsets into the source, end exclusive. */
  start: number;
  end: number;
  /** 1-based line and column of the token's first character. */
  line: number;
  column: number;
  /** For strings: the decoded value (code points for str, bytes 0–255 for bytes). */
  string?: StringLiteral;
}

export interface StringLiteral {
  bytes: boolean;
  /** f-strings cannot be evaluated by the builder; they are kept as expressions. */
  formatted: boolean;
  /** The decoded text; for bytes, each character is one byte (code 0–255). */
  value: string;
}

export interface Comment {
  text: string;
  line: number;
}

export interface TokenizeResult {
  tokens: Token[];
  comments: Comment[];
}

/** A Python SyntaxError found while reading text, with its 1-based position. */
export class PySyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    /** "Unsupported" for valid Python the builder cannot read (a \N{...} escape). */
    readonly kind: 'SyntaxError' | 'Unsupported' = 'SyntaxError',
    /** The builder's own sentence, for what it cannot read (Python's own messages have none). */
    readonly reason?: ImportProblem,
  ) {
    super(message);
    this.name = 'PySyntaxError';
  }
}

const OPERATORS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '->',
  ':=',
  '**',
  '//',
  '==',
  '!=',
  '<=',
  '>=',
  '<<',
  '>>',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '@=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '@',
  '&',
  '|',
  '^',
  '~',
  '<',
  '>',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  ';',
  '=',
];

const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const OPERATORS_BY_FIRST = new Map<string, string[]>();
for (const op of OPERATORS) {
  const first = op[0] as string;
  OPERATORS_BY_FIRST.set(first, [...(OPERATORS_BY_FIRST.get(first) ?? []), op]);
}

/** Characters that may begin a string literal: a quote or a prefix letter. */
const STRING_START = new Set(['"', "'", 'r', 'R', 'b', 'B', 'u', 'U', 'f', 'F']);

const ASCII_NAME_CONTINUE: boolean[] = Array.from({ length: 128 }, (_, code) =>
  /[A-Za-z0-9_]/.test(String.fromCharCode(code)),
);

function isNameStart(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return ASCII_NAME_CONTINUE[code] === true && !(code >= 48 && code <= 57);
  return NAME_START.test(char);
}

const NAME_START = /[\p{ID_Start}_]/u;
const NAME_CONTINUE = /[\p{ID_Continue}_]/u;
const STRING_PREFIX = /^(?:[rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])$/;

/**
 * Splits Python source into tokens; throws `PySyntaxError` for text CPython's tokenizer rejects.
 * `tokenize('f(1)').tokens.map((t) => t.text)` → `['f', '(', '1', ')', '']`.
 */
export function tokenize(source: string): TokenizeResult {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  const brackets: Token[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;

  const column = (offset: number): number => offset - lineStart + 1;
  const push = (type: TokenType, start: number, end: number, extra: Partial<Token> = {}): Token => {
    const token: Token = {
      type,
      text: source.slice(start, end),
      start,
      end,
      line,
      column: column(start),
      ...extra,
    };
    tokens.push(token);
    return token;
  };
  const newline = (offset: number): void => {
    line += 1;
    lineStart = offset;
  };

  while (index < source.length) {
    const char = source[index] as string;
    if (char === ' ' || char === '\t' || char === '\f') {
      index += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      const end = char === '\r' && source[index + 1] === '\n' ? index + 2 : index + 1;
      if (brackets.length === 0) {
        const last = tokens[tokens.length - 1];
        if (last !== undefined && last.type !== 'newline') push('newline', index, index);
      }
      index = end;
      newline(index);
      continue;
    }
    if (char === '#') {
      const lineFeed = source.indexOf('\n', index);
      let end = lineFeed < 0 ? source.length : lineFeed;
      const carriage = source.slice(index, end).indexOf('\r');
      if (carriage >= 0) end = index + carriage;
      comments.push({ text: source.slice(index + 1, end), line });
      index = end;
      continue;
    }
    if (char === '\\') {
      const next = source[index + 1];
      if (next === '\n' || next === '\r') {
        index += next === '\r' && source[index + 2] === '\n' ? 3 : 2;
        newline(index);
        continue;
      }
      if (next === undefined) {
        throw new PySyntaxError('unexpected EOF while parsing', line, column(index));
      }
      throw new PySyntaxError(
        'unexpected character after line continuation character',
        line,
        column(index) + 1,
      );
    }

    // A string, possibly with a prefix.
    const prefixMatch = STRING_START.has(char)
      ? /^[a-zA-Z]{0,2}(?=['"])/.exec(source.slice(index, index + 3))
      : null;
    if (prefixMatch !== null && (prefixMatch[0] === '' || STRING_PREFIX.test(prefixMatch[0]))) {
      const start = index;
      const startLine = line;
      const startColumn = column(index);
      const prefix = prefixMatch[0].toLowerCase();
      index += prefixMatch[0].length;
      const quote = source[index] as string;
      const triple = source.startsWith(quote.repeat(3), index);
      const delimiter = triple ? quote.repeat(3) : quote;
      index += delimiter.length;
      const bodyStart = index;
      let bodyEnd = -1;
      while (index < source.length) {
        const c = source[index] as string;
        if (c === '\\') {
          const escaped = source[index + 1];
          if (escaped === '\r' && source[index + 2] === '\n') {
            index += 3;
            newline(index);
          } else if (escaped === '\n' || escaped === '\r') {
            index += 2;
            newline(index);
          } else {
            index += 2;
          }
          continue;
        }
        if (c === '\n' || c === '\r') {
          if (!triple) break;
          index += c === '\r' && source[index + 1] === '\n' ? 2 : 1;
          newline(index);
          continue;
        }
        if (source.startsWith(delimiter, index)) {
          bodyEnd = index;
          index += delimiter.length;
          break;
        }
        index += 1;
      }
      if (bodyEnd < 0) {
        // A final newline belongs to the line it ends: CPython does not count a line after it.
        const detected =
          triple && index >= source.length && /[\r\n]$/.test(source) ? line - 1 : line;
        const message = triple
          ? `unterminated triple-quoted string literal (detected at line ${detected})`
          : `unterminated string literal (detected at line ${detected})`;
        throw new PySyntaxError(message, startLine, startColumn);
      }
      const body = source.slice(bodyStart, bodyEnd);
      const bytes = prefix.includes('b');
      const raw = prefix.includes('r');
      const formatted = prefix.includes('f');
      const value = decodeStringBody(body, { bytes, raw }, startLine, startColumn);
      tokens.push({
        type: 'string',
        text: source.slice(start, index),
        start,
        end: index,
        line: startLine,
        column: startColumn,
        string: { bytes, formatted, value },
      });
      continue;
    }

    const full =
      char.charCodeAt(0) < 0x80 ? char : String.fromCodePoint(source.codePointAt(index) ?? 0);
    if (isNameStart(full)) {
      const start = index;
      index += full.length;
      while (index < source.length) {
        const code = source.charCodeAt(index);
        if (code < 0x80) {
          if (!ASCII_NAME_CONTINUE[code]) break;
          index += 1;
          continue;
        }
        const c = String.fromCodePoint(source.codePointAt(index) ?? 0);
        if (!NAME_CONTINUE.test(c)) break;
        index += c.length;
      }
      push('name', start, index);
      continue;
    }

    if (/[0-9]/.test(char) || (char === '.' && /[0-9]/.test(source[index + 1] ?? ''))) {
      const start = index;
      const end = scanNumber(source, index, line, column(index));
      index = end;
      push('number', start, end);
      continue;
    }

    const operator = OPERATORS_BY_FIRST.get(char)?.find((op) => source.startsWith(op, index));
    if (operator !== undefined) {
      const token = push('op', index, index + operator.length);
      index += operator.length;
      if (operator === '(' || operator === '[' || operator === '{') {
        // CPython's tokenizer stops at 200 open brackets (MAXLEVEL).
        if (brackets.length >= 200) {
          throw new PySyntaxError('too many nested parentheses', token.line, token.column);
        }
        brackets.push(token);
      }
      const opening = CLOSING[operator];
      if (opening !== undefined) {
        const open = brackets.pop();
        if (open === undefined) {
          throw new PySyntaxError(`unmatched '${operator}'`, token.line, token.column);
        }
        if (open.text !== opening) {
          const sameLine = open.line === token.line ? '' : ` on line ${open.line}`;
          throw new PySyntaxError(
            `closing parenthesis '${operator}' does not match opening parenthesis '${open.text}'${sameLine}`,
            token.line,
            token.column,
          );
        }
      }
      continue;
    }

    // Anything else ('$', '?', '!', a typographic quote …) is left for the parser to reject if it
    // sits where the importer reads; elsewhere in the snippet it does not matter.
    push('error', index, index + full.length);
    index += full.length;
  }

  const unclosed = brackets[brackets.length - 1];
  if (unclosed !== undefined) {
    throw new PySyntaxError(`'${unclosed.text}' was never closed`, unclosed.line, unclosed.column);
  }
  const last = tokens[tokens.length - 1];
  if (last !== undefined && last.type !== 'newline') push('newline', index, index);
  push('end', index, index);
  return { tokens, comments };
}

/** CPython's message for a character that cannot start a token. */
export function invalidCharacter(text: string): string {
  const codePoint = text.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 'invalid syntax';
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return `invalid character '${String.fromCodePoint(codePoint)}' (U+${hex})`;
}

const NUMBER_PATTERNS = [
  /0[xX](?:_?[0-9a-fA-F])+/y,
  /0[oO](?:_?[0-7])+/y,
  /0[bB](?:_?[01])+/y,
  // Floats: digits '.' digits? exponent? | '.' digits exponent? | digits exponent
  /(?:[0-9](?:_?[0-9])*)?\.(?:[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?/y,
  /[0-9](?:_?[0-9])*(?:[eE][+-]?[0-9](?:_?[0-9])*)[jJ]?/y,
  /[0-9](?:_?[0-9])*[jJ]?/y,
];

function scanNumber(source: string, start: number, line: number, column: number): number {
  for (const pattern of NUMBER_PATTERNS) {
    // Sticky patterns match at `start` without copying the rest of the text.
    pattern.lastIndex = start;
    const match = pattern.exec(source);
    if (match === null || match[0] === '.' || match[0] === '') continue;
    const text = match[0];
    const end = start + text.length;
    const after = source[end] ?? '';
    if (/^[0-9]+$/.test(text.replace(/_/g, '')) && /^0+[1-9]/.test(text.replace(/_/g, ''))) {
      throw new PySyntaxError(
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        line,
        column,
      );
    }
    if (after === '_' || NAME_CONTINUE.test(after)) {
      const kind = /^0[xX]/.test(text)
        ? 'hexadecimal'
        : /^0[oO]/.test(text)
          ? 'octal'
          : /^0[bB]/.test(text)
            ? 'binary'
            : 'decimal';
      throw new PySyntaxError(`invalid ${kind} literal`, line, column);
    }
    return end;
  }
  throw new PySyntaxError('invalid syntax', line, column);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

function decodeStringBody(
  body: string,
  kind: { bytes: boolean; raw: boolean },
  line: number,
  column: number,
): string {
  if (kind.bytes) {
    for (const c of body) {
      if ((c.codePointAt(0) ?? 0) > 0x7f) {
        throw new PySyntaxError('bytes can only contain ASCII literal characters', line, column);
      }
    }
  }
  if (kind.raw) return body.replace(/\r\n?/g, '\n');
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (c === '\r') {
      out += '\n';
      i += body[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (c !== '\\') {
      out += c;
      i += 1;
      continue;
    }
    const e = body[i + 1] ?? '';
    if (e === '\n') {
      i += 2;
      continue;
    }
    if (e === '\r') {
      i += body[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (/[0-7]/.test(e)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i + 1))?.[0] ?? e;
      const code = parseInt(digits, 8);
      if (kind.bytes) out += String.fromCharCode(code & 0xff);
      else out += String.fromCodePoint(code);
      i += 1 + digits.length;
      continue;
    }
    const width = e === 'x' ? 2 : !kind.bytes && e === 'u' ? 4 : !kind.bytes && e === 'U' ? 8 : 0;
    if (width > 0) {
      const digits = body.slice(i + 2, i + 2 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(digits)) {
        const name = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        throw new PySyntaxError(
          `(${kind.bytes ? 'value' : 'unicode'} error) '${kind.bytes ? 'bytes' : 'unicodeescape'}' codec can't decode bytes: truncated ${name} escape`,
          line,
          column,
        );
      }
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) {
        throw new PySyntaxError(
          "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character",
          line,
          column,
        );
      }
      out += String.fromCodePoint(code);
      i += 2 + width;
      continue;
    }
    if (!kind.bytes && e === 'N') {
      // Named escapes need Unicode's name table; the builder cannot decode them.
      throw new PySyntaxError(
        'The builder cannot read \\N{...} escapes; write the character itself.',
        line,
        column,
        'Unsupported',
        { id: 'python-named-escape', values: {} },
      );
    }
    // Unknown escapes keep their backslash (Python warns, it does not fail).
    out += c;
    i += 1;
  }
  return out;
}

import type { ExportFormat } from '../../core/index';

export type TokenKind = 'comment' | 'string' | 'number' | 'keyword' | 'key';

/** A slice of the text; `kind` absent for plain text. Concatenated, the slices are the text. */
export interface Token {
  text: string;
  kind?: TokenKind;
}

// One alternation per format; group order = kind. Every branch is linear (no nested
// quantifiers), so a long pasted line cannot make it backtrack.
const STRING = String.raw`[bfru]{0,2}'(?:[^'\\\n]|\\.)*'?|[bfru]{0,2}"(?:[^"\\\n]|\\.)*"?`;
const NUMBER = String.raw`\b\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?\b`;
const PATTERNS: Record<ExportFormat, { re: RegExp; kinds: TokenKind[] }> = {
  python: {
    re: new RegExp(
      `(#.*)|(${STRING})|(${NUMBER})|\\b(None|True|False|from|import|def|return|if|else|for|in|and|or|not|lambda)\\b`,
      'g',
    ),
    kinds: ['comment', 'string', 'number', 'keyword'],
  },
  typescript: {
    re: new RegExp(
      `(//.*|/\\*[^]*?\\*/)|(${STRING}|\`[^\`]*\`?)|(${NUMBER})|\\b(null|true|false|undefined|const|let|export|import|from|type|interface|as|new)\\b`,
      'g',
    ),
    kinds: ['comment', 'string', 'number', 'keyword'],
  },
  json: {
    re: new RegExp(
      `("(?:[^"\\\\\\n]|\\\\.)*"(?=\\s*:))|(${STRING})|(-?${NUMBER})|\\b(null|true|false)\\b`,
      'g',
    ),
    kinds: ['key', 'string', 'number', 'keyword'],
  },
  yaml: {
    re: new RegExp(
      `((?:^|(?<=\\s))#.*)|(${STRING})|(${NUMBER})|\\b(null|true|false|True|False|None)\\b|([\\w.-]+(?=:(?:\\s|$)))`,
      'gm',
    ),
    kinds: ['comment', 'string', 'number', 'keyword', 'key'],
  },
};

/** Splits exported text into coloured slices: `tokenize("x = 1", 'python')` → x =, 1 (number). */
export function tokenize(text: string, format: ExportFormat): Token[] {
  const { re, kinds } = PATTERNS[format];
  const tokens: Token[] = [];
  let at = 0;
  for (const match of text.matchAll(re)) {
    if (match[0] === '') continue;
    if (match.index > at) tokens.push({ text: text.slice(at, match.index) });
    const group = match.findIndex((part, i) => i > 0 && part !== undefined);
    tokens.push({ text: match[0], kind: kinds[group - 1] ?? 'keyword' });
    at = match.index + match[0].length;
  }
  if (at < text.length) tokens.push({ text: text.slice(at) });
  return tokens;
}

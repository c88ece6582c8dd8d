import { isPythonKeyword } from './names';
import { invalidCharacter, PySyntaxError, type Token } from './tokenize';

/**
 * An expression parser for the Python subset users paste around `CheckpointConfig(...)`. It
 * builds a small syntax tree for what the builder can evaluate (literals, containers, names,
 * attributes, calls, subscripts, unary and binary arithmetic) and keeps everything else as
 * `other` with its source text. It follows Python's grammar closely enough to reject what CPython
 * rejects inside a call's argument list, with CPython 3.10+'s messages.
 */

export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
}

export type Expr =
  | ({ kind: 'int'; value: bigint } & Span)
  | ({ kind: 'float'; value: number } & Span)
  | ({ kind: 'str'; value: string; bytes: boolean; formatted: boolean } & Span)
  | ({ kind: 'const'; value: boolean | null } & Span)
  | ({ kind: 'name'; name: string } & Span)
  | ({ kind: 'attribute'; object: Expr; attr: string } & Span)
  | ({ kind: 'call'; func: Expr; args: Argument[] } & Span)
  | ({ kind: 'subscript'; object: Expr; index: Expr } & Span)
  | ({ kind: 'list' | 'tuple' | 'set'; items: Expr[] } & Span)
  | ({ kind: 'dict'; entries: [Expr, Expr][]; unpacks: boolean } & Span)
  | ({ kind: 'unary'; op: string; operand: Expr } & Span)
  | ({ kind: 'binary'; op: string; left: Expr; right: Expr } & Span)
  | ({ kind: 'starred'; value: Expr } & Span)
  /** Anything else (lambda, comparison, comprehension, f-string, complex literal …). */
  | ({ kind: 'other' } & Span);

export type Argument =
  | ({ kind: 'positional'; value: Expr } & Span)
  | ({ kind: 'keyword'; name: string; value: Expr } & Span)
  | ({ kind: 'star'; value: Expr } & Span)
  | ({ kind: 'double-star'; value: Expr } & Span);

export { isPythonKeyword };

const OPENING: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** A recursive-descent parser over `tokenize`'s tokens; throws `PySyntaxError`. */
export class ExpressionParser {
  /** SyntaxErrors CPython raises only after the whole text has parsed (repeated keywords). */
  readonly deferred: PySyntaxError[] = [];

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
    public position = 0,
  ) {}

  peek(offset = 0): Token {
    const token = this.tokens[Math.min(this.position + offset, this.tokens.length - 1)];
    if (token === undefined) throw new PySyntaxError('unexpected EOF while parsing', 1, 1);
    return token;
  }

  private next(): Token {
    const token = this.peek();
    if (this.position < this.tokens.length - 1) this.position += 1;
    return token;
  }

  private isOp(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.type === 'op' && token.text === text;
  }

  private isName(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.type === 'name' && token.text === text;
  }

  private expectOp(text: string): Token {
    if (!this.isOp(text)) this.fail(this.peek());
    return this.next();
  }

  fail(token: Token, message?: string): never {
    if (message !== undefined) throw new PySyntaxError(message, token.line, token.column);
    if (token.type === 'error') {
      throw new PySyntaxError(invalidCharacter(token.text), token.line, token.column);
    }
    if (token.type === 'end' || token.type === 'newline') {
      throw new PySyntaxError('invalid syntax', token.line, token.column);
    }
    throw new PySyntaxError('invalid syntax', token.line, token.column);
  }

  private span(start: Token, endOffset?: number): Span {
    const previous = this.tokens[this.position - 1];
    return {
      start: start.start,
      end: endOffset ?? previous?.end ?? start.end,
      line: start.line,
      column: start.column,
    };
  }

  private other(start: Token): Expr {
    return { kind: 'other', ...this.span(start) };
  }

  /** The source text of a node: `sourceOf(expr)`. */
  sourceOf(span: Span): string {
    return this.source.slice(span.start, span.end);
  }

  /** expression: lambda | disjunction ['if' disjunction 'else' expression] */
  parseExpression(): Expr {
    const start = this.peek();
    if (this.isName('lambda')) {
      this.next();
      this.skipUntil((token) => token.type === 'op' && token.text === ':');
      this.expectOp(':');
      this.parseExpression();
      return this.other(start);
    }
    const body = this.parseDisjunction();
    if (this.isName('if')) {
      this.next();
      this.parseDisjunction();
      if (!this.isName('else')) this.fail(this.peek(), "expected 'else' after 'if' expression");
      this.next();
      this.parseExpression();
      return this.other(start);
    }
    return body;
  }

  /** A bare tuple (`1, 2`) or a single expression, as on the right of an assignment. */
  parseExpressionList(): Expr {
    const start = this.peek();
    const first = this.parseStarOrNamed();
    if (!this.isOp(',')) return first;
    const items = [first];
    while (this.isOp(',')) {
      this.next();
      const token = this.peek();
      if (
        token.type === 'newline' ||
        token.type === 'end' ||
        (token.type === 'op' && token.text === ';')
      )
        break;
      items.push(this.parseStarOrNamed());
    }
    return { kind: 'tuple', items, ...this.span(start) };
  }

  /** namedExpression: NAME ':=' expression | expression */
  parseNamedExpression(): Expr {
    const start = this.peek();
    if (start.type === 'name' && this.isOp(':=', 1)) {
      this.next();
      this.next();
      this.parseExpression();
      return this.other(start);
    }
    return this.parseExpression();
  }

  private parseStarOrNamed(): Expr {
    const start = this.peek();
    if (this.isOp('*')) {
      this.next();
      const value = this.parseBitOr();
      return { kind: 'starred', value, ...this.span(start) };
    }
    return this.parseNamedExpression();
  }

  private parseDisjunction(): Expr {
    const start = this.peek();
    const first = this.parseConjunction();
    if (!this.isName('or')) return first;
    while (this.isName('or')) {
      this.next();
      this.parseConjunction();
    }
    return this.other(start);
  }

  private parseConjunction(): Expr {
    const start = this.peek();
    const first = this.parseInversion();
    if (!this.isName('and')) return first;
    while (this.isName('and')) {
      this.next();
      this.parseInversion();
    }
    return this.other(start);
  }

  private parseInversion(): Expr {
    const start = this.peek();
    if (this.isName('not')) {
      this.next();
      this.parseInversion();
      return this.other(start);
    }
    return this.parseComparison();
  }

  private parseComparison(): Expr {
    const start = this.peek();
    const first = this.parseBitOr();
    let compared = false;
    for (;;) {
      const token = this.peek();
      if (token.type === 'op' && ['<', '>', '==', '>=', '<=', '!='].includes(token.text)) {
        this.next();
      } else if (this.isName('in')) {
        this.next();
      } else if (this.isName('not') && this.isName('in', 1)) {
        this.next();
        this.next();
      } else if (this.isName('is')) {
        this.next();
        if (this.isName('not')) this.next();
      } else break;
      this.parseBitOr();
      compared = true;
    }
    return compared ? this.other(start) : first;
  }

  private parseBinary(operators: string[], operand: () => Expr): Expr {
    const start = this.peek();
    let left = operand();
    for (;;) {
      const token = this.peek();
      if (token.type !== 'op' || !operators.includes(token.text)) return left;
      this.next();
      const right = operand();
      left = { kind: 'binary', op: token.text, left, right, ...this.span(start) };
    }
  }

  private parseBitOr(): Expr {
    return this.parseBinary(['|'], () => this.parseXor());
  }

  private parseXor(): Expr {
    return this.parseBinary(['^'], () => this.parseBitAnd());
  }

  private parseBitAnd(): Expr {
    return this.parseBinary(['&'], () => this.parseShift());
  }

  private parseShift(): Expr {
    return this.parseBinary(['<<', '>>'], () => this.parseSum());
  }

  private parseSum(): Expr {
    return this.parseBinary(['+', '-'], () => this.parseTerm());
  }

  private parseTerm(): Expr {
    return this.parseBinary(['*', '/', '//', '%', '@'], () => this.parseFactor());
  }

  private parseFactor(): Expr {
    const start = this.peek();
    if (start.type === 'op' && ['+', '-', '~'].includes(start.text)) {
      this.next();
      const operand = this.parseFactor();
      return { kind: 'unary', op: start.text, operand, ...this.span(start) };
    }
    return this.parsePower();
  }

  private parsePower(): Expr {
    const start = this.peek();
    if (this.isName('await')) {
      this.next();
      this.parsePrimary();
      return this.other(start);
    }
    const base = this.parsePrimary();
    if (!this.isOp('**')) return base;
    this.next();
    const exponent = this.parseFactor();
    return { kind: 'binary', op: '**', left: base, right: exponent, ...this.span(start) };
  }

  private parsePrimary(): Expr {
    const start = this.peek();
    let expr = this.parseAtom();
    for (;;) {
      if (this.isOp('.')) {
        this.next();
        const name = this.peek();
        if (name.type !== 'name') this.fail(name);
        this.next();
        expr = { kind: 'attribute', object: expr, attr: name.text, ...this.span(start) };
      } else if (this.isOp('(')) {
        this.next();
        const args = this.parseArguments();
        expr = { kind: 'call', func: expr, args, ...this.span(start) };
      } else if (this.isOp('[')) {
        this.next();
        const index = this.parseSubscript();
        this.expectOp(']');
        expr = { kind: 'subscript', object: expr, index, ...this.span(start) };
      } else {
        return expr;
      }
    }
  }

  private parseSubscript(): Expr {
    const start = this.peek();
    const items: Expr[] = [];
    let slice = false;
    let comma = false;
    while (!this.isOp(']')) {
      if (this.isOp(':')) {
        slice = true;
        this.next();
        continue;
      }
      items.push(this.parseStarOrNamed());
      if (this.isOp(':')) continue;
      if (this.isOp(',')) {
        comma = true;
        this.next();
      } else if (!this.isOp(']')) {
        this.fail(this.peek());
      }
    }
    if (items.length === 0 && !slice) this.fail(this.peek());
    if (slice) return this.other(start);
    if (comma || items.length !== 1) return { kind: 'tuple', items, ...this.span(start) };
    return items[0] as Expr;
  }

  /** Parses a call's arguments after its `(` through its `)`, with Python's SyntaxErrors. */
  parseArguments(): Argument[] {
    const args: Argument[] = [];
    const seen = new Set<string>();
    let keywordSeen = false;
    let doubleStarSeen = false;
    let generator: Token | undefined;
    while (!this.isOp(')')) {
      const start = this.peek();
      let argument: Argument;
      if (this.isOp('*')) {
        this.next();
        const value = this.parseExpression();
        if (doubleStarSeen) {
          this.fail(start, 'iterable argument unpacking follows keyword argument unpacking');
        }
        argument = { kind: 'star', value, ...this.span(start) };
      } else if (this.isOp('**')) {
        this.next();
        const value = this.parseExpression();
        argument = { kind: 'double-star', value, ...this.span(start) };
        doubleStarSeen = true;
      } else if (start.type === 'name' && this.isOp('=', 1)) {
        if (isPythonKeyword(start.text)) {
          this.fail(
            start,
            start.text === 'True' || start.text === 'False' || start.text === 'None'
              ? `cannot assign to ${start.text}`
              : 'invalid syntax',
          );
        }
        this.next();
        this.next();
        const value = this.parseExpression();
        if (seen.has(start.text)) {
          // The compiler, not the parser, reports this: any parse error in the text comes first.
          this.deferred.push(
            new PySyntaxError(`keyword argument repeated: ${start.text}`, start.line, start.column),
          );
        }
        seen.add(start.text);
        argument = { kind: 'keyword', name: start.text, value, ...this.span(start) };
        keywordSeen = true;
      } else {
        let value = this.parseNamedExpression();
        if (this.isName('for') || (this.isName('async') && this.isName('for', 1))) {
          // A comprehension's clauses hold no bare comma: one ends the generator argument.
          this.skipUntil((t) => t.type === 'op' && (t.text === ',' || t.text === ')'));
          value = this.other(start);
          generator ??= start;
        }
        if (this.isOp('=')) {
          this.fail(start, 'expression cannot contain assignment, perhaps you meant "=="?');
        }
        if (doubleStarSeen) {
          this.fail(start, 'positional argument follows keyword argument unpacking');
        }
        if (keywordSeen) this.fail(start, 'positional argument follows keyword argument');
        argument = { kind: 'positional', value, ...this.span(start) };
      }
      args.push(argument);
      if (this.isOp(',')) {
        this.next();
      } else if (!this.isOp(')')) {
        const token = this.peek();
        if (token.type === 'op' || token.type === 'error') this.fail(token);
        this.fail(start, 'invalid syntax. Perhaps you forgot a comma?');
      }
    }
    if (generator !== undefined && args.length > 1) {
      this.fail(generator, 'Generator expression must be parenthesized');
    }
    this.expectOp(')');
    return args;
  }

  private parseAtom(): Expr {
    const token = this.peek();
    if (token.type === 'number') {
      this.next();
      return numberExpr(token);
    }
    if (token.type === 'string') return this.parseStrings();
    if (token.type === 'name') {
      if (token.text === 'True' || token.text === 'False' || token.text === 'None') {
        this.next();
        const value = token.text === 'None' ? null : token.text === 'True';
        return { kind: 'const', value, ...this.span(token) };
      }
      if (isPythonKeyword(token.text)) this.fail(token);
      this.next();
      return { kind: 'name', name: token.text, ...this.span(token) };
    }
    if (token.type === 'op') {
      if (token.text === '...') {
        this.next();
        return this.other(token);
      }
      const closer = OPENING[token.text];
      if (closer !== undefined) return this.parseDisplay(token, closer);
    }
    return this.fail(token);
  }

  private parseStrings(): Expr {
    const first = this.peek();
    let value = '';
    let formatted = false;
    const bytes = first.string?.bytes ?? false;
    while (this.peek().type === 'string') {
      const token = this.next();
      const literal = token.string;
      if (literal === undefined) this.fail(token);
      if (literal.bytes !== bytes) this.fail(first, 'cannot mix bytes and nonbytes literals');
      formatted ||= literal.formatted;
      value += literal.value;
    }
    return { kind: 'str', value, bytes, formatted, ...this.span(first) };
  }

  private parseDisplay(open: Token, closer: string): Expr {
    this.next();
    const items: Expr[] = [];
    const entries: [Expr, Expr][] = [];
    let comma = false;
    let isDict = false;
    let unpacks = false;
    while (!this.isOp(closer)) {
      const itemStart = this.peek();
      if (open.text === '{' && this.isOp('**')) {
        this.next();
        this.parseBitOr();
        isDict = true;
        unpacks = true;
      } else {
        const item = this.parseStarOrNamed();
        if (open.text === '{' && this.isOp(':') && (isDict || items.length === 0)) {
          this.next();
          const value = this.parseExpression();
          entries.push([item, value]);
          isDict = true;
        } else if (isDict) {
          this.fail(this.peek(), "':' expected after dictionary key");
        } else {
          items.push(item);
        }
      }
      if (this.isName('for') || (this.isName('async') && this.isName('for', 1))) {
        this.skipComprehension();
        this.expectOp(closer);
        return this.other(open);
      }
      if (this.isOp(',')) {
        comma = true;
        this.next();
      } else if (!this.isOp(closer)) {
        const token = this.peek();
        if (token.type === 'op' || token.type === 'error') this.fail(token);
        this.fail(itemStart, 'invalid syntax. Perhaps you forgot a comma?');
      }
    }
    this.expectOp(closer);
    const span = this.span(open);
    if (open.text === '(') {
      if (items.length === 1 && !comma) {
        const inner = items[0] as Expr;
        // A parenthesised expression keeps its value; its source gains the parentheses.
        return inner.kind === 'starred' ? this.fail(open) : inner;
      }
      return { kind: 'tuple', items, ...span };
    }
    if (open.text === '[') return { kind: 'list', items, ...span };
    if (isDict && items.length > 0) this.fail(open);
    if (isDict || items.length === 0) return { kind: 'dict', entries, unpacks, ...span };
    return { kind: 'set', items, ...span };
  }

  /** Skips a comprehension's `for … in … if …` clauses up to (not including) the closing bracket. */
  private skipComprehension(): void {
    this.skipUntil((token) => token.type === 'op' && [')', ']', '}'].includes(token.text));
  }

  /** Skips tokens at bracket depth 0 until `stop` matches one (not consumed). */
  private skipUntil(stop: (token: Token) => boolean): void {
    let depth = 0;
    for (;;) {
      const token = this.peek();
      if (token.type === 'end') this.fail(token);
      if (depth === 0 && stop(token)) return;
      if (depth === 0 && token.type === 'newline') this.fail(token);
      if (token.type === 'op' && OPENING[token.text] !== undefined) depth += 1;
      if (token.type === 'op' && [')', ']', '}'].includes(token.text)) depth -= 1;
      if (depth < 0) this.fail(token);
      this.next();
    }
  }
}

function numberExpr(token: Token): Expr {
  const span: Span = { start: token.start, end: token.end, line: token.line, column: token.column };
  const text = token.text.replace(/_/g, '');
  if (/[jJ]$/.test(text)) return { kind: 'other', ...span };
  if (/^0[xX]/.test(text)) return { kind: 'int', value: BigInt(text.toLowerCase()), ...span };
  if (/^0[oO]/.test(text)) return { kind: 'int', value: BigInt(`0o${text.slice(2)}`), ...span };
  if (/^0[bB]/.test(text)) return { kind: 'int', value: BigInt(`0b${text.slice(2)}`), ...span };
  if (/^[0-9]+$/.test(text)) return { kind: 'int', value: BigInt(text), ...span };
  return { kind: 'float', value: Number(text), ...span };
}

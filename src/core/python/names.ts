// No imports: the first load's checks (validate) read these, and the Python parser is not in it.
const KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

/** True for a name Python reserves: `isPythonKeyword('lambda') === true`. */
export function isPythonKeyword(name: string): boolean {
  return KEYWORDS.has(name);
}

/** A Python identifier that is not a keyword: may be written as `name=value`. */
export function isPythonKeywordName(name: string): boolean {
  return (
    /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name) && !isPythonKeyword(name)
  );
}

/** A variable or attribute path such as `net` or `model.backbone`: `isCellName('net')`. */
export function isCellName(text: string): boolean {
  return text.split('.').every(isPythonKeywordName);
}

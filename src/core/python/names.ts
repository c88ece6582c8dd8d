import { isPythonKeyword } from './parse';

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

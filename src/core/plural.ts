/**
 * English plurals inside one whole sentence, in the subset of ICU MessageFormat a sentence needs:
 * `{files, plural, one {# file is} other {# files are}}` picks the branch for the count `files`
 * (a number, or a number already formatted such as "1,000") by English plural rules, and `#`
 * stands for the count as given. Chinese sentences need no branches and do not use it.
 * Example: `selectPlurals('{n, plural, one {# file} other {# files}}', { n: 1 }) === '1 file'`.
 */
export function selectPlurals(
  template: string,
  params: Readonly<Record<string, string | number>>,
  show: (value: string | number) => string = String,
): string {
  let out = '';
  let at = 0;
  const start = /\{(\w+), plural,/g;
  for (let found = start.exec(template); found !== null; found = start.exec(template)) {
    const name = found[1] as string;
    const branches = new Map<string, string>();
    let i = found.index + found[0].length;
    for (;;) {
      while (template[i] === ' ') i++;
      if (template[i] === '}') break;
      const key = /^(=\d+|zero|one|two|few|many|other) ?\{/.exec(template.slice(i));
      if (key === null) throw new Error(`plural "${name}": expected a branch at ${i}: ${template}`);
      i += key[0].length;
      let depth = 1;
      const bodyStart = i;
      for (; i < template.length && depth > 0; i++) {
        if (template[i] === '{') depth++;
        else if (template[i] === '}') depth--;
      }
      if (depth > 0) throw new Error(`plural "${name}": unclosed branch: ${template}`);
      branches.set(key[1] as string, template.slice(bodyStart, i - 1));
    }
    const other = branches.get('other');
    if (other === undefined) throw new Error(`plural "${name}" has no "other" branch: ${template}`);
    const value = params[name];
    let body = other;
    if (value !== undefined) {
      const count = typeof value === 'number' ? value : Number(String(value).replace(/[,\s]/g, ''));
      body =
        branches.get(`=${count}`) ??
        (Number.isFinite(count) ? branches.get(PLURAL_RULES.select(count)) : undefined) ??
        other;
    }
    out +=
      template.slice(at, found.index) +
      body.replace(/#/g, value === undefined ? `{${name}}` : show(value));
    at = i + 1;
    start.lastIndex = at;
  }
  return out + template.slice(at);
}

const PLURAL_RULES = new Intl.PluralRules('en');

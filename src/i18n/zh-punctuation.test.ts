import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/**
 * Chinese sentences use full-width punctuation (,;:?!()) where the punctuation belongs to the
 * sentence; ASCII stays inside code, identifiers, numbers (1,000, 10:00), Python literals,
 * placeholders and parentheses that wrap only code. Every string literal of the app's sources
 * that holds a Chinese character is checked, wherever it is (the i18n dictionaries, the core's
 * warnings, policy sentences, presets and versions).
 */
const IDEOGRAPH = '\\u3400-\\u9fff';
// Chinese characters and full-width punctuation, but not the curly quotes that may wrap code.
const CHINESE = `[${IDEOGRAPH}\\u3000-\\u301f\\uff00-\\uffef]`;
const RULES: [string, RegExp][] = [
  ['ASCII , ; : ? ! touching Chinese', new RegExp(`${CHINESE}[,;:?!]|[,;:?!]${CHINESE}`, 'u')],
  [
    'ASCII ( ) touching Chinese inside or at the opening',
    new RegExp(`[${IDEOGRAPH}]\\(|\\([${IDEOGRAPH}]|[${IDEOGRAPH}]\\)`, 'u'),
  ],
  // "save_checkpoint_steps,save_checkpoint_seconds 被忽略": a Chinese comma between two names.
  // and "{trigger},{retention}。": one between two placeholders.
  ['ASCII , ; between two words with no space', /[A-Za-z_}][,;][A-Za-z_{]/],
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function chineseLiterals(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node) ||
        ts.isJsxText(node)) &&
      new RegExp(CHINESE, 'u').test(node.text)
    ) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const literals = sources('src').flatMap((file) =>
  chineseLiterals(file).map((text) => [file, text] as const),
);

describe('Chinese punctuation', () => {
  test('there are Chinese texts to check, in the dictionaries and in the core', () => {
    expect(literals.length).toBeGreaterThan(300);
    expect(literals.some(([file]) => file.includes('core/warnings/catalogue'))).toBe(true);
  });

  test.each(RULES)('no Chinese text has %s', (_rule, pattern) => {
    const offending = literals
      .filter(([, text]) => pattern.test(text))
      .map(([file, text]) => `${file}: ${text}`);
    expect(offending).toEqual([]);
  });

  test.each([
    ['由于设置了 save_checkpoint_steps,save_checkpoint_seconds 被忽略;', 0],
    ['由于设置了 save_checkpoint_steps,save_checkpoint_seconds 被忽略。', 2],
    ['MindSpore 版本(文本未注明时)', 1],
    ['识别为:{format}', 0],
    ['{trigger},{retention}。', 2],
  ] as const)('the rules catch %s', (text, rule) => {
    expect(RULES[rule]?.[1].test(text)).toBe(true);
  });

  test.each([
    '每 1,000 个 step 保存，10:00 开始',
    '调用 CheckpointConfig(...) 或 {callee}({length})',
    'MindFormers YAML “callbacks:” 配置块',
    '[{epoch_num: 0, step_num: 0}] 会被写入',
    "'tag:yaml.org,2002:{tag}' 无法确定",
  ])('code, numbers and literals keep ASCII: %s', (text) => {
    for (const [, pattern] of RULES) expect(pattern.test(text)).toBe(false);
  });
});

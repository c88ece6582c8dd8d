import { selectPlurals } from '../core/plural';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * One UI string in both languages, side by side, so that a missing translation is a type error.
 * Placeholders are `{name}`; each language writes its own whole sentence around them.
 */
export interface Message {
  en: string;
  zh: string;
}

/**
 * Whole sentences one after another, as each language writes them: English puts a space between
 * them, Chinese none (its full stop ends the sentence). `joinSentences('zh', '每一步保存。', '默认值：1。')`.
 */
export function joinSentences(language: Language, ...sentences: readonly string[]): string {
  return sentences.filter((sentence) => sentence !== '').join(language === 'zh' ? '' : ' ');
}

/** Declares a group of messages: `defineMessages({ title: { en: 'Title', zh: '标题' } })`. */
export function defineMessages<const T extends Record<string, Message>>(messages: T): T {
  return messages;
}

/**
 * Fills `{name}` placeholders: `formatMessage('Keeps {n} files', { n: 5 }) === 'Keeps 5 files'`.
 * An English sentence whose words follow a count says so in the sentence itself,
 * `'Keeps {n, plural, one {# file} other {# files}}'` (see selectPlurals); Chinese needs no branches.
 */
export function formatMessage(
  template: string,
  params: Record<string, string | number> = {},
): string {
  return selectPlurals(template, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The language to start in: the browser's, when it prefers Chinese, else English. */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const lower = locale.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

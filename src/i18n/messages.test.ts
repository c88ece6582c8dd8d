import { describe, expect, test } from 'vitest';
import { LANGUAGES, formatMessage, languageFromLocales } from './languages';
import type { Message } from './languages';

// Every messages/*.ts module: a key missing or empty in either language fails here.
const modules = import.meta.glob<Record<string, unknown>>('./messages/*.ts', { eager: true });

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'en' in value && 'zh' in value;
}

const allMessages: [string, Message][] = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).flatMap(([group, messages]) =>
    Object.entries(messages as Record<string, unknown>).map(
      ([key, message]) => [`${file}:${group}.${key}`, message as Message] as [string, Message],
    ),
  ),
);

describe('the dictionaries', () => {
  test('there are messages to check', () => {
    expect(allMessages.length).toBeGreaterThan(5);
  });

  test.each(allMessages)('%s has a non-empty text in every language', (_name, message) => {
    expect(isMessage(message)).toBe(true);
    for (const language of LANGUAGES) {
      expect(typeof message[language]).toBe('string');
      expect(message[language].trim()).not.toBe('');
    }
  });

  test.each(allMessages)('%s uses the same placeholders in every language', (_name, message) => {
    // `{name}`, or a plural's `{name, plural, …}` (its branches may hold `{other}` placeholders).
    const placeholders = (text: string) =>
      [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();
    expect(placeholders(message.zh)).toEqual(placeholders(message.en));
  });
});

describe('formatMessage', () => {
  test.each([
    ['Keeps {n} files', { n: 5 }, 'Keeps 5 files'],
    ['保留 {n} 个文件', { n: 5 }, '保留 5 个文件'],
    ['{a} and {b}', { a: 'x' }, 'x and {b}'],
  ])('%s with %o → %s', (template, params, expected) => {
    expect(formatMessage(template, params)).toBe(expected);
  });
});

describe('languageFromLocales', () => {
  test.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('%o → %s', (locales, expected) => {
    expect(languageFromLocales(locales)).toBe(expected);
  });
});

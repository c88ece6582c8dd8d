import { act, render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LanguageProvider, useLanguage } from './language-context';
import type { Language } from './languages';
import { appMessages } from './messages/app';

let switchTo: (language: Language) => void = () => {};

function Switcher() {
  switchTo = useLanguage().setLanguage;
  return null;
}

function description(): string | null {
  return document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null;
}

describe('the document follows the page’s language', () => {
  test('title, description and lang on a first load in Chinese and on each switch', () => {
    document.head.innerHTML =
      '<title>MindSpore Checkpoint Builder</title><meta name="description" content="English">';
    render(
      <LanguageProvider initial="zh">
        <Switcher />
      </LanguageProvider>,
    );
    expect(document.title).toBe('MindSpore Checkpoint 配置器');
    expect(description()).toBe(appMessages.documentDescription.zh);
    expect(document.documentElement.lang).toBe('zh-CN');
    act(() => switchTo('en'));
    expect(document.title).toBe('MindSpore Checkpoint Builder');
    expect(description()).toBe(appMessages.documentDescription.en);
    expect(document.documentElement.lang).toBe('en');
  });

  test('the English texts are index.html’s (the prerendered document)', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain(`<title>${appMessages.documentTitle.en}</title>`);
    expect(html.replace(/\s+/g, ' ')).toContain(
      `name="description" content="${appMessages.documentDescription.en}"`,
    );
  });
});

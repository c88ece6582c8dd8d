import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { completeState, describePolicy } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import type { Language } from '../../i18n/languages';
import { SummarySentence } from './summary-sentence';

function renderIn(language: Language, state = completeState({})) {
  return render(
    <MantineProvider env="test">
      <LanguageProvider initial={language}>
        <SummarySentence state={state} />
      </LanguageProvider>
    </MantineProvider>,
  );
}

describe('SummarySentence', { timeout: 30_000 }, () => {
  test.each([
    ['English', 'en', { save_checkpoint_steps: 1000, keep_checkpoint_max: 5 }],
    ['Chinese', 'zh', { save_checkpoint_steps: 1000, keep_checkpoint_max: 5 }],
    ['English, seconds', 'en', { save_checkpoint_steps: null, save_checkpoint_seconds: 600 }],
    ['Chinese, never saves', 'zh', { save_checkpoint_steps: 0, save_checkpoint_seconds: 0 }],
  ] as const)('%s: the policy described in that language', (_label, language, config) => {
    const state = completeState({ config });
    renderIn(language, state);
    const sentence = screen.getByTestId('summary');
    expect(sentence).toHaveTextContent(describePolicy(state, language));
    expect(sentence.textContent?.length ?? 0).toBeGreaterThan(10);
  });

  test('the two languages say it in different words', () => {
    const state = completeState({ config: { save_checkpoint_steps: 1000 } });
    const { unmount } = renderIn('en', state);
    const english = screen.getByTestId('summary').textContent;
    unmount();
    renderIn('zh', state);
    expect(screen.getByTestId('summary').textContent).not.toBe(english);
    expect(screen.getByRole('heading')).toHaveTextContent('简而言之');
  });
});

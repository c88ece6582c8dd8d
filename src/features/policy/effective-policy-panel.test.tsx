import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { completeState, validate } from '../../core/index';
import type { PartialBuilderState } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import type { Language } from '../../i18n/languages';
import { EffectivePolicyPanel } from './effective-policy-panel';

function renderPanel(partial: PartialBuilderState, language: Language) {
  const state = completeState(partial);
  render(
    <MantineProvider env="test">
      <LanguageProvider initial={language}>
        <EffectivePolicyPanel state={state} diagnostics={validate(state)} />
      </LanguageProvider>
    </MantineProvider>,
  );
  return screen.getByTestId('policy-error');
}

describe('EffectivePolicyPanel', () => {
  test.each<[Language, string, string]>([
    [
      'en',
      'The builder cannot check this configuration:',
      'Unsupported: save_checkpoint_steps is given as `steps`, whose value the builder cannot know',
    ],
    ['zh', '配置器无法检查此配置：', 'Unsupported: save_checkpoint_steps 被写成了 `steps`'],
  ])(
    'a value the builder cannot know (%s) is its own limit, said in the page’s language, not MindSpore raising',
    (language, title, text) => {
      const error = renderPanel(
        { config: { save_checkpoint_steps: { $py: 'name', name: 'steps' } } },
        language,
      );
      expect(error).toHaveTextContent(title);
      expect(error).toHaveTextContent(text);
      expect(error).not.toHaveTextContent('MindSpore raises');
    },
  );

  test.each<Language>(['en', 'zh'])(
    'MindSpore’s own exception stays as printed (%s)',
    (language) => {
      const error = renderPanel({ config: { save_checkpoint_steps: -1 } }, language);
      expect(error).toHaveTextContent(
        "ValueError: The input value must be int and must >= 0, but got '-1' with type 'int'.",
      );
    },
  );
});

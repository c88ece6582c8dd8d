import { Paper, Text, Title } from '@mantine/core';
import { memo, useMemo } from 'react';
import { describePolicy } from '../../core/index';
import type { BuilderState } from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import { summaryMessages } from '../../i18n/messages/summary';
import regionClasses from '../../ui/region.module.css';

/**
 * The effective policy in whole sentences, in the current language, like a cron explainer.
 * Memoised: the page also re-renders for its deferred work (warnings), with the same state.
 */
export const SummarySentence = memo(function SummarySentence({ state }: { state: BuilderState }) {
  const t = useT();
  const { language } = useLanguage();
  const sentence = useMemo(() => describePolicy(state, language), [state, language]);
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      className={regionClasses.region}
      aria-labelledby="summary-title"
    >
      <Title order={2} size="h4" id="summary-title">
        {t(summaryMessages.title)}
      </Title>
      <Text mt={4} data-testid="summary" lang={language === 'zh' ? 'zh-CN' : 'en'}>
        {sentence}
      </Text>
    </Paper>
  );
});

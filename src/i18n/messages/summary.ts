import { defineMessages } from '../languages';

/** The one-sentence summary of the effective policy. */
export const summaryMessages = defineMessages({
  title: { en: 'In short', zh: '简而言之' },
});

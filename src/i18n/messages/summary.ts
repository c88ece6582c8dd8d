import { defineMessages } from '../languages';

/** The one-sentence summary of the effective policy. */
export const summaryMessages = defineMessages({
  title: { en: 'In one sentence', zh: '一句话概括' },
});

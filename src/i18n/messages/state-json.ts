import { defineMessages } from '../languages';

/** The live JSON view of the state. */
export const stateJsonMessages = defineMessages({
  title: { en: 'State (JSON)', zh: '状态（JSON）' },
});

import { defineMessages } from '../languages';

// Apart from the dialog's messages (./import.ts): the button is in the first load, the dialog
// and its texts are loaded when it is opened.
export const importButtonMessages = defineMessages({
  open: { en: 'Import…', zh: '导入…' },
});

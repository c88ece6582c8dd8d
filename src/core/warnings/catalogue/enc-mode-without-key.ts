import { strValue } from '../context';
import { withConfig } from '../edit';
import type { WarningRule } from '../types';
import { keyGiven } from '../encryption';

/** enc_mode is read only with a key. */
export const encModeWithoutKey: WarningRule = {
  id: 'enc-mode-without-key',
  severity: 'info',
  source: 'r2.2 serialization.py L233-234',
  messages: {
    en: 'enc_mode has no effect without enc_key.',
    zh: '没有 enc_key 时 enc_mode 不起作用。',
  },
  explanation: {
    en: 'Files are encrypted only when enc_key is not None; enc_mode is then the algorithm. Without a key the files are written in plain form and enc_mode is never read, whatever its value.',
    zh: '只有 enc_key 不是 None 时文件才会加密，enc_mode 是所用的算法。没有密钥时文件以明文写出，无论 enc_mode 是什么值都不会被读取。',
  },
  check(context) {
    if (keyGiven(context.given('enc_key'))) return null;
    const mode = strValue(context.given('enc_mode'));
    if (mode === undefined || mode === 'AES-GCM') return null;
    // With format='safetensors' (2.4+) a non-default enc_mode is an error instead (E19).
    const format = context.facts.formatExtension ? context.given('format') : undefined;
    if (format === 'safetensors') return null;
    return { fields: ['enc_mode'], params: { mode } };
  },
  fix: {
    label: { en: 'Reset enc_mode to AES-GCM', zh: '把 enc_mode 恢复为 AES-GCM' },
    preservesBehaviour: true,
    apply: (state) => withConfig(state, 'enc_mode', 'AES-GCM'),
  },
};

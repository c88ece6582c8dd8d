import { strValue } from '../context';
import { withConfig } from '../edit';
import type { WarningRule } from '../types';
import { KEY_LENGTHS, keyGiven } from '../encryption';

/** The mode the user probably meant, when only the letter case is off: 'aes-gcm' → 'AES-GCM'. */
function intendedMode(mode: string): string | undefined {
  const upper = mode.trim().toUpperCase();
  return upper in KEY_LENGTHS ? upper : undefined;
}

/** A key with an enc_mode the encryption code does not know: "Encrypt failed" at the first save. */
export const encModeUnsupported: WarningRule = {
  id: 'enc-mode-unsupported',
  severity: 'error',
  when: 'first-save',
  source: 'crypto.cc r2.2 L423-430',
  messages: {
    en: 'The first save fails with "Encrypt failed": enc_mode must be AES-GCM, AES-CBC or SM4-CBC.',
    zh: '第一次保存会失败并报 "Encrypt failed"：enc_mode 必须是 AES-GCM、AES-CBC 或 SM4-CBC。',
  },
  explanation: {
    en: 'CheckpointConfig accepts any str as enc_mode. Only when a key is set and the first file is written does the encryption code compare it, case-sensitively, with AES-GCM, AES-CBC and SM4-CBC; anything else logs "Mode only support AES-GCM|AES-CBC|SM4-CBC." and raises ValueError("Encrypt failed").',
    zh: 'CheckpointConfig 接受任何 str 作为 enc_mode。只有设置了密钥并写第一个文件时，加密代码才会区分大小写地把它与 AES-GCM、AES-CBC、SM4-CBC 比较；其他值会记录 "Mode only support AES-GCM|AES-CBC|SM4-CBC." 并抛出 ValueError("Encrypt failed")。',
  },
  check(context) {
    if (!keyGiven(context.given('enc_key'))) return null;
    const mode = strValue(context.given('enc_mode'));
    if (mode === undefined || mode in KEY_LENGTHS) return null;
    return { fields: ['enc_mode', 'enc_key'], params: { mode } };
  },
  fix: {
    label: { en: 'Write enc_mode in upper case', zh: '把 enc_mode 改为大写' },
    preservesBehaviour: false,
    applies: (warning) => intendedMode(String(warning.params?.mode)) !== undefined,
    fields: () => ['enc_mode'],
    apply: (state, warning) =>
      withConfig(state, 'enc_mode', intendedMode(String(warning.params?.mode)) ?? 'AES-GCM'),
  },
};

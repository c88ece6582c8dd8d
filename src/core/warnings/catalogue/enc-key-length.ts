import { strValue } from '../context';
import type { WarningRule } from '../types';
import { KEY_LENGTHS, keyLength } from '../encryption';

/** A key of the wrong length for a valid mode: "Encrypt failed" at the first save. */
export const encKeyLength: WarningRule = {
  id: 'enc-key-length',
  severity: 'error',
  when: 'first-save',
  source: 'crypto.cc r2.2 L225-275',
  messages: {
    en: 'The first save fails with "Encrypt failed": {mode} needs a {lengths}-byte key, this one has {length} bytes.',
    zh: '第一次保存会失败并报 "Encrypt failed"：{mode} 需要 {lengths} 字节的密钥，而这个密钥有 {length} 字节。',
  },
  explanation: {
    en: 'CheckpointConfig checks only that enc_key is bytes; the length is checked by the C++ encryption code when the first file is written. AES-GCM and AES-CBC take 16, 24 or 32 bytes, SM4-CBC exactly 16. A wrong length logs the reason and raises ValueError("Encrypt failed"): a synchronous save stops training at that moment, an asynchronous one fails in the background and training goes on without checkpoints.',
    zh: 'CheckpointConfig 只检查 enc_key 是否为 bytes；长度要到写第一个文件时才由 C++ 加密代码检查。AES-GCM 和 AES-CBC 接受 16、24 或 32 字节，SM4-CBC 只接受 16 字节。长度不对时会记录原因并抛出 ValueError("Encrypt failed")：同步保存会在那一刻中止训练，异步保存则在后台失败，训练继续但不会有 checkpoint。',
  },
  check(context) {
    const key = context.given('enc_key');
    const length = keyLength(key);
    const mode = strValue(context.given('enc_mode'));
    if (length === undefined || mode === undefined) return null;
    const lengths = KEY_LENGTHS[mode];
    if (lengths === undefined || lengths.includes(length)) return null;
    return {
      fields: ['enc_key', 'enc_mode'],
      params: { mode, lengths: lengths.join('/'), length },
    };
  },
};

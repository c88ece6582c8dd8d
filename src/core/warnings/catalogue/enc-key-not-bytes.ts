import { isKeyRef } from '../context';
import type { WarningRule } from '../types';
import { keyIsBytes } from '../encryption';

/** enc_key must be bytes (E14, a ValueError at config time). */
export const encKeyNotBytes: WarningRule = {
  id: 'enc-key-not-bytes',
  severity: 'error',
  when: 'config',
  source: 'r2.2 L198',
  messages: {
    en: 'enc_key must be bytes; anything else is rejected with ValueError.',
    zh: 'enc_key 必须是 bytes；其他类型都会被 ValueError 拒绝。',
  },
  explanation: {
    en: 'CheckpointConfig checks isinstance(enc_key, (NoneType, bytes)) and raises ValueError, not TypeError, otherwise. A str (for example a YAML string or os.environ[...] without decoding) and a bytearray are both rejected; read the key as bytes, e.g. bytes.fromhex(os.environ["KEY"]).',
    zh: 'CheckpointConfig 检查 isinstance(enc_key, (NoneType, bytes))，不满足时抛出 ValueError（不是 TypeError）。str（例如 YAML 字符串或未解码的 os.environ[...]）和 bytearray 都会被拒绝；请以 bytes 读取密钥，例如 bytes.fromhex(os.environ["KEY"])。',
  },
  check(context) {
    const key = context.given('enc_key');
    if (keyIsBytes(key) !== false) return null;
    const type = isKeyRef(key) ? key.type : 'other';
    return { fields: ['enc_key'], params: { type } };
  },
  fix: {
    label: { en: 'Pass the key as bytes', zh: '以 bytes 传入密钥' },
    preservesBehaviour: false,
    applies: (_warning, state) => isKeyRef(state.config.enc_key),
    apply: (state) => {
      const key = state.config.enc_key;
      if (!isKeyRef(key)) return state;
      return { ...state, config: { ...state.config, enc_key: { ...key, type: 'bytes' } } };
    },
  },
};

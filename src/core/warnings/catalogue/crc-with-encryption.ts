import { versionAtLeast } from '../../versions';
import { withConfig } from '../edit';
import type { WarningRule } from '../types';
import { keyGiven } from '../encryption';

/** crc_check with a key: allowed, but no CRC is computed for encrypted data. */
export const crcWithEncryption: WarningRule = {
  id: 'crc-with-encryption',
  severity: 'warning',
  source: '2.7 L127; 2.7 serialization.py L486-491',
  messages: {
    en: 'crc_check and encryption are documented as mutually exclusive; MindSpore allows it but computes no CRC for encrypted files.',
    zh: '文档说明 crc_check 与加密互斥；MindSpore 允许同时设置，但不会为加密文件计算 CRC。',
  },
  explanation: {
    en: 'Nothing enforces the documented exclusion. When a key is set, the writer never updates the CRC accumulator, yet it still appends a CRC trailer, so the check gives no protection for encrypted files.',
    zh: '文档中的互斥规则并没有代码检查。设置密钥后，写文件时不会更新 CRC 累加值，却仍会写入 CRC 尾部，因此对加密文件该校验不起保护作用。',
  },
  check(context) {
    if (!versionAtLeast(context.version, '2.3')) return null;
    if (context.given('crc_check') !== true || !keyGiven(context.given('enc_key'))) return null;
    return { fields: ['crc_check', 'enc_key'] };
  },
  fix: {
    label: { en: 'Turn crc_check off', zh: '关闭 crc_check' },
    preservesBehaviour: false,
    fields: () => ['crc_check'],
    apply: (state) => withConfig(state, 'crc_check', false),
  },
};

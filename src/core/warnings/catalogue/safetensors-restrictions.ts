import { truthy } from '../context';
import type { WarningRule } from '../types';

/** format='safetensors' refuses non-default companions at config time (E19, spec §5.4). */
export const safetensorsRestrictions: WarningRule = {
  id: 'safetensors-restrictions',
  severity: 'error',
  when: 'config',
  source: '2.7 L106-111; v2.4.10 L109-114',
  messages: {
    en: 'safetensors cannot be combined with enc_key, enc_mode other than AES-GCM, crc_check, exception_save or incremental, nor (before 2.6) with async_save.',
    zh: 'safetensors 不能与 enc_key、非 AES-GCM 的 enc_mode、crc_check、exception_save 或 incremental 同时使用，2.6 之前也不能与 async_save 同时使用。',
  },
  variants: {
    listed: {
      en: 'safetensors cannot be combined with enc_key, enc_mode other than AES-GCM, crc_check, exception_save or incremental, nor (before 2.6) with async_save; here: {companions}.',
      zh: 'safetensors 不能与 enc_key、非 AES-GCM 的 enc_mode、crc_check、exception_save 或 incremental 同时使用，2.6 之前也不能与 async_save 同时使用；此处为：{companions}。',
    },
  },
  explanation: {
    en: 'When format is exactly "safetensors", CheckpointConfig ends its checks by requiring every companion to keep its default and raises ValueError("For \'save_checkpoint\', when format is \'safetensors\', other param must be default.") otherwise. In 2.4 and 2.5 this includes async_save; from 2.6 asynchronous safetensors saving is allowed. remove_redundancy=True is allowed.',
    zh: 'format 恰好为 "safetensors" 时，CheckpointConfig 最后会要求所有相关参数保持默认值，否则抛出 ValueError("For \'save_checkpoint\', when format is \'safetensors\', other param must be default.")。2.4 和 2.5 中这也包括 async_save；从 2.6 起允许异步保存 safetensors。remove_redundancy=True 是允许的。',
  },
  check(context) {
    if (!context.facts.formatExtension || context.given('format') !== 'safetensors') return null;
    const companions: string[] = [];
    const encKey = context.given('enc_key');
    if (encKey !== undefined && encKey !== null) companions.push('enc_key');
    const encMode = context.given('enc_mode');
    if (encMode !== undefined && encMode !== 'AES-GCM') companions.push('enc_mode');
    if (truthy(context.given('crc_check'))) companions.push('crc_check');
    if (truthy(context.given('exception_save'))) companions.push('exception_save');
    if (truthy(context.given('incremental'))) companions.push('incremental');
    if (context.facts.safetensorsRejectsAsync && truthy(context.given('async_save'))) {
      companions.push('async_save');
    }
    if (companions.length === 0) return null;
    return {
      fields: ['format', ...companions],
      params: { variant: 'listed', companions: companions.join(', ') },
    };
  },
};

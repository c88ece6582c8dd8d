import { strValue } from '../context';
import { withConfig } from '../edit';
import type { WarningRule } from '../types';

const FORMATS = ['ckpt', 'safetensors'];

/** The format the user probably meant: 'SafeTensors' → 'safetensors', '.ckpt' → 'ckpt'. */
function intendedFormat(format: string): string | undefined {
  const plain = format.trim().toLowerCase().replace(/^\./, '');
  return FORMATS.includes(plain) ? plain : undefined;
}

/** Any str passes CheckpointConfig; only 'ckpt'/'safetensors' work at the first save (E32). */
export const formatUnknown: WarningRule = {
  id: 'format-unknown',
  severity: 'error',
  when: 'first-save',
  source: '2.7 serialization.py L572-574',
  messages: {
    en: "format must be 'ckpt' or 'safetensors'; '{format}' is accepted now but the first save fails.",
    zh: "format 必须是 'ckpt' 或 'safetensors'；'{format}' 现在会被接受，但第一次保存会失败。",
  },
  explanation: {
    en: "CheckpointConfig checks only that format is a str. The file name is built with the format as its extension and retention runs on such files; then save_checkpoint raises ValueError(\"For 'save_checkpoint', the format must be 'safetensors' or 'ckpt', but got …\"). The comparison is case-sensitive.",
    zh: "CheckpointConfig 只检查 format 是否为 str。文件名会以该格式为扩展名，保留策略也按这种文件执行；随后 save_checkpoint 抛出 ValueError(\"For 'save_checkpoint', the format must be 'safetensors' or 'ckpt', but got …\")。比较区分大小写。",
  },
  check(context) {
    if (!context.facts.formatExtension) return null;
    const format = strValue(context.given('format'));
    if (format === undefined || FORMATS.includes(format)) return null;
    return { fields: ['format'], params: { format } };
  },
  fix: {
    label: { en: 'Write the format in lower case', zh: '把 format 改为小写' },
    preservesBehaviour: false,
    applies: (warning) => intendedFormat(String(warning.params?.format)) !== undefined,
    apply: (state, warning) =>
      withConfig(state, 'format', intendedFormat(String(warning.params?.format)) ?? 'ckpt'),
  },
};

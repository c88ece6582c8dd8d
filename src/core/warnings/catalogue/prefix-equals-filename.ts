import { splitExt } from '../edit';
import type { BuilderState } from '../../config/state';
import { VERSION_FACTS } from '../../versions';
import type { WarningRule } from '../types';
import { acceptedPrefix } from '../prefix';

/** The prefix without trailing renaming extensions: 'a.ckpt' → 'a'. */
function stripExtensions(prefix: string, extensions: readonly string[]): string {
  let result = prefix;
  while (extensions.includes(splitExt(result))) result = result.slice(0, -splitExt(result).length);
  return result;
}

/**
 * A file named exactly like the prefix crashes the renaming scan (E28). The builder cannot see
 * the directory, so it raises this when the prefix itself ends in an extension the scan looks at
 * (`a.ckpt`): only such a prefix can equal a file name the scan reads.
 */
export const prefixEqualsFilename: WarningRule = {
  id: 'prefix-equals-filename',
  severity: 'error',
  when: 'construct',
  source: 'r2.2 L54',
  messages: {
    en: 'A file named exactly like the prefix makes MindSpore crash with IndexError while choosing the prefix.',
    zh: '如果有文件与前缀同名，MindSpore 在选择前缀时会因 IndexError 崩溃。',
  },
  variants: {
    extension: {
      en: 'The prefix {prefix} ends in {extension}: if a file named exactly {prefix} is in the directory, MindSpore crashes with IndexError while choosing the prefix.',
      zh: '前缀 {prefix} 以 {extension} 结尾：如果目录中有名为 {prefix} 的文件，MindSpore 在选择前缀时会因 IndexError 崩溃。',
    },
  },
  explanation: {
    en: 'To pick a free prefix, ModelCheckpoint reads the character right after the prefix in every checkpoint file name that starts with it. A file whose whole name equals the prefix (possible only when the prefix ends in .ckpt, or .safetensors from 2.6) has no such character, and Python raises IndexError("string index out of range") while the callback is being created.',
    zh: '为了选择空闲的前缀，ModelCheckpoint 会读取每个以该前缀开头的 checkpoint 文件名中紧跟前缀的那个字符。如果文件名与前缀完全相同（只有当前缀以 .ckpt，或 2.6 起以 .safetensors 结尾时才可能），就没有这个字符，创建回调时 Python 会抛出 IndexError("string index out of range")。',
  },
  check(context) {
    const prefix = acceptedPrefix(context);
    if (prefix === undefined) return null;
    const extension = splitExt(prefix);
    if (!context.facts.renameExtensions.includes(extension)) return null;
    return { fields: ['prefix'], params: { variant: 'extension', prefix, extension } };
  },
  fix: {
    label: { en: 'Drop the extension from the prefix', zh: '去掉前缀中的扩展名' },
    preservesBehaviour: false,
    applies: (warning, state) =>
      stripExtensions(String(warning.params?.prefix), renameExtensionsOf(state)) !== '',
    apply: (state, warning) => ({
      ...state,
      callback: {
        ...state.callback,
        prefix: stripExtensions(String(warning.params?.prefix), renameExtensionsOf(state)),
      },
    }),
  },
};

function renameExtensionsOf(state: BuilderState): readonly string[] {
  return VERSION_FACTS[state.mindspore_version].renameExtensions;
}

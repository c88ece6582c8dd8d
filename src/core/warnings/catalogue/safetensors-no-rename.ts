import type { WarningRule } from '../types';
import { acceptedPrefix, fileExtension, previousRuns } from '../prefix';

/** 2.4/2.5: renaming ignores .safetensors files while retention manages them. */
export const safetensorsNoRename: WarningRule = {
  id: 'safetensors-no-rename',
  severity: 'warning',
  when: 'construct',
  source: 'v2.5.0 L90 vs L785-796',
  messages: {
    en: 'Old .safetensors files with this prefix are not detected: they will be overwritten and deleted by keep_checkpoint_max.',
    zh: '不会识别带此前缀的旧 .safetensors 文件：它们会被覆盖，并按 keep_checkpoint_max 被删除。',
  },
  explanation: {
    en: 'In MindSpore 2.4 and 2.5 the prefix renaming looks only at .ckpt files, while retention counts files with the configured extension. A re-run with format="safetensors" in the same directory therefore keeps the prefix, overwrites files with the same names, and deletes the earlier run\'s files as if they were its own. 2.6 fixed this by renaming for .safetensors files too.',
    zh: '在 MindSpore 2.4 和 2.5 中，前缀重命名只看 .ckpt 文件，而保留策略统计的是所配置扩展名的文件。因此在同一目录中以 format="safetensors" 再次训练时，前缀不变，同名文件会被覆盖，之前训练的文件也会被当作本次的文件删除。2.6 修复了这一点，对 .safetensors 文件也会重命名。',
  },
  check(context) {
    const extension = fileExtension(context);
    if (extension !== '.safetensors' || context.facts.renameExtensions.includes(extension)) {
      return null;
    }
    const runs = previousRuns(context);
    if (runs === 0 || acceptedPrefix(context) === undefined) return null;
    return { fields: ['format', 'run.previous_runs'], params: { runs } };
  },
};

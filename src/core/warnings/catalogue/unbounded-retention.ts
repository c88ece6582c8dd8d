import { estimatedKeptFiles } from '../context';
import { humanBytes } from '../text';
import type { WarningRule } from '../types';

/** Per-n-minutes retention never deletes files older than the window: the count grows. */
export const unboundedRetention: WarningRule = {
  id: 'unbounded-retention',
  severity: 'warning',
  source: 'r2.2 L620-637',
  messages: {
    en: 'Per-n-minutes retention keeps about one file per {n}-minute window for ever, so the number of files grows without limit.',
    zh: '按 n 分钟保留会永久保留大约每 {n} 分钟一个文件，文件数量会无限增长。',
  },
  variants: {
    projected: {
      en: 'Per-n-minutes retention keeps about one file per {n}-minute window for ever, so the number of files grows without limit: about {files, plural, one {# file} other {# files}} ({bytes}) by the end of this run.',
      zh: '按 n 分钟保留会永久保留大约每 {n} 分钟一个文件，文件数量会无限增长：到本次训练结束时约 {files} 个文件（{bytes}）。',
    },
  },
  explanation: {
    en: 'keep_checkpoint_per_n_minutes is a thinning rule, not a save interval. At each save, if the previous save was less than n minutes ago, MindSpore deletes the files written within the last n minutes except the oldest of them. Files older than the window are never looked at again, so a long run accumulates about one file per n minutes, with no upper bound.',
    zh: 'keep_checkpoint_per_n_minutes 是"稀疏"规则，不是保存间隔。每次保存时，如果上一次保存距今不到 n 分钟，MindSpore 会删除最近 n 分钟内写出的文件，只留其中最旧的一个。窗口之外的旧文件不再被检查，因此长时间训练会累积大约每 n 分钟一个文件，没有上限。',
  },
  check(context) {
    if (!context.policyAccepted || context.retention !== 'per-n' || context.trigger === 'none') {
      return null;
    }
    const n = context.policy.keep_checkpoint_per_n_minutes ?? 0;
    const fields = ['keep_checkpoint_per_n_minutes', 'keep_checkpoint_max'];
    const { plan } = context;
    if (plan === null) return { fields, params: { n } };
    const files = estimatedKeptFiles(context, plan);
    return {
      fields,
      params: {
        variant: 'projected',
        n,
        files,
        bytes: humanBytes(files * context.state.run.checkpoint_bytes),
      },
    };
  },
};

import { withConfig } from '../edit';
import { humanBytes } from '../text';
import type { WarningRule } from '../types';

/** Peak disk use of this run's files above the budget the user entered (one rank). */
export const diskBudgetExceeded: WarningRule = {
  id: 'disk-budget-exceeded',
  severity: 'warning',
  source: 'simulation.md §3 (stats.peak_bytes)',
  messages: {
    en: 'At its peak this run keeps {files, plural, one {# checkpoint file} other {# checkpoint files}} ({peak}) on each rank, more than the disk budget of {budget}.',
    zh: '本次训练在峰值时每个 rank 上保留 {files} 个 checkpoint 文件（{peak}），超过了 {budget} 的磁盘预算。',
  },
  explanation: {
    en: "Peak disk use counts this run's checkpoint files from the start of each write until retention deletes them (files of earlier runs come on top). With keep_checkpoint_max the peak is at most that many files; with keep_checkpoint_per_n_minutes it keeps growing with the length of the run.",
    zh: '峰值磁盘占用统计本次训练的 checkpoint 文件，从开始写入到被保留策略删除为止（之前训练的文件另计）。使用 keep_checkpoint_max 时峰值最多为该数量的文件；使用 keep_checkpoint_per_n_minutes 时会随训练时长不断增长。',
  },
  check(context) {
    const budget = context.state.run.disk_budget_bytes;
    if (budget === null || context.plan === null || context.trigger === 'none') return null;
    const disk = context.disk();
    if (disk === null || !(disk.peakBytes > budget)) return null;
    const perFile = context.state.run.checkpoint_bytes;
    const fitting = perFile > 0 ? Math.floor(budget / perFile) : 0;
    return {
      fields: ['run.disk_budget_bytes', 'keep_checkpoint_max', 'keep_checkpoint_per_n_minutes'],
      params: {
        files: disk.peakFiles,
        peak: humanBytes(disk.peakBytes),
        budget: humanBytes(budget),
        fitting,
        retention: context.retention,
      },
    };
  },
  fix: {
    label: {
      en: 'Lower keep_checkpoint_max to the files that fit',
      zh: '把 keep_checkpoint_max 降到预算能容纳的文件数',
    },
    preservesBehaviour: false,
    applies: (warning) =>
      warning.params?.retention === 'max' && Number(warning.params.fitting) >= 1,
    fields: () => ['keep_checkpoint_max'],
    apply: (state, warning) =>
      withConfig(state, 'keep_checkpoint_max', Number(warning.params?.fitting)),
  },
};

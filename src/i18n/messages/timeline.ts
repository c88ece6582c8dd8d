import { defineMessages } from '../languages';

export const timelineMessages = defineMessages({
  title: { en: 'Timeline preview', zh: '时间线预览' },
  updating: { en: 'Updating…', zh: '正在更新…' },
  offMainThread: {
    en: 'Large run: computed in the background in {ms} ms.',
    zh: '大规模运行：已在后台计算，用时 {ms} 毫秒。',
  },
  unavailable: {
    en: 'The timeline cannot be computed: {message}',
    zh: '无法计算时间线：{message}',
  },
  raises: {
    en: 'MindSpore raises {kind} here: {message}',
    zh: 'MindSpore 在此会抛出 {kind}：{message}',
  },
  raisesAtStep: {
    en: 'MindSpore raises {kind} at step {step}: {message}',
    zh: 'MindSpore 会在第 {step} 步抛出 {kind}：{message}',
  },
  summary: {
    en: 'Writes {saves, plural, one {# checkpoint file} other {# checkpoint files}} over {duration} of training; at most {peakFiles, plural, one {# is} other {# are}} on disk at once ({peakBytes}), and {left, plural, one {# is} other {# are}} left at the end.',
    zh: '在 {duration} 的训练中写入 {saves} 个 checkpoint 文件；磁盘上同时最多 {peakFiles} 个（{peakBytes}），结束时保留 {left} 个。',
  },
  summaryNone: {
    en: 'Writes no checkpoint file during {duration} of training.',
    zh: '在 {duration} 的训练中不写入任何 checkpoint 文件。',
  },
  // Totals
  totals: { en: 'Totals', zh: '合计' },
  oneRank: { en: 'One rank', zh: '单个 rank' },
  wholeJob: {
    en: 'Whole job ({ranks, plural, one {# rank} other {# ranks}})',
    zh: '整个作业（{ranks} 个 rank）',
  },
  filesWritten: { en: 'Files written', zh: '写入文件数' },
  filesLeft: { en: 'Files left at the end', zh: '结束时保留文件数' },
  peakDisk: { en: 'Peak disk', zh: '磁盘峰值' },
  peakDiskValue: {
    en: '{bytes} ({files, plural, one {# file} other {# files}})',
    zh: '{bytes}（{files} 个文件）',
  },
  bytesWritten: { en: 'Bytes written', zh: '写入字节数' },
  waiting: { en: 'Training time waiting for saves', zh: '训练等待保存的时间' },
  waitingValue: { en: '{duration} ({share} of the run)', zh: '{duration}（占运行的 {share}）' },
  runTime: { en: 'Run time', zh: '运行时长' },
  // Axis and legend
  axis: { en: 'Horizontal axis', zh: '横轴' },
  axisStep: { en: 'Step', zh: '步数' },
  axisTime: { en: 'Time', zh: '时间' },
  endedBy_keep_checkpoint_max: {
    en: 'deleted by keep_checkpoint_max',
    zh: '因 keep_checkpoint_max 删除',
  },
  endedBy_keep_checkpoint_per_n_minutes: {
    en: 'deleted by keep_checkpoint_per_n_minutes',
    zh: '因 keep_checkpoint_per_n_minutes 删除',
  },
  endedBy_overwritten: { en: 'overwritten by a later save', zh: '被后续保存覆盖' },
  endedBy_kept: { en: 'kept at the end', zh: '结束时保留' },
  // Lifespan chart
  lifespanTitle: { en: 'Checkpoint file lifespans', zh: 'Checkpoint 文件生命周期' },
  lifespanLabel: {
    en: 'Lifespan chart, one bar per checkpoint file. Use the left and right arrow keys to go through the files.',
    zh: '生命周期图，每个 checkpoint 文件一条。用左右方向键逐个查看文件。',
  },
  lifespanSampled: {
    en: 'Showing {shown} of {total} files, spread over the run.',
    zh: '显示 {total} 个文件中的 {shown} 个，均匀分布于整个运行。',
  },
  lifespanDetail: {
    en: '{file}: written at step {startStep} ({start}), {ended} at step {endStep} ({end}).',
    zh: '{file}：第 {startStep} 步（{start}）写入，第 {endStep} 步（{end}）{ended}。',
  },
  noFiles: { en: 'No checkpoint file is written.', zh: '不写入任何 checkpoint 文件。' },
  // Disk chart
  diskTitle: { en: 'Disk use', zh: '磁盘占用' },
  diskLabel: {
    en: 'Disk-use curve: files and bytes on disk over the run, peak marked. Use the left and right arrow keys to go through the points.',
    zh: '磁盘占用曲线：运行期间磁盘上的文件数和字节数，标出峰值。用左右方向键逐点查看。',
  },
  diskDetail: {
    en: 'Step {step} ({time}): {files, plural, one {# file} other {# files}}, {bytes} on disk.',
    zh: '第 {step} 步（{time}）：磁盘上 {files} 个文件，{bytes}。',
  },
  peak: { en: 'peak', zh: '峰值' },
  filesUnit: { en: 'files', zh: '文件数' },
  diskUnits: { en: 'left: files · right: bytes', zh: '左：文件数 · 右：字节' },
  // Events table
  eventsTitle: { en: 'Events', zh: '事件' },
  eventsTruncated: {
    en: 'The table lists the first {shown} of {total} events; the charts and totals cover the whole run.',
    zh: '表格列出 {total} 个事件中的前 {shown} 个；图表和合计涵盖整个运行。',
  },
  colStep: { en: 'Step', zh: '步数' },
  colEpoch: { en: 'Epoch', zh: 'Epoch' },
  colTime: { en: 'Time', zh: '时间' },
  colFile: { en: 'File', zh: '文件' },
  colEvent: { en: 'Event', zh: '事件' },
  colWhy: { en: 'Why', zh: '原因' },
  written: { en: 'written', zh: '写入' },
  deleted: { en: 'deleted', zh: '删除' },
  whyOverwrote: { en: 'replaces a file of the same name', zh: '覆盖同名文件' },
  whySave: { en: 'save due', zh: '到达保存条件' },
  whyMax: {
    en: 'keep_checkpoint_max: oldest file over the limit',
    zh: 'keep_checkpoint_max：超出上限的最旧文件',
  },
  whyPerN: {
    en: 'keep_checkpoint_per_n_minutes: thinned out',
    zh: 'keep_checkpoint_per_n_minutes：按时间间隔清理',
  },
  eventsPages: { en: 'Event table pages', zh: '事件表分页' },
  eventsPage: { en: 'Page {page}', zh: '第 {page} 页' },
  eventsPreviousPage: { en: 'Previous page of events', zh: '上一页事件' },
  eventsNextPage: { en: 'Next page of events', zh: '下一页事件' },
  noEvents: { en: 'No events.', zh: '没有事件。' },
});

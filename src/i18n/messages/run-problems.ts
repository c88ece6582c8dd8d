import type { RunProblemId } from '../../core/index';
import type { Message } from '../languages';

/**
 * Why the builder cannot play a training run (its "RunModel" diagnostics), one whole sentence per
 * reason. These are the builder's own words, not MindSpore's, so they are translated; the English
 * is the core's `message` exactly (run-problem-text.test.ts holds them together).
 */
export const runProblemMessages: Record<RunProblemId, Message> = {
  'epoch-not-whole': {
    en: 'The number of epochs must be a whole number of at least 1, but is {value}.',
    zh: 'epoch 数必须是不小于 1 的整数，当前为 {value}。',
  },
  'dataset-size-not-whole': {
    en: 'The dataset size (steps per epoch) must be a whole number of at least 0, but is {value}.',
    zh: '数据集大小（每个 epoch 的步数）必须是不小于 0 的整数，当前为 {value}。',
  },
  'initial-epoch-not-whole': {
    en: 'initial_epoch must be a whole number of at least 0, but is {value}.',
    zh: 'initial_epoch 必须是不小于 0 的整数，当前为 {value}。',
  },
  'previous-runs-not-whole': {
    en: 'The number of earlier runs must be a whole number of at least 0, but is {value}.',
    zh: '之前运行的次数必须是不小于 0 的整数，当前为 {value}。',
  },
  'device-num-not-whole': {
    en: 'The number of devices must be a whole number of at least 1, but is {value}.',
    zh: '设备数必须是不小于 1 的整数，当前为 {value}。',
  },
  'pipeline-stages-not-whole': {
    en: 'The number of pipeline stages must be a whole number of at least 1, but is {value}.',
    zh: '流水线阶段数必须是不小于 1 的整数，当前为 {value}。',
  },
  'train-calls-not-whole': {
    en: 'The number of train() calls must be a whole number of at least 1, but is {value}.',
    zh: 'train() 的调用次数必须是不小于 1 的整数，当前为 {value}。',
  },
  'sink-size-not-whole': {
    en: 'sink_size must be a whole number (-1 for the whole dataset), but is {value}.',
    zh: 'sink_size 必须是整数（-1 表示整个数据集），当前为 {value}。',
  },
  'step-seconds-not-positive': {
    en: 'A training step must take some time: step_seconds must be above 0, but is {value}.',
    zh: '训练的每一步都需要时间：step_seconds 必须大于 0，当前为 {value}。',
  },
  'startup-seconds-negative': {
    en: 'The start-up time cannot be negative, but is {value}.',
    zh: '启动时间不能为负数，当前为 {value}。',
  },
  'save-seconds-negative': {
    en: 'The time to write a checkpoint cannot be negative, but is {value}.',
    zh: '写入一个 checkpoint 的时间不能为负数，当前为 {value}。',
  },
  'checkpoint-bytes-negative': {
    en: 'The checkpoint size cannot be negative, but is {value}.',
    zh: 'checkpoint 的大小不能为负数，当前为 {value}。',
  },
  'disk-budget-negative': {
    en: 'The disk budget cannot be negative, but is {value}.',
    zh: '磁盘预算不能为负数，当前为 {value}。',
  },
  'pipeline-stages-above-devices': {
    en: 'Each pipeline stage needs at least one device: {stages, plural, one {# stage} other {# stages}} cannot run on {devices, plural, one {# device} other {# devices}}.',
    zh: '每个流水线阶段至少需要一个设备：{stages} 个阶段无法在 {devices} 个设备上运行。',
  },
  'too-many-saves-estimated': {
    en: 'This run needs about {about} checkpoint saves or more; the simulator plays at most {limit}. Save less often or simulate a shorter run.',
    zh: '这次运行约需 {about} 次或更多次 checkpoint 保存，而模拟器最多模拟 {limit} 次。请降低保存频率，或模拟更短的运行。',
  },
  'too-many-saves': {
    en: 'This run needs more than {limit} checkpoint saves; the simulator plays at most {limit}. Save less often or simulate a shorter run.',
    zh: '这次运行需要超过 {limit} 次 checkpoint 保存，而模拟器最多模拟 {limit} 次。请降低保存频率，或模拟更短的运行。',
  },
  'too-many-steps': {
    en: 'The run has more than 2^53 steps; the simulator cannot count them.',
    zh: '这次运行超过 2^53 步，模拟器无法计数。',
  },
  'too-long': {
    en: 'The run lasts more than 2^53 microseconds (about 285 years); the simulator cannot time it exactly.',
    zh: '这次运行超过 2^53 微秒（约 285 年），模拟器无法精确计时。',
  },
};

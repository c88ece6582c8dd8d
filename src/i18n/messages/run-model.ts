import { defineMessages } from '../languages';

export const runModelMessages = defineMessages({
  title: { en: 'Your training run', zh: '你的训练任务' },
  intro: {
    en: 'What the timeline plays: the model.train call, step and save times, file size and the parallel setup.',
    zh: '时间线据此模拟：model.train 调用、每步与保存耗时、文件大小及并行设置。',
  },
  groupLoop: { en: 'Training loop', zh: '训练循环' },
  groupFiles: { en: 'Checkpoint files', zh: 'Checkpoint 文件' },
  groupParallel: { en: 'Parallel training', zh: '并行训练' },
  groupMore: { en: 'More', zh: '更多' },
  epoch: { en: 'epochs passed to model.train', zh: '传给 model.train 的 epoch 数' },
  dataset_size: {
    en: 'steps in one pass over the dataset (get_dataset_size())',
    zh: '遍历一次数据集的步数（get_dataset_size()）',
  },
  dataset_sink_mode: { en: 'data sink on', zh: '开启数据下沉' },
  sink_size: {
    en: 'steps per sink; −1 = the whole dataset',
    zh: '每次下沉的步数；−1 表示整个数据集',
  },
  mode: { en: 'execution mode (set_context)', zh: '执行模式（set_context）' },
  device_target: { en: 'device (set_context)', zh: '设备（set_context）' },
  step_seconds: { en: 'wall time of one training step', zh: '每个训练步的耗时' },
  startup_seconds: {
    en: 'time before the first step (compilation, data loading)',
    zh: '第一步之前的时间（编译、数据加载）',
  },
  checkpoint_bytes: { en: 'size of one checkpoint file', zh: '单个 checkpoint 文件大小' },
  checkpointFromSize: { en: 'Size', zh: '直接填写' },
  checkpointFromParameters: { en: 'From parameters', zh: '按参数量' },
  checkpointSource: { en: 'How to give the checkpoint size', zh: 'checkpoint 大小的给出方式' },
  parameterCount: { en: 'parameter count', zh: '参数量' },
  bytesPerParameter: { en: 'bytes per parameter', zh: '每个参数的字节数' },
  derivedSize: { en: 'One file: {size}', zh: '单个文件：{size}' },
  save_seconds: { en: 'wall time to write one file', zh: '写入一个文件的耗时' },
  saveDirect: { en: 'Time', zh: '直接填写' },
  saveFromSpeed: { en: 'From write speed', zh: '按写入速度' },
  saveSource: { en: 'How to give the save time', zh: '保存耗时的给出方式' },
  writeSpeed: { en: 'disk write speed', zh: '磁盘写入速度' },
  derivedSaveTime: { en: 'One save: {duration}', zh: '单次保存：{duration}' },
  previous_runs: {
    en: 'earlier runs that left files with the same prefix in the directory',
    zh: '在同一目录留下同前缀文件的先前运行次数',
  },
  device_num: {
    en: 'ranks training together, each with its own ModelCheckpoint',
    zh: '共同训练的进程（rank）数，每个都有自己的 ModelCheckpoint',
  },
  parallel_mode: {
    en: 'set_auto_parallel_context(parallel_mode=)',
    zh: 'set_auto_parallel_context(parallel_mode=)',
  },
  pipeline_stages: { en: 'pipeline-parallel stages', zh: '流水线并行的 stage 数' },
  initial_epoch: { en: 'model.train(initial_epoch=)', zh: 'model.train(initial_epoch=)' },
  train_calls: {
    en: 'train() calls reusing the same ModelCheckpoint',
    zh: '复用同一个 ModelCheckpoint 的 train() 调用次数',
  },
  ms_enable_ckpt_d2h_async: {
    en: 'environment variable MS_ENABLE_CKPT_D2H_ASYNC=1',
    zh: '环境变量 MS_ENABLE_CKPT_D2H_ASYNC=1',
  },
  disk_budget_bytes: {
    en: 'disk you can spare for one rank’s checkpoints (empty: no limit)',
    zh: '单个 rank 的 checkpoint 可用磁盘空间（留空表示不限）',
  },
  unit: { en: '{field} unit', zh: '{field} 的单位' },
  notANumber: { en: 'Enter a number', zh: '请输入数字' },
  unitMillion: { en: 'million', zh: '百万' },
  unitBillion: { en: 'billion', zh: '十亿' },
});

import type { WarningRule } from '../types';

/** CPU runs the ordinary loop but still numbers steps modulo sink_size in file names. */
export const cpuSinkNameCollision: WarningRule = {
  id: 'cpu-sink-name-collision',
  severity: 'warning',
  source: 'model.py r2.2 L600-603, L629-632',
  messages: {
    en: 'CPU ignores sink mode but numbers steps modulo sink_size, so file names repeat within an epoch and overwrite each other.',
    zh: 'CPU 会忽略下沉模式，但仍按 sink_size 取模为 step 编号，因此同一 epoch 内文件名会重复并相互覆盖。',
  },
  explanation: {
    en: 'On CPU MindSpore logs "The CPU cannot support dataset sink mode currently" and runs every step of the dataset ({dataset} per epoch), yet the step-in-epoch number in file names is still computed modulo sink_size ({sink}). Names such as CKP-1_2.ckpt come back several times per epoch, and each later save overwrites the earlier file.',
    zh: '在 CPU 上 MindSpore 会记录"The CPU cannot support dataset sink mode currently"，并逐步运行整个数据集（每个 epoch {dataset} 步），但文件名中的 step 编号仍按 sink_size({sink})取模。像 CKP-1_2.ckpt 这样的名字在一个 epoch 内会出现多次，后一次保存会覆盖前一个文件。',
  },
  check(context) {
    const { run } = context.state;
    if (run.device_target !== 'CPU' || !run.dataset_sink_mode) return null;
    if (!(run.sink_size > 0 && run.sink_size < run.dataset_size)) return null;
    return {
      fields: ['run.device_target', 'run.dataset_sink_mode', 'run.sink_size'],
      params: { sink: run.sink_size, dataset: run.dataset_size },
    };
  },
  fix: {
    label: {
      en: 'Turn dataset sink mode off (CPU does not sink anyway)',
      zh: '关闭数据下沉模式（CPU 本来就不下沉）',
    },
    // The loop stays the same; only the file names stop repeating.
    preservesBehaviour: false,
    fields: () => ['run.dataset_sink_mode'],
    apply: (state) => ({ ...state, run: { ...state.run, dataset_sink_mode: false } }),
  },
};

import { withConfig } from '../edit';
import type { WarningRule } from '../types';

/** integrated_save=True with pipeline stages in (semi-)auto parallel: E35 at the first save. */
export const integratedSavePipeline: WarningRule = {
  id: 'integrated-save-pipeline',
  severity: 'error',
  when: 'first-save',
  source: 'r2.2 serialization.py L1529-1531',
  messages: {
    en: 'integrated_save=True cannot be used with pipeline parallel; set it to False.',
    zh: 'integrated_save=True 不能与流水线并行同时使用；请设为 False。',
  },
  explanation: {
    en: 'In auto or semi-auto parallel, integrated_save=True gathers every split parameter into a whole tensor before writing. With pipeline_stages > 1 the parameters live on different stages and cannot be gathered, so the first save raises RuntimeError("Pipeline Parallel don\'t support Integrated save checkpoint now."). MindFormers sets it to False for you in these modes; plain MindSpore does not.',
    zh: '在自动或半自动并行中，integrated_save=True 会在写文件前把切分的参数合并成完整张量。pipeline_stages > 1 时参数分布在不同的 stage 上，无法合并，因此第一次保存会抛出 RuntimeError("Pipeline Parallel don\'t support Integrated save checkpoint now.")。MindFormers 在这些模式下会自动设为 False，MindSpore 本身不会。',
  },
  check(context) {
    const { run } = context.state;
    if (context.given('integrated_save') !== true) return null;
    if (run.parallel_mode !== 'auto_parallel' && run.parallel_mode !== 'semi_auto_parallel') {
      return null;
    }
    if (!(run.pipeline_stages > 1)) return null;
    return {
      fields: ['integrated_save', 'run.parallel_mode', 'run.pipeline_stages'],
      params: { stages: run.pipeline_stages },
    };
  },
  fix: {
    label: { en: 'Set integrated_save=False', zh: '设 integrated_save=False' },
    preservesBehaviour: false,
    fields: () => ['integrated_save'],
    apply: (state) => withConfig(state, 'integrated_save', false),
  },
};

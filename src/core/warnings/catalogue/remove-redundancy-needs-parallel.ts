import { withConfig } from '../edit';
import type { WarningRule } from '../types';

/** remove_redundancy in a single-device run: E33 (2.4, 2.5) or E34 (2.6+) at the first save. */
export const removeRedundancyNeedsParallel: WarningRule = {
  id: 'remove-redundancy-needs-parallel',
  severity: 'error',
  when: 'first-save',
  source: '2.7 L686-688',
  messages: {
    en: 'remove_redundancy works only in parallel training; a single-device run fails at the first save.',
    zh: 'remove_redundancy 只能用于并行训练；单卡训练会在第一次保存时失败。',
  },
  explanation: {
    en: 'remove_redundancy makes each rank save only the parameters no other rank saves. In 2.4 and 2.5 the save raises TypeError when the parallel mode is stand_alone; from 2.6 when the communication group has one device. The check happens at the first save that is due, not when the config is built.',
    zh: 'remove_redundancy 让每个 rank 只保存其他 rank 不保存的参数。2.4 和 2.5 中并行模式为 stand_alone 时保存会抛出 TypeError；从 2.6 起通信组只有一个设备时抛出。检查发生在第一次需要保存时，而不是创建配置时。',
  },
  check(context) {
    if (context.facts.redundancyError === null || context.given('remove_redundancy') !== true) {
      return null;
    }
    const { run } = context.state;
    if (context.facts.redundancyError === 'E33') {
      if (run.parallel_mode !== 'stand_alone') return null;
      return { fields: ['remove_redundancy', 'run.parallel_mode'] };
    }
    if (run.device_num > 1) return null;
    return { fields: ['remove_redundancy', 'run.device_num'] };
  },
  fix: {
    label: { en: 'Turn remove_redundancy off', zh: '关闭 remove_redundancy' },
    preservesBehaviour: false,
    fields: () => ['remove_redundancy'],
    apply: (state) => withConfig(state, 'remove_redundancy', false),
  },
};

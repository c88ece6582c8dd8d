import type { WarningRule } from '../types';

/** PyNative mode compiles no graph, so no -graph.meta file is written. */
export const pynativeNoGraphMeta: WarningRule = {
  id: 'pynative-no-graph-meta',
  severity: 'info',
  source: 'r2.2 serialization.py L1490-1494',
  messages: {
    en: 'In PyNative mode no -graph.meta file is written.',
    zh: 'PyNative 模式下不会写出 -graph.meta 文件。',
  },
  explanation: {
    en: 'At its first step end ModelCheckpoint writes {prefix}-graph.meta with the compiled graph in GRAPH_MODE. In PYNATIVE_MODE there is no compiled graph, so only the checkpoint files appear.',
    zh: '在 GRAPH_MODE 下，ModelCheckpoint 会在第一个 step 结束时写出包含编译图的 {prefix}-graph.meta。PYNATIVE_MODE 没有编译图，因此只会出现 checkpoint 文件。',
  },
  check(context) {
    if (context.state.run.mode !== 'PYNATIVE_MODE') return null;
    return { fields: ['run.mode'] };
  },
};

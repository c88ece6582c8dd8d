import { strValue } from '../context';
import { withConfig } from '../edit';
import type { WarningRule } from '../types';

/** async_save='thread'/'process' exist only from 2.5; before, async_save is a strict bool. */
export const asyncModeNeeds25: WarningRule = {
  id: 'async-mode-needs-2-5',
  severity: 'error',
  when: 'config',
  source: 'r2.2 L195 vs v2.5.0 L253',
  messages: {
    en: "async_save='thread'/'process' needs MindSpore 2.5 or later; this version raises TypeError.",
    zh: "async_save='thread'/'process' 需要 MindSpore 2.5 或更高版本；此版本会抛出 TypeError。",
  },
  explanation: {
    en: "Up to 2.4 async_save goes through the strict bool check: only True or False pass, and any str raises TypeError (\"The input value must be a bool, but got str.\"). From 2.5 'thread' is the same as True and 'process' writes in a child process. On this version use async_save=True for a background thread.",
    zh: "2.4 及以前 async_save 经过严格的 bool 检查：只接受 True 或 False，任何 str 都会抛出 TypeError(\"The input value must be a bool, but got str.\")。从 2.5 起 'thread' 等同于 True，'process' 在子进程中写文件。在此版本中请用 async_save=True 在后台线程中保存。",
  },
  check(context) {
    if (context.facts.asyncStrings) return null;
    const value = strValue(context.given('async_save'));
    if (value === undefined) return null;
    return { fields: ['async_save'], params: { value, version: context.version } };
  },
  fix: {
    label: {
      en: 'Use async_save=True (a background thread)',
      zh: '改用 async_save=True（后台线程）',
    },
    preservesBehaviour: false,
    // 'thread' is exactly what True does; 'process' has no equivalent before 2.5.
    applies: (warning) => warning.params?.value === 'thread',
    apply: (state) => withConfig(state, 'async_save', true),
  },
};

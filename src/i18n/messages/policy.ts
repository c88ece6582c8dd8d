import { defineMessages } from '../languages';

/** The effective-policy panel and the "value vs effective value" notes at the fields. */
export const policyMessages = defineMessages({
  title: { en: 'Effective policy', zh: '实际生效的策略' },
  description: {
    en: 'What you entered, and what CheckpointConfig.get_checkpoint_policy() returns for it.',
    zh: '你输入的值，以及 CheckpointConfig.get_checkpoint_policy() 对其返回的值。',
  },
  argument: { en: 'Argument', zh: '参数' },
  entered: { en: 'You entered', zh: '你的输入' },
  effective: { en: 'MindSpore uses', zh: 'MindSpore 实际使用' },
  differs: { en: 'differs', zh: '不同' },
  raises: {
    en: 'MindSpore raises this instead of building the config:',
    zh: 'MindSpore 不会构建此配置，而是抛出：',
  },
  unchecked: {
    en: 'The builder cannot check this configuration:',
    zh: '配置器无法检查此配置：',
  },
  usesValue: { en: 'MindSpore uses {value}.', zh: 'MindSpore 使用 {value}。' },
  neverSaves: {
    en: 'Both save_checkpoint_steps and save_checkpoint_seconds are 0 or None: nothing is ever saved.',
    zh: 'save_checkpoint_steps 和 save_checkpoint_seconds 都为 0 或 None：永远不会保存。',
  },
});

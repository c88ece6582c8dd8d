import { defineMessages } from '../languages';

/** The warnings panel, and the warnings' notes beside the fields. */
export const warningsMessages = defineMessages({
  title: { en: 'Warnings', zh: '警告' },
  description: {
    en: 'What MindSpore does with this configuration that you might not expect, and why.',
    zh: 'MindSpore 对这份配置可能做出的意外处理,以及原因。',
  },
  empty: {
    en: 'Nothing to point out: MindSpore does what this configuration says.',
    zh: '没有需要提醒的:MindSpore 会按这份配置的字面意思执行。',
  },
  groupError: { en: 'Errors: MindSpore raises', zh: '错误:MindSpore 会抛出异常' },
  groupWarning: { en: 'Warnings', zh: '警告' },
  groupInfo: { en: 'Good to know', zh: '提示' },
  severityError: { en: 'Error', zh: '错误' },
  severityWarning: { en: 'Warning', zh: '警告' },
  severityInfo: { en: 'Info', zh: '提示' },
  whenConfig: { en: 'when CheckpointConfig is built', zh: '构建 CheckpointConfig 时' },
  whenConstruct: { en: 'when ModelCheckpoint is built', zh: '构建 ModelCheckpoint 时' },
  whenFirstSave: { en: 'at the first save', zh: '第一次保存时' },
  whenTrain: { en: 'when Model.train starts', zh: 'Model.train 开始时' },
  fields: { en: 'Fields:', zh: '相关字段:' },
  why: { en: 'What MindSpore does, and why', zh: 'MindSpore 的行为及原因' },
  source: { en: 'Source: {source}', zh: '出处:{source}' },
  countNone: { en: 'No warnings.', zh: '没有警告。' },
  countErrors: { en: '{n} errors.', zh: '{n} 个错误。' },
  countError: { en: '1 error.', zh: '1 个错误。' },
  countWarnings: { en: '{n} warnings.', zh: '{n} 个警告。' },
  countWarning: { en: '1 warning.', zh: '1 个警告。' },
  countInfos: { en: '{n} notes.', zh: '{n} 条提示。' },
  countInfo: { en: '1 note.', zh: '1 条提示。' },
});

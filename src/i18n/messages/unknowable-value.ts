import { defineMessages } from '../languages';

/**
 * The builder's own sentences for a value it cannot know (`Diagnostic.reason` of validate's
 * "Unsupported"), apart from the import's other reasons: the effective policy panel, in the first
 * load, says them without bringing the import's whole dictionary.
 */
export const unknowableValueMessages = defineMessages({
  'unknowable-value': {
    en: "{field} is given as `{source}`, whose value the builder cannot know, so it cannot tell whether MindSpore would accept it. Enter the value itself to see MindSpore's verdict.",
    zh: '{field} 被写成了 `{source}`，配置器无法知道它的值，因此无法判断 MindSpore 是否会接受它。请输入值本身，以查看 MindSpore 的判定。',
  },
  'enc-key-not-kept': {
    en: 'enc_key was not kept, since what was given may spell out the key, so the builder cannot tell whether MindSpore would accept it. Choose where the script reads the key: an environment variable or a file.',
    zh: 'enc_key 未被保留，因为给出的内容可能写出了密钥本身，所以配置器无法判断 MindSpore 是否会接受它。请选择脚本从何处读取密钥：环境变量或文件。',
  },
});

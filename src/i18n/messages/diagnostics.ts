import { defineMessages } from '../languages';

/**
 * Short plain explanations beside MindSpore's exact (untranslated) error text, by the spec's error
 * id; `fallback` when a diagnostic has no id this table knows.
 */
export const diagnosticMessages = defineMessages({
  E01: {
    en: 'This argument must be a Python int (not a float, str or numpy number), or None.',
    zh: '此参数必须是 Python int（不能是 float、str 或 numpy 数），或 None。',
  },
  E02: {
    en: 'True and False are not accepted here, although bool is an int in Python.',
    zh: '这里不接受 True 和 False，尽管在 Python 中 bool 也是 int。',
  },
  E03: { en: 'Negative numbers are rejected.', zh: '不接受负数。' },
  E04: {
    en: 'saved_network must be a Cell object (a network), not a str or anything else: type the name of a Cell variable of your script, such as net or model.backbone.',
    zh: 'saved_network 必须是 Cell 对象（网络），不能是字符串或其他值：请填写脚本中某个 Cell 变量的名字，例如 net 或 model.backbone。',
  },
  E05: {
    en: 'With all four at 0 or None nothing would ever be saved or kept, so MindSpore refuses the config.',
    zh: '四个值都为 0 或 None 时既不会保存也不会保留，因此 MindSpore 拒绝此配置。',
  },
  E06: { en: 'Only True or False is accepted.', zh: '只接受 True 或 False。' },
  E07: {
    en: 'async_save must be True, False, "thread" or "process".',
    zh: 'async_save 必须是 True、False、"thread" 或 "process"。',
  },
  E08: {
    en: 'Only "thread" and "process" are accepted as strings (case-sensitive).',
    zh: '字符串只接受 "thread" 和 "process"（区分大小写）。',
  },
  E09: { en: 'append_info must be a list or None.', zh: 'append_info 必须是 list 或 None。' },
  E10: {
    en: 'Each element must be "epoch_num", "step_num" or a dict.',
    zh: '每个元素必须是 "epoch_num"、"step_num" 或一个字典。',
  },
  E11: {
    en: 'The only strings accepted are "epoch_num" and "step_num".',
    zh: '只接受字符串 "epoch_num" 和 "step_num"。',
  },
  E12: { en: 'At most one dict is allowed.', zh: '最多只能有一个字典。' },
  E13: {
    en: 'Dict keys must be str; values int, float, bool or str.',
    zh: '字典的键必须是 str；值必须是 int、float、bool 或 str。',
  },
  E14: {
    en: 'The key must be passed as bytes (e.g. bytes.fromhex(...)); the key text is not shown here.',
    zh: '密钥必须以 bytes 传入（例如 bytes.fromhex(...)）；此处不显示密钥内容。',
  },
  E15: { en: 'enc_mode must be a str.', zh: 'enc_mode 必须是 str。' },
  E16: { en: 'crc_check must be True or False.', zh: 'crc_check 必须是 True 或 False。' },
  E17: { en: 'format must be a str.', zh: 'format 必须是 str。' },
  E18: {
    en: 'remove_redundancy must be True or False.',
    zh: 'remove_redundancy 必须是 True 或 False。',
  },
  E19: {
    en: 'With format "safetensors", encryption, CRC, exception_save, incremental (and async_save in 2.4/2.5) must stay at their defaults.',
    zh: 'format 为 "safetensors" 时，加密、CRC、exception_save、incremental（2.4/2.5 中还有 async_save）必须保持默认值。',
  },
  E20: {
    en: 'The prefix must be a str without "/".',
    zh: 'prefix 必须是不含 "/" 的字符串。',
  },
  E21: {
    en: 'The prefix must be a str without "/" (or a callable).',
    zh: 'prefix 必须是不含 "/" 的字符串（或可调用对象）。',
  },
  E22: {
    en: 'directory must be a str or None.',
    zh: 'directory 必须是 str 或 None。',
  },
  E23: { en: 'directory must not be blank.', zh: 'directory 不能为空白。' },
  E24: {
    en: 'The absolute path must be at most 1024 characters.',
    zh: '绝对路径最多 1024 个字符。',
  },
  fallback: {
    en: 'MindSpore raises this when the script runs.',
    zh: '脚本运行时 MindSpore 会抛出此错误。',
  },
});

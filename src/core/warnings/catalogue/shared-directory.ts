import { isTagged, type PyValue } from '../../python/py-value';
import type { WarningRule } from '../types';

const PER_RANK = /rank|device_?id/i;

/**
 * Whether a directory or prefix differs between ranks (`looksPerRank('./ckpt/rank_0') === true`). The state holds one value for all ranks,
 * so the builder decides by its text: a str, or a pasted expression (`f"./ckpt/rank_{rank_id}"`,
 * `os.path.join(d, str(get_rank()))`), that mentions a rank or device id counts as per-rank.
 */
export function looksPerRank(value: PyValue): boolean {
  if (typeof value === 'string') return PER_RANK.test(value);
  if (value !== null && isTagged(value)) {
    if (value.$py === 'name') return PER_RANK.test(value.name);
    if (value.$py === 'expr') return PER_RANK.test(value.source);
    if (value.$py === 'str') return PER_RANK.test(value.value);
  }
  return false;
}

/** Several ranks writing with the same directory and prefix manage each other's files. */
export const sharedDirectory: WarningRule = {
  id: 'shared-directory',
  severity: 'warning',
  source: 'r2.2 L373-374',
  messages: {
    en: "Callbacks sharing a directory and prefix overwrite and delete each other's files; give each its own directory.",
    zh: '共用同一目录和前缀的回调会相互覆盖和删除文件；请为每个回调指定单独的目录。',
  },
  explanation: {
    en: "Each of the {devices} processes builds its own ModelCheckpoint. They are created before any of them saves, so they all pick the same prefix, write the same file names, and each one's retention counts and deletes the others' files. MindSpore's own examples put every rank in its own directory, e.g. \"./ckpt/rank_\" + str(get_rank()). The builder treats a directory or prefix that mentions a rank or device id as per-rank.",
    zh: '{devices} 个进程各自创建一个 ModelCheckpoint。它们都在任何一个保存之前创建，因此会选用同一个前缀、写出相同的文件名，各自的保留策略也会统计并删除其他进程的文件。MindSpore 自己的示例为每个 rank 使用单独的目录，例如 "./ckpt/rank_" + str(get_rank())。本工具把提到 rank 或 device id 的目录或前缀视为按 rank 区分。',
  },
  check(context) {
    const { run, callback } = context.state;
    if (!(run.device_num > 1)) return null;
    if (looksPerRank(callback.directory) || looksPerRank(callback.prefix)) return null;
    return {
      fields: ['directory', 'prefix', 'run.device_num'],
      params: { devices: run.device_num },
    };
  },
};

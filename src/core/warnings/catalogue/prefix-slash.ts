import { isTagged } from '../../python/py-value';
import { strValue } from '../context';
import type { WarningRule } from '../types';

/** The prefix must be a str without '/' (E20 on 2.2, E21 on 2.3+). */
export const prefixSlash: WarningRule = {
  id: 'prefix-slash',
  severity: 'error',
  when: 'construct',
  source: 'r2.2 L413',
  messages: {
    en: "The prefix must be a string without '/'; other path characters are allowed.",
    zh: "前缀必须是不含 '/' 的字符串；其他路径字符是允许的。",
  },
  explanation: {
    en: "ModelCheckpoint rejects a prefix that is not a str (from 2.3: nor a callable) or that contains '/', with ValueError. Only '/' is forbidden: an empty prefix, '\\\\', spaces, '..' and '.ckpt' are all accepted. Put folders in directory instead.",
    zh: "ModelCheckpoint 会以 ValueError 拒绝不是 str（2.3 起也不是可调用对象）或包含 '/' 的前缀。只禁止 '/'：空前缀、'\\\\'、空格、'..' 和 '.ckpt' 都可以。文件夹请写在 directory 中。",
  },
  check(context) {
    const prefix = context.state.callback.prefix;
    // A pasted name or expression may be a callable (2.3+) or anything: its verdict is unknown.
    if (prefix !== null && isTagged(prefix) && (prefix.$py === 'name' || prefix.$py === 'expr')) {
      return null;
    }
    const text = strValue(prefix);
    if (text !== undefined && !text.includes('/')) return null;
    return { fields: ['prefix'] };
  },
};

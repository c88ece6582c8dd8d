import type { WarningRule } from '../types';

/** exception_save writes the training network, and only for a callback Model.train can find. */
export const exceptionSaveNetwork: WarningRule = {
  id: 'exception-save-network',
  severity: 'info',
  source: 'model.py r2.2 L92-97, L111-112',
  messages: {
    en: 'On an exception the training network is saved (not saved_network), and only if the ModelCheckpoint is passed in callbacks directly or in a list.',
    zh: '发生异常时保存的是训练网络（不是 saved_network），并且只有当 ModelCheckpoint 直接或以列表形式传给 callbacks 时才会保存。',
  },
  explanation: {
    en: 'exception_save is handled by a wrapper around Model.train, not by the callback: it looks for a ModelCheckpoint in callbacks (the object itself, or the last one in a list; a tuple is not searched). On any exception it writes one {prefix}-{epoch}_{step}_breakpoint.ckpt file of the training network, then re-raises.',
    zh: 'exception_save 由 Model.train 外层的包装处理，而不是由回调处理：它在 callbacks 中查找 ModelCheckpoint（对象本身，或列表中的最后一个；不会查找 tuple）。发生任何异常时，它把训练网络写成一个 {prefix}-{epoch}_{step}_breakpoint.ckpt 文件，然后重新抛出异常。',
  },
  check(context) {
    if (context.given('exception_save') !== true) return null;
    return { fields: ['exception_save'] };
  },
};

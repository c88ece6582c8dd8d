import { defineMessages } from '../languages';

/** Share links: the copy button and the notices of a link that was not taken as it stood. */
export const shareMessages = defineMessages({
  copyLink: { en: 'Copy link', zh: '复制链接' },
  copyLinkTitle: {
    en: 'Copy a link to this exact configuration (Ctrl+S)',
    zh: '复制指向当前配置的链接（Ctrl+S）',
  },
  copied: { en: 'Copied', zh: '已复制' },
  copyFailed: {
    en: 'Could not copy: copy the address bar instead',
    zh: '无法复制：请直接复制地址栏',
  },
  noticesTitle: {
    en: 'The link was not opened exactly as written',
    zh: '链接未能完全按原样打开',
  },
  noticesIntro: {
    en: 'The rest of the link was opened as written.',
    zh: '链接的其余部分已按原样打开。',
  },
  noticesClose: { en: 'Dismiss', zh: '关闭' },
  fieldLink: { en: 'The link', zh: '链接' },
  /** Between a notice's field and its reason: a full-width colon in Chinese, with no space. */
  fieldSeparator: { en: ': ', zh: '：' },
  fieldUnknownNumber: { en: 'Field number {n}', zh: '第 {n} 号字段' },
  reasonUnreadable: {
    en: 'It is damaged, cut short or not a link of this builder, so the default settings were opened.',
    zh: '链接已损坏、被截断或不是本工具的链接，因此打开了默认设置。',
  },
  reasonUnreadableEntry: {
    en: 'One of its entries could not be read and was left out; the rest of the link was opened as written.',
    zh: '链接中有一项无法读取，已忽略；其余部分已按原样打开。',
  },
  reasonUnknownFormat: {
    en: 'It was made by a newer version of this builder, so the default settings were opened.',
    zh: '链接由更新版本的本工具生成，因此打开了默认设置。',
  },
  reasonUnknownField: {
    en: 'This builder does not know this field; it was left out.',
    zh: '本工具不认识这个字段，已忽略。',
  },
  reasonInvalidValue: {
    en: 'The value in the link is not a valid value here; the default was kept.',
    zh: '链接中的值在此处无效，已保留默认值。',
  },
  reasonReaderUnavailable: {
    en: 'The page could not load the code that reads links (are you offline?), so the link was not opened. It stays in the address bar until you edit: reload the page to open it.',
    zh: '页面无法加载读取链接的代码（是否已离线？），因此未能打开该链接。在你修改之前它会保留在地址栏中：刷新页面即可打开。',
  },
  reasonKeyMaterial: {
    en: 'Links never carry encryption keys; the key was left out. Enter it again where you run the code.',
    zh: '链接从不携带加密密钥，该密钥已被去除。请在运行代码的地方重新填写。',
  },
});

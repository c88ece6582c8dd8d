/**
 * Puts text on the clipboard: the asynchronous Clipboard API where the page may use it (a secure
 * context), else a selected off-screen textarea and `execCommand('copy')`, which still works on
 * plain http and in older browsers. Resolves to whether the text was copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (window.isSecureContext && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no user gesture, a permissions policy): try the older way.
  }
  return copyWithSelection(text);
}

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  const focused = document.activeElement;
  document.body.appendChild(area);
  area.select();
  let copied: boolean;
  try {
    // Deprecated but the only synchronous way; absent in jsdom.
    copied = typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  if (focused instanceof HTMLElement) focused.focus();
  return copied;
}

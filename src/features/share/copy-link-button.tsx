import { Button } from '@mantine/core';
import { useT } from '../../i18n/language-context';
import { shareMessages } from '../../i18n/messages/share';
import type { CopyStatus } from './use-copy-link';
import { CheckIcon } from '../../ui/icons';

// Mantine's light teal text is 4.3:1 on its tint in the light scheme (below WCAG AA): darker there.
const TEAL_TEXT = 'light-dark(#06694b, var(--mantine-color-teal-light-color))';

/** "Copy link", turning into "Copied" (or saying why not) for a moment after a copy. */
export function CopyLinkButton({ onCopy, status }: { onCopy: () => void; status: CopyStatus }) {
  const t = useT();
  const label =
    status === 'copied'
      ? t(shareMessages.copied)
      : status === 'failed'
        ? t(shareMessages.copyFailed)
        : t(shareMessages.copyLink);
  return (
    <Button
      size="xs"
      variant={status === 'copied' ? 'light' : 'filled'}
      color={status === 'failed' ? 'red.9' : status === 'copied' ? 'teal' : 'blue'}
      {...(status === 'copied' ? { c: TEAL_TEXT } : {})}
      onClick={onCopy}
      title={t(shareMessages.copyLinkTitle)}
      data-testid="copy-link"
      leftSection={status === 'copied' ? <CheckIcon /> : undefined}
    >
      {/* A live region: screen readers hear "Copied" without the focus moving. */}
      <span aria-live="polite">{label}</span>
    </Button>
  );
}

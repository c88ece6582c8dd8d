import { Alert, List, Text } from '@mantine/core';
import type { ShareNotice, ShareNoticeReason } from '../../core/index';
import { useT } from '../../i18n/language-context';
import type { Message } from '../../i18n/languages';
import { shareMessages } from '../../i18n/messages/share';

const REASONS: Record<ShareNoticeReason, Message> = {
  unreadable: shareMessages.reasonUnreadable,
  'unreadable-entry': shareMessages.reasonUnreadableEntry,
  'unknown-format': shareMessages.reasonUnknownFormat,
  'unknown-field': shareMessages.reasonUnknownField,
  'invalid-value': shareMessages.reasonInvalidValue,
  'key-material': shareMessages.reasonKeyMaterial,
  'reader-unavailable': shareMessages.reasonReaderUnavailable,
};

/**
 * How a notice's field reads: an argument by its MindSpore name (`config.keep_checkpoint_max` →
 * `keep_checkpoint_max`), the callback's and the run's fields likewise, the link as a whole in words.
 */
export function noticeFieldLabel(
  field: string,
  t: (message: Message, params?: Record<string, string | number>) => string,
): string {
  if (field === 'link') return t(shareMessages.fieldLink);
  const unknown = /^link\.(.+)$/.exec(field);
  if (unknown) return t(shareMessages.fieldUnknownNumber, { n: unknown[1] ?? '' });
  const dot = field.indexOf('.');
  return dot === -1 ? field : field.slice(dot + 1);
}

/** What a link could not open as written, field by field, in the user's language; dismissible. */
export function ShareNotices({
  notices,
  onClose,
}: {
  notices: readonly ShareNotice[];
  onClose: () => void;
}) {
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      role="alert"
      title={t(shareMessages.noticesTitle)}
      withCloseButton
      closeButtonLabel={t(shareMessages.noticesClose)}
      onClose={onClose}
      data-testid="share-notices"
      // Mantine's yellow title on the light yellow ground is below WCAG AA contrast.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      {notices.some((notice) => notice.field !== 'link') && (
        <Text size="sm" mb="xs">
          {t(shareMessages.noticesIntro)}
        </Text>
      )}
      <List size="sm" spacing={4}>
        {notices.map((notice, index) => (
          <List.Item key={`${notice.field}-${index}`} data-field={notice.field}>
            <Text span fw={600} ff={notice.field === 'link' ? 'text' : 'monospace'} size="sm">
              {noticeFieldLabel(notice.field, t)}
            </Text>
            {t(shareMessages.fieldSeparator)}
            {/* Older notices without a reason fall back to the core's English text. */}
            {notice.reason ? t(REASONS[notice.reason]) : notice.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { decodeShareState } from '../../core/index';
import type { ShareNotice } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import { ShareNotices } from './share-notices';

function renderNotices(notices: ShareNotice[], language: 'en' | 'zh' = 'en') {
  const onClose = vi.fn();
  const utils = render(
    <MantineProvider env="test">
      <LanguageProvider initial={language}>
        <ShareNotices notices={notices} onClose={onClose} />
      </LanguageProvider>
    </MantineProvider>,
  );
  return { ...utils, onClose, user: userEvent.setup() };
}

describe('the share notices', () => {
  test('show nothing when the link opened as written', () => {
    const { container } = renderNotices([]);
    expect(container.querySelector('[data-testid="share-notices"]')).toBeNull();
  });

  test.each([
    ['a damaged link', '#s=1.%E0%A4%A', 'link', 'The link', 'damaged'],
    ['a newer format', '#s=99.1', 'link', 'The link', 'newer version'],
    ['a run field the state cannot hold', "#s=1.7,'ten'", 'run.epoch', 'epoch', 'default was kept'],
  ])('%s: the field and a plain reason in English', (_label, link, field, shown, reason) => {
    const { notices } = decodeShareState(link);
    expect(notices.map((notice) => notice.field)).toContain(field);
    renderNotices(notices);
    const item = screen.getByRole('alert').querySelector(`[data-field="${field}"]`);
    expect(item).toHaveTextContent(shown);
    expect(item).toHaveTextContent(reason);
  });

  test('speak Chinese, and fall back to the core message when a notice has no reason', () => {
    renderNotices(
      [
        { field: 'run.epoch', message: 'x', reason: 'invalid-value' },
        { field: 'link.99', message: 'An old notice without a reason.' },
      ],
      'zh',
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('epoch：链接中的值在此处无效，已保留默认值。');
    expect(alert).toHaveTextContent('第 99 号字段：An old notice without a reason.');
  });

  test('are dismissible', async () => {
    const { onClose, user } = renderNotices(decodeShareState('#s=99').notices);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { importText } from '../../core/index';
import type { BuilderState } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import { ImportDialog } from './import-dialog';

function renderDialog(language: 'en' | 'zh' = 'en') {
  const onApply = vi.fn<(state: BuilderState) => void>();
  const onClose = vi.fn<() => void>();
  render(
    <MantineProvider env="test">
      <LanguageProvider initial={language}>
        <ImportDialog opened onClose={onClose} version="2.2" onApply={onApply} />
      </LanguageProvider>
    </MantineProvider>,
  );
  const paste = (text: string) =>
    fireEvent.change(screen.getByTestId('import-text'), { target: { value: text } });
  return { onApply, onClose, paste };
}

const GOOD =
  'config_ck = CheckpointConfig(save_checkpoint_steps=1875, keep_checkpoint_max=10)\n' +
  'ckpoint_cb = ModelCheckpoint(prefix="checkpoint_lenet", config=config_ck)';

describe('the import dialog', { timeout: 60_000 }, () => {
  test('MindSpore’s exception is shown verbatim and Apply stays disabled', async () => {
    const { onApply, paste } = renderDialog();
    paste('CheckpointConfig(save_checkpoint_steps=1.5)');
    expect(await screen.findByTestId('import-error-text')).toHaveTextContent(
      "TypeError: The input value must be int, but got 'float'",
    );
    expect(screen.getByTestId('import-format')).toHaveTextContent('Python');
    expect(screen.getByTestId('import-apply')).toBeDisabled();
    expect(onApply).not.toHaveBeenCalled();
  });

  test('unreadable text points at the line and column', async () => {
    const { paste } = renderDialog();
    paste('CheckpointConfig(save_checkpoint_steps=\n  (');
    expect(await screen.findByTestId('import-error-position')).toHaveTextContent(
      'Line 2, column 3',
    );
    expect(screen.getByTestId('import-error')).toHaveTextContent('The text cannot be read');
    expect(screen.getByTestId('import-apply')).toBeDisabled();
  });

  test('an accepted paste lists the normalisation and applies the imported state', async () => {
    const user = userEvent.setup({ delay: null });
    const { onApply, onClose, paste } = renderDialog();
    paste(GOOD.replace('keep_checkpoint_max=10', 'save_checkpoint_seconds=100'));
    expect(await screen.findByTestId('import-accepted')).toHaveTextContent(
      'MindSpore accepts this',
    );
    expect(screen.getByTestId('import-normalisations')).toHaveTextContent(
      'save_checkpoint_seconds 100 → None',
    );
    paste(GOOD);
    // MindSpore drops the default seconds 0 and per_n 0 once steps and max are positive.
    await waitFor(() =>
      expect(screen.getByTestId('import-normalisations')).not.toHaveTextContent('100 → None'),
    );
    expect(screen.getByTestId('import-normalisations')).toHaveTextContent(
      'keep_checkpoint_per_n_minutes 0 → None',
    );
    await user.click(screen.getByTestId('import-apply'));
    const expected = importText(GOOD, { version: '2.2' });
    expect(expected.ok).toBe(true);
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply.mock.calls[0]?.[0]).toEqual(expected.ok ? expected.state : undefined);
    expect(onApply.mock.calls[0]?.[0].config['save_checkpoint_steps']).toBe(1875);
    expect(onClose).toHaveBeenCalled();
  });

  test('a literal key is dropped with a note that says why', async () => {
    const { paste } = renderDialog();
    paste('CheckpointConfig(enc_key=b"0123456789abcdef")');
    await screen.findByTestId('import-accepted');
    const notes = screen.getByTestId('import-notes');
    // The note's id is data for tests, not text for the reader.
    expect(notes).not.toHaveTextContent('enc-key-literal-dropped');
    expect(notes.querySelector('[data-note="enc-key-literal-dropped"]')).not.toBeNull();
    expect(notes).toHaveTextContent(/never keeps key material/);
    expect(notes).not.toHaveTextContent('0123456789abcdef');
    expect(screen.getByTestId('import-warnings')).not.toHaveTextContent('saves-every-step');
  });

  test.each([
    ['en', 'CheckpointConfig(10, 60)', '60 was read as seconds'],
    ['zh', 'CheckpointConfig(10, 60)', '60 被当作秒数读取'],
    ['zh', '# MindSpore 2.5\nCheckpointConfig(1)', '注释中写明了 MindSpore 2.5'],
    ['zh', 'CheckpointConfig(enc_key=b"0123456789abcdef")', '密钥（16 字节，bytes）已被丢弃'],
    ['zh', 'CheckpointConfig(enc_key=b"0123456789abcdef")', '读取同样长度的密钥。（第 1 行）'],
  ] as const)(
    '%s: a note reads in the language with its values: %s',
    async (language, text, expected) => {
      const { paste } = renderDialog(language);
      paste(text);
      await screen.findByTestId('import-accepted');
      expect(screen.getByTestId('import-notes')).toHaveTextContent(expected);
    },
  );

  test.each([
    [
      'garbage',
      'hello world',
      '没有找到 CheckpointConfig(...) 或 ModelCheckpoint(...) 调用。',
      undefined,
    ],
    [
      'YAML indented with a tab',
      'callbacks:\n\t- type: CheckpointMonitor\n\t  prefix: x',
      '无法读取此 YAML：第 2 行用制表符缩进',
      '第 2 行，第 1 列',
    ],
    [
      'a bad mindspore_version in JSON',
      '{"mindspore_version": "9.9"}',
      'mindspore_version 必须是 2.2, 2.3, 2.4, 2.5, 2.6, 2.7 之一',
      undefined,
    ],
  ] as const)(
    'zh: the builder’s own error for %s is a Chinese sentence, with a hint only where it applies',
    async (_name, text, expected, position) => {
      const { paste } = renderDialog('zh');
      paste(text);
      const error = await screen.findByTestId('import-error-text');
      expect(error).toHaveTextContent(expected);
      expect(error).not.toHaveTextContent(/Unsupported|SyntaxError|cannot|No Checkpoint/);
      expect(screen.getByTestId('import-error')).not.toHaveTextContent('请把值写成字面量');
      if (position === undefined) {
        expect(screen.queryByTestId('import-error-position')).toBeNull();
        expect(screen.queryByTestId('import-error-hint')).toBeNull();
      } else {
        expect(screen.getByTestId('import-error-position')).toHaveTextContent(position);
        expect(screen.getByTestId('import-error-hint')).toHaveTextContent('请修改标出位置的文本');
      }
    },
  );

  test('zh: a value the builder cannot know gets the literal hint; MindSpore’s text stays English', async () => {
    const { paste } = renderDialog('zh');
    paste('CheckpointConfig(save_checkpoint_steps=n)');
    expect(await screen.findByTestId('import-error-text')).toHaveTextContent(
      'save_checkpoint_steps 被写成了 `n`',
    );
    expect(screen.getByTestId('import-error-hint')).toHaveTextContent('请把值写成字面量');
    paste('CheckpointConfig(save_checkpoint_steps=1.5)');
    await waitFor(() =>
      expect(screen.getByTestId('import-error-text')).toHaveTextContent(
        "TypeError: The input value must be int, but got 'float'",
      ),
    );
  });

  test('Cancel closes without applying', async () => {
    const user = userEvent.setup({ delay: null });
    const { onApply, onClose, paste } = renderDialog();
    paste(GOOD);
    await screen.findByTestId('import-accepted');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(onApply).not.toHaveBeenCalled();
  });

  test.each([
    ['empty JSON', '{'],
    ['binary noise', '\u0000\uFFFF\uD800'],
    ['deep brackets', '['.repeat(5000)],
  ])('%s never crashes the dialog', async (_label, text) => {
    const { paste } = renderDialog();
    paste(text);
    await screen.findByTestId('import-error');
    expect(screen.getByTestId('import-apply')).toBeDisabled();
  });
});

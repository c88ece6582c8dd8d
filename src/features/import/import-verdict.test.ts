import { describe, expect, test, vi } from 'vitest';
import { formatMessage } from '../../i18n/languages';
import { importProblemMessages } from '../../i18n/messages/import';
import { importVerdict } from './import-verdict';

vi.mock('../../core/formats/import-text', () => ({
  importText: () => {
    throw new Error('boom');
  },
}));

describe('importVerdict when the importer throws', () => {
  test('the error carries its reason, so the dialog says it in the reader’s language', () => {
    const { result } = importVerdict('anything', '2.2');
    expect(result.ok).toBe(false);
    const error = result.ok ? undefined : result.errors[0];
    expect(error?.reason).toEqual({ id: 'unreadable-text', values: { detail: 'Error: boom' } });
    const values = { ...error?.reason?.values };
    expect(formatMessage(importProblemMessages['unreadable-text'].en, values)).toBe(error?.message);
    expect(formatMessage(importProblemMessages['unreadable-text'].zh, values)).toBe(
      '配置器无法读取此文本（Error: boom）。',
    );
  });
});

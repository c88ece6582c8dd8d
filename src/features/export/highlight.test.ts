import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultState, exportText } from '../../core/index';
import type { ExportFormat } from '../../core/index';
import { tokenize } from './highlight';

const FORMATS: ExportFormat[] = ['python', 'typescript', 'json', 'yaml'];
const joined = (text: string, format: ExportFormat) =>
  tokenize(text, format)
    .map((token) => token.text)
    .join('');

describe('the highlighter', () => {
  test.each(FORMATS)('%s: the tokens of any string concatenate to the string', (format) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({
            unit: fc.constantFrom(
              '#',
              '"',
              "'",
              '\\',
              '\n',
              '/',
              '*',
              '`',
              ':',
              ' ',
              '1',
              '.',
              'e',
              'None',
              'b',
            ),
            maxLength: 80,
          }),
        ),
        (text) => {
          const tokens = tokenize(text, format);
          expect(tokens.map((token) => token.text).join('')).toBe(text);
          expect(tokens.every((token) => token.text.length > 0)).toBe(true);
        },
      ),
    );
  });

  test.each(FORMATS)('%s: the default export survives tokenising unchanged', (format) => {
    const text = exportText(defaultState(), format);
    expect(joined(text, format)).toBe(text);
  });

  test.each([
    {
      label: 'python comment',
      format: 'python',
      text: '# MindSpore 2.2',
      kind: 'comment',
      token: '# MindSpore 2.2',
    },
    {
      label: 'python string',
      format: 'python',
      text: "prefix='CKP'",
      kind: 'string',
      token: "'CKP'",
    },
    {
      label: 'python None',
      format: 'python',
      text: 'directory=None',
      kind: 'keyword',
      token: 'None',
    },
    { label: 'python int', format: 'python', text: 'steps=1875)', kind: 'number', token: '1875' },
    {
      label: 'ts comment',
      format: 'typescript',
      text: '// two\nx',
      kind: 'comment',
      token: '// two',
    },
    { label: 'json key', format: 'json', text: '{"config": 1}', kind: 'key', token: '"config"' },
    { label: 'json value', format: 'json', text: '{"a": "b"}', kind: 'string', token: '"b"' },
    { label: 'yaml key', format: 'yaml', text: '    prefix: "CKP"', kind: 'key', token: 'prefix' },
    {
      label: 'yaml comment',
      format: 'yaml',
      text: 'a: 1 # note',
      kind: 'comment',
      token: '# note',
    },
  ] as const)('$label: $token is a $kind', ({ format, text, kind, token }) => {
    expect(tokenize(text, format)).toContainEqual({ text: token, kind });
  });

  test('a name containing a keyword or digits is plain text', () => {
    expect(tokenize('NoneType x1', 'python')).toEqual([{ text: 'NoneType x1' }]);
  });
});

import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { withFileNameBreaks, withUnderscoreBreaks } from './underscore-breaks';

function rendered(text: string) {
  const { container } = render(<span>{withUnderscoreBreaks(text)}</span>);
  return container.firstElementChild!;
}

describe('withUnderscoreBreaks', () => {
  test.each([
    ['save_checkpoint_steps', 'save_|checkpoint_|steps'],
    [
      'keep_checkpoint_max: oldest file over the limit',
      'keep_|checkpoint_|max: oldest file over the limit',
    ],
    ['_leading and trailing_', '_|leading and trailing_|'],
    ['no identifier', 'no identifier'],
    ['', ''],
  ])('%s breaks as %s', (text, expected) => {
    const element = rendered(text);
    // A "|" for each line-break opportunity, in place.
    const shown = [...element.childNodes]
      .map((node) => (node.nodeName === 'WBR' ? '|' : (node.textContent ?? '')))
      .join('');
    expect(shown).toBe(expected);
  });

  test('the text read and copied is the text given, with a break after each underscore', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '_', ' ', ':', '中') }), (text) => {
        const element = rendered(text);
        expect(element.textContent).toBe(text);
        expect(element.querySelectorAll('wbr')).toHaveLength(text.split('_').length - 1);
      }),
    );
  });
});

describe('withFileNameBreaks', () => {
  test.each([
    [
      'llama2_7b_pretrain_stage2_run0042-1_100.ckpt',
      'llama2_|7b_|pretrain_|stage2_|run0042-|1_|100.ckpt',
    ],
    ['CKP-1_1.ckpt', 'CKP-|1_|1.ckpt'],
    ['plain.ckpt', 'plain.ckpt'],
  ])('%s breaks as %s', (text, expected) => {
    const { container } = render(<span>{withFileNameBreaks(text)}</span>);
    const shown = [...container.firstElementChild!.childNodes]
      .map((node) => (node.nodeName === 'WBR' ? '|' : (node.textContent ?? '')))
      .join('');
    expect(shown).toBe(expected);
    expect(container.textContent).toBe(text);
  });
});

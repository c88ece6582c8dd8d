import { describe, expect, test } from 'vitest';
import { PRERENDER_SEED_ID, readPrerenderSeed, seedToScriptText } from './prerender-seed';
import type { PrerenderSeed } from './prerender-seed';

function pageWith(text: string | null): Document {
  const page = document.implementation.createHTMLDocument('page');
  if (text !== null) {
    const block = page.createElement('script');
    block.type = 'application/json';
    block.id = PRERENDER_SEED_ID;
    block.textContent = text;
    page.body.append(block);
  }
  return page;
}

const seed: PrerenderSeed = {
  warnings: [
    {
      id: 'x',
      severity: 'warning',
      fields: ['prefix'],
      message: 'A </script><script>alert(1)</script> in a message',
      source: 'r2.2 L1',
    },
  ],
  fieldNotes: { prefix: [{ severity: 'warning', text: '<b>not markup</b>' }] },
  formValid: true,
};

describe('the prerender seed', () => {
  test('round-trips through the page, and no text in it can close its element', () => {
    const text = seedToScriptText(seed);
    expect(text).not.toContain('<');
    expect(readPrerenderSeed(pageWith(text))).toEqual(seed);
  });

  test.each([
    ['missing', '{"warnings": [], "fieldNotes": {}}'],
    ['a string', '{"warnings": [], "fieldNotes": {}, "formValid": "true"}'],
    ['false', '{"warnings": [], "fieldNotes": {}, "formValid": false}'],
  ])('formValid %s: the form checks the state itself', (_label, text) => {
    expect(readPrerenderSeed(pageWith(text))?.formValid).toBe(false);
  });

  test.each([
    ['no seed in the page', null],
    ['an empty block', ''],
    ['text that is not JSON', '{"warnings": ['],
    ['JSON of another shape', '{"warnings": 3, "fieldNotes": {}}'],
    ['null', 'null'],
  ])('%s: none, and the page is rendered rather than hydrated', (_label, text) => {
    expect(readPrerenderSeed(pageWith(text))).toBeNull();
  });
});

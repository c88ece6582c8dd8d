import { describe, expect, test } from 'vitest';
import type { Rollup } from 'vite';
import { bootTags, withInlineScriptHashes, withPrerenderedRoot } from './prerender-plugin';

const CSP =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'\" />";

describe('the CSP lets index.html’s own inline scripts run, and only them', () => {
  // Expected hashes computed apart: printf '<body>' | openssl dgst -sha256 -binary | base64
  test.each([
    [
      'one inline script',
      `${CSP}<script>alert(1)</script>`,
      ["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"],
    ],
    [
      'two, whitespace included',
      `${CSP}<script>alert(1)</script><script>\n  var x = 1;\n</script>`,
      [
        "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
        "'sha256-lntYEl2VCmAryz6L783NtTNL3RSpQ3+Ve7enxWiEfVc='",
      ],
    ],
    [
      'module and data scripts are not inline classic scripts',
      `${CSP}<script type="module" src="/a.js"></script><script type="application/json">{}</script>`,
      [],
    ],
  ])('%s', (_label, html, hashes) => {
    const result = withInlineScriptHashes(html);
    const directive = /script-src ([^;"]*)/.exec(result)?.[1] ?? '';
    expect(directive.split(' ')).toEqual(["'self'", ...hashes]);
    // Nothing else in the policy changes.
    expect(result.replace(/script-src [^;"]*/, '')).toBe(html.replace(/script-src [^;"]*/, ''));
  });
});

describe('the prerendered markup goes into #root, the seed after it', () => {
  const html = '<body><div id="root"></div><script type="module" src="/m.js"></script></body>';

  test('markup and seed in place; replacement patterns in them are text', () => {
    const result = withPrerenderedRoot(html, '<p>$& and $1</p>', '{"a":"$\'"}');
    expect(result).toBe(
      '<body><div id="root"><p>$& and $1</p></div>' +
        '<script type="application/json" id="prerender-seed">{"a":"$\'"}</script>' +
        '<script type="module" src="/m.js"></script></body>',
    );
  });

  test.each([
    [
      'markup with a script',
      html,
      '<p>x</p><script>alert(1)</script>',
      /markup contains a <script>/,
    ],
    [
      'markup with an upper-case script',
      html,
      '<SCRIPT src="x"></SCRIPT>',
      /markup contains a <script>/,
    ],
    ['a page without an empty #root', '<body><div id="app"></div></body>', '<p>x</p>', /has no/],
  ])('refused: %s', (_label, page, markup, message) => {
    expect(() => withPrerenderedRoot(page, markup, '{}')).toThrow(message);
  });
});

function chunk(fileName: string, fields: Partial<Rollup.OutputChunk> & { css?: string[] }) {
  const { css = [], ...rest } = fields;
  return {
    type: 'chunk',
    fileName,
    isEntry: false,
    imports: [],
    facadeModuleId: null,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
    ...rest,
  } as unknown as Rollup.OutputChunk;
}

describe('what index.html links for the code imported after the first paint', () => {
  const bundle = {
    'index.js': chunk('assets/index.js', { isEntry: true, facadeModuleId: '/app/src/main.tsx' }),
    'boot.js': chunk('assets/boot.js', {
      facadeModuleId: '/app/src/boot.tsx',
      imports: ['assets/react.js', 'assets/shared.js', 'assets/index.js'],
      css: ['assets/boot.css'],
    }),
    'react.js': chunk('assets/react.js', { imports: ['assets/shared.js'] }),
    'shared.js': chunk('assets/shared.js', { css: ['assets/shared.css'] }),
    'lazy.js': chunk('assets/lazy.js', { imports: ['assets/shared.js'], css: ['assets/lazy.css'] }),
  } as unknown as Rollup.OutputBundle;

  test("the stylesheets of boot's chunks, no script preload; nothing of the entry or of lazy chunks", () => {
    const tags = bootTags(bundle, '/');
    const hrefs = (rel: string) =>
      tags.filter((tag) => tag.attrs?.['rel'] === rel).map((tag) => tag.attrs?.['href']);
    expect(hrefs('stylesheet').sort()).toEqual(['/assets/boot.css', '/assets/shared.css']);
    // No script is fetched before the first paint (ADR 10): main.tsx imports them after it.
    expect(hrefs('modulepreload')).toEqual([]);
    for (const tag of tags) expect(tag.injectTo).toBe('head');
  });

  test('a build without src/boot.tsx is refused', () => {
    const withoutBoot = { 'index.js': bundle['index.js'] } as unknown as Rollup.OutputBundle;
    expect(() => bootTags(withoutBoot, '/')).toThrow(/no chunk for src\/boot.tsx/);
  });
});

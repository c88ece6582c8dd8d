import { describe, expect, test } from 'vitest';
import type { Rollup } from 'vite';
import {
  withInlineScriptHashes,
  withInlineStylesheets,
  withPrerenderedRoot,
  withThemeVariables,
} from './prerender-plugin';

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
    [
      'markup with a responsive style prop’s <style> element',
      html,
      '<main><style data-mantine-styles="inline">.__m__-_R_3_{padding:0}</style></main>',
      /responsive style prop/,
    ],
    [
      'markup with the theme’s CSS variables',
      html,
      '<style data-mantine-styles="true">:root{--mantine-color-dimmed:#495057}</style><p>x</p>',
      /go in the head/,
    ],
    ['a page without an empty #root', '<body><div id="app"></div></body>', '<p>x</p>', /has no/],
  ])('refused: %s', (_label, page, markup, message) => {
    expect(() => withPrerenderedRoot(page, markup, '{}')).toThrow(message);
  });
});

describe('the theme’s CSS variables go at the end of the head, after the stylesheet', () => {
  const css = ':root{--mantine-color-dimmed:#495057;--x:"$&"}';

  test('after everything in the head; replacement patterns in them are text', () => {
    expect(withThemeVariables('<head><style>a{}</style></head><body></body>', css)).toBe(
      `<head><style>a{}</style><style data-theme-variables>${css}</style></head><body></body>`,
    );
  });

  test.each([
    ['a page without a head', '<body></body>', css, /no <\/head>/],
    [
      'no Mantine variables (Mantine changed what it writes)',
      '<head></head>',
      ':root{}',
      /no Mantine/,
    ],
    [
      'text that would end the element',
      '<head></head>',
      ':root{--mantine-x:"</style>"}',
      /contain "<\/style"/,
    ],
  ])('refused: %s', (_label, html, text, message) => {
    expect(() => withThemeVariables(html, text)).toThrow(message);
  });
});

function asset(fileName: string, source: string | Uint8Array) {
  return { type: 'asset', fileName, source } as unknown as Rollup.OutputAsset;
}

describe('the stylesheets go into the page as <style> elements', () => {
  const bundle = {
    'assets/style-1.css': asset('assets/style-1.css', 'a{color:red}'),
    'assets/more-2.css': asset('assets/more-2.css', new TextEncoder().encode('b{color:blue}')),
    'assets/index-3.js': { type: 'chunk', fileName: 'assets/index-3.js' },
  } as unknown as Rollup.OutputBundle;

  test('each link is replaced in place by its file, in order; other links stay', () => {
    const html =
      '<head><link rel="icon" href="/favicon.svg" />' +
      '<link rel="stylesheet" crossorigin href="/assets/style-1.css">' +
      '<style>x{}</style><link rel="stylesheet" href="/assets/more-2.css" /></head>';
    expect(withInlineStylesheets(html, bundle, '/')).toBe(
      '<head><link rel="icon" href="/favicon.svg" />' +
        '<style>a{color:red}</style><style>x{}</style><style>b{color:blue}</style></head>',
    );
  });

  test('under another base', () => {
    const html = '<link rel="stylesheet" href="/app/assets/style-1.css">';
    expect(withInlineStylesheets(html, bundle, '/app/')).toBe('<style>a{color:red}</style>');
  });

  test.each([
    ['a file the build did not emit', '<link rel="stylesheet" href="/assets/gone.css">', bundle],
    ['a chunk, not a stylesheet', '<link rel="stylesheet" href="/assets/index-3.js">', bundle],
    [
      'an address outside the base',
      '<link rel="stylesheet" href="https://cdn.example/a.css">',
      bundle,
    ],
    [
      'a stylesheet whose text would end the element',
      '<link rel="stylesheet" href="/assets/bad.css">',
      { 'assets/bad.css': asset('assets/bad.css', 'a::after{content:"</STYLE>"}') },
    ],
  ])('refused: %s', (_label, html, files) => {
    expect(() => withInlineStylesheets(html, files as Rollup.OutputBundle, '/')).toThrow(
      /prerender:/,
    );
  });
});

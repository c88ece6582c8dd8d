// Prerenders the page at build time (ADR 9), lets index.html's inline script run under the
// Content-Security-Policy and puts the app's stylesheet into the page (ADR 11). A Vite plugin, so
// that every `vite build` (npm run build, the Playwright server, the audit, the bench) serves the
// same page.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';

const ROOT_ELEMENT = '<div id="root"></div>';

/** What src/prerender.tsx exports (built for Node by this plugin, then imported). */
interface PrerenderEntry {
  renderPage: () => Promise<{ markup: string; seed: unknown }>;
  renderThemeVariables: () => Promise<string>;
  seedToScriptText: (seed: unknown) => string;
}

/** `script-src` gains the hash of each inline classic script: only those exact scripts may run. */
export function withInlineScriptHashes(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
  );
  if (hashes.length === 0) return html;
  return html.replace(/script-src 'self'/, `script-src 'self' ${hashes.join(' ')}`);
}

/**
 * Puts the prerendered markup in the page's root element, and the seed (what the warnings engine
 * found for it, src/app/prerender-seed.ts) after it, as a JSON data block: never executed.
 */
export function withPrerenderedRoot(html: string, markup: string, seedText: string): string {
  if (!html.includes(ROOT_ELEMENT)) throw new Error(`prerender: index.html has no ${ROOT_ELEMENT}`);
  // The page's CSP allows no inline script but index.html's own: the markup must need none
  // (a Suspense boundary the prerender could not finish would bring one).
  if (/<script\b/i.test(markup)) throw new Error('prerender: the markup contains a <script>');
  // A Mantine responsive style prop (`px={{ base, sm }}`, `span={{ base, md }}`…) renders a
  // <style> element where the component is: met by the parser after part of the page was laid
  // out, it makes the browser restyle and lay out the page again before its first paint. Write
  // responsive layout in a CSS module instead (src/ui/page-layout.module.css).
  if (/<style\b[^>]*data-mantine-styles="inline"/i.test(markup))
    throw new Error(
      'prerender: the markup contains a responsive style prop’s <style> element: use a CSS module',
    );
  // The theme's variables belong in the head, written once by the build (ADR 17).
  if (/<style\b[^>]*data-mantine-styles="true"/i.test(markup))
    throw new Error(
      'prerender: the markup contains the theme’s CSS variables: they go in the head',
    );
  const seed = `<script type="application/json" id="prerender-seed">${seedText}</script>`;
  return html.replace(ROOT_ELEMENT, () => `<div id="root">${markup}</div>${seed}`);
}

/**
 * Puts the theme's CSS variables (Mantine's, computed by the build: ADR 17) at the end of the
 * page's head, after its stylesheet, whose defaults they override.
 */
export function withThemeVariables(html: string, css: string): string {
  if (!html.includes('</head>')) throw new Error('prerender: index.html has no </head>');
  if (!css.includes('--mantine-')) throw new Error('prerender: no Mantine CSS variables');
  if (/<\/style/i.test(css)) throw new Error('prerender: the CSS variables contain "</style"');
  return html.replace('</head>', () => `<style data-theme-variables>${css}</style></head>`);
}

/**
 * Puts the page's stylesheets into it as `<style>` elements (ADR 11). A linked stylesheet holds
 * the first paint back until it has arrived: on this machine its request started only after the
 * HTML's first bytes and took 40–70 ms more. The build emits one stylesheet for the whole app
 * (`build.cssCodeSplit: false` in vite.config.ts), so no chunk imported later asks for a
 * stylesheet the page already holds, which would be fetched again and re-applied after styles
 * that override it.
 */
export function withInlineStylesheets(
  html: string,
  bundle: Rollup.OutputBundle,
  base: string,
): string {
  return html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (link) => {
    const href = /\bhref="([^"]+)"/.exec(link)?.[1] ?? '';
    const asset = href.startsWith(base) ? bundle[href.slice(base.length)] : undefined;
    if (asset?.type !== 'asset')
      throw new Error(`prerender: no stylesheet in the build for ${link}`);
    const css =
      typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
    // The text would end the element early (and what follows would be parsed as markup).
    if (/<\/style/i.test(css)) throw new Error(`prerender: ${href} contains "</style"`);
    return `<style>${css}</style>`;
  });
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ckpt-builder:prerender',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const withScripts = withInlineScriptHashes(html);
        // The dev server has no bundle: it serves its stylesheets as modules.
        return context.bundle
          ? withInlineStylesheets(withScripts, context.bundle, config.base)
          : withScripts;
      },
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      // Under node_modules, so that the server build finds the packages it leaves external; a
      // directory of its own per build, as two builds of one checkout may run at once (the
      // benchmark's and the tests').
      const cache = resolve(config.root, 'node_modules/.cache');
      await mkdir(cache, { recursive: true });
      const outDir = await mkdtemp(resolve(cache, 'prerender-'));
      try {
        await build({
          configFile: config.configFile ?? false,
          mode: config.mode,
          logLevel: 'warn',
          build: {
            ssr: resolve(config.root, 'src/prerender.tsx'),
            outDir,
            emptyOutDir: true,
            copyPublicDir: false,
          },
        });
        const entry = pathToFileURL(resolve(outDir, 'prerender.js')).href;
        const { renderPage, renderThemeVariables, seedToScriptText } = (await import(
          entry
        )) as PrerenderEntry;
        const indexPath = resolve(config.root, config.build.outDir, 'index.html');
        const html = await readFile(indexPath, 'utf8');
        const { markup, seed } = await renderPage();
        const themed = withThemeVariables(html, await renderThemeVariables());
        await writeFile(indexPath, withPrerenderedRoot(themed, markup, seedToScriptText(seed)));
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    },
  };
}

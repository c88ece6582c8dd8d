// Prerenders the page at build time (ADR 9) and lets index.html's inline script run under the
// Content-Security-Policy. A Vite plugin, so that every `vite build` (npm run build, the
// Playwright server, the audit, the bench) serves the same page.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig, Rollup } from 'vite';

const ROOT_ELEMENT = '<div id="root"></div>';

/** What src/prerender.tsx exports (built for Node by this plugin, then imported). */
interface PrerenderEntry {
  renderPage: () => Promise<{ markup: string; seed: unknown }>;
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
  const seed = `<script type="application/json" id="prerender-seed">${seedText}</script>`;
  return html.replace(ROOT_ELEMENT, () => `<div id="root">${markup}</div>${seed}`);
}

/**
 * main.tsx imports the app (src/boot.tsx) only after the first paint; the stylesheets of the
 * chunks it imports are linked from the page, as the prerendered page needs them for that first
 * paint. Its scripts are not preloaded: a fetch started before the first paint shares the
 * network with the page's HTML and CSS, and Lighthouse counts every request started before the
 * largest paint as holding it back (mobile LCP 2.3 s with the preloads, ADR 10). The import
 * fetches every chunk at once (Vite lists them), so nothing waits on another.
 */
export function bootTags(bundle: Rollup.OutputBundle, base: string): HtmlTagDescriptor[] {
  const chunks = Object.values(bundle).filter(
    (output): output is Rollup.OutputChunk => output.type === 'chunk',
  );
  const boot = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/boot.tsx'));
  if (!boot) throw new Error('prerender: no chunk for src/boot.tsx');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const needed = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = byName.get(fileName);
    if (!chunk || chunk.isEntry || needed.has(fileName)) return;
    needed.add(fileName);
    chunk.imports.forEach(visit);
  };
  visit(boot.fileName);
  const css = new Set(
    [...needed].flatMap((fileName) => [...(byName.get(fileName)?.viteMetadata?.importedCss ?? [])]),
  );
  return [...css].map((href) => ({
    tag: 'link',
    attrs: { rel: 'stylesheet', crossorigin: true, href: base + href },
    injectTo: 'head' as const,
  }));
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
      handler: (html, context) => ({
        html: withInlineScriptHashes(html),
        tags: context.bundle ? bootTags(context.bundle, config.base) : [],
      }),
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
        const { renderPage, seedToScriptText } = (await import(entry)) as PrerenderEntry;
        const indexPath = resolve(config.root, config.build.outDir, 'index.html');
        const html = await readFile(indexPath, 'utf8');
        const { markup, seed } = await renderPage();
        await writeFile(indexPath, withPrerenderedRoot(html, markup, seedToScriptText(seed)));
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    },
  };
}

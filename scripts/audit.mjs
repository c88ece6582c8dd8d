// Budgets for the first load (issue 8): builds the page, measures what index.html loads
// (scripts, module preloads, stylesheets) gzipped, and optionally runs Lighthouse 12.8.2.
// Usage: npm run audit            (bundle budgets)
//        npm run audit -- --lighthouse   (also Lighthouse desktop + mobile, needs Chromium)
import { execSync, spawn } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { findChromium } from './find-browser.mjs';

const BUDGET = { totalKb: 180, jsKb: 200, cssKb: 25 };
const dist = 'dist';

execSync('npx vite build', { stdio: 'inherit' });
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [
  ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="(?:modulepreload|stylesheet)"/g),
].map((match) => match[1]);
const unique = [...new Set(assets)].filter((href) => href.startsWith('/assets/'));
let js = 0;
let css = 0;
for (const href of unique) {
  const size = gzipSync(readFileSync(join(dist, href))).length;
  if (href.endsWith('.css')) css += size;
  else js += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} kB gzip  ${href}`);
}
const kb = (bytes) => bytes / 1024;
const total = js + css;
console.log(
  `\nfirst load: JS ${kb(js).toFixed(1)} kB + CSS ${kb(css).toFixed(1)} kB = ${kb(total).toFixed(1)} kB gzip`,
);
const failures = [];
if (kb(total) > BUDGET.totalKb)
  failures.push(`JS + CSS ${kb(total).toFixed(1)} kB > ${BUDGET.totalKb} kB`);
if (kb(js) > BUDGET.jsKb) failures.push(`JS ${kb(js).toFixed(1)} kB > ${BUDGET.jsKb} kB`);
if (kb(css) > BUDGET.cssKb) failures.push(`CSS ${kb(css).toFixed(1)} kB > ${BUDGET.cssKb} kB`);

if (process.argv.includes('--lighthouse')) {
  const chrome = findChromium();
  if (!chrome) throw new Error('Lighthouse needs a Chromium (see README).');
  const port = 4599;
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  await new Promise((resolve) => setTimeout(resolve, 2500));
  try {
    for (const preset of ['desktop', 'mobile']) {
      const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
      const presetFlag = preset === 'desktop' ? '--preset=desktop' : '--form-factor=mobile';
      execSync(
        `npx --yes lighthouse@12.8.2 http://127.0.0.1:${port}/ ${presetFlag} --quiet --output=json --output-path=${out} ` +
          `--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic"`,
        { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
      );
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const scores = Object.fromEntries(
        Object.entries(report.categories).map(([id, category]) => [
          id,
          Math.round(category.score * 100),
        ]),
      );
      const fcp = report.audits['first-contentful-paint']?.numericValue;
      console.log(`Lighthouse ${preset}: ${JSON.stringify(scores)}; FCP ${fcp?.toFixed(0)} ms`);
      // The metrics behind the performance score, and every audit that did not pass, by name.
      for (const id of [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ]) {
        console.log(`  ${id}: ${report.audits[id]?.displayValue ?? '?'}`);
      }
      const refs = Object.values(report.categories).flatMap((category) => category.auditRefs);
      for (const ref of refs) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
          console.log(
            `  below 90: ${ref.id} (${Math.round(audit.score * 100)}) ${audit.displayValue ?? ''}`,
          );
        }
      }
    }
  } finally {
    process.kill(-server.pid);
  }
}

if (failures.length > 0) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Within budget.');

// Budgets for the first load (issue 8): builds the page, measures what it loads first (scripts
// and stylesheets, gzipped), the first useful paint in Chromium and the main-thread blocking
// after it (a steadier stand-in for Lighthouse's total blocking time), and optionally runs
// Lighthouse 12.8.2.
// Usage: npm run audit                    (bundle budgets, first useful paint, blocking)
//        npm run audit -- --lighthouse     (also Lighthouse desktop + mobile, needs Chromium)
//        npm run audit -- --lighthouse=5   (five runs each, budgets checked on the medians)
//        npm run audit -- --server=preview (served by vite preview, not the static server)
import { execSync, spawn } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { loadavg, tmpdir } from 'node:os';
import { findOrInstallChromium, HOW_TO_GET_CHROMIUM } from './find-browser.mjs';
import { untilServed } from './until-served.mjs';

const BUDGET = {
  totalKb: 180,
  jsKb: 200,
  cssKb: 25,
  usefulPaintMs: 300,
  // Lighthouse 12.8.2's category scores, checked on the median of the runs.
  lighthouse: {
    desktop: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 95 },
    mobile: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 },
  },
};
const dist = 'dist';

// The manifest says which chunks and stylesheets each chunk brings; it is written for this
// measurement only (a plain `npm run build` ships none).
execSync('npx vite build --manifest', { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The first load: what index.html loads (its entry script), and what the entry
// imports as soon as the prerendered page is painted (src/boot.tsx and react-dom/client, ADR 10)
// with every chunk they import statically. The regions loaded later (ADR 8) are not counted.
const firstLoad = new Set(
  [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="modulepreload"/g),
  ]
    .map((match) => match[1])
    .filter((href) => href.startsWith('/assets/')),
);
const visited = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || visited.has(key)) return;
  visited.add(key);
  firstLoad.add(`/${chunk.file}`);
  for (const imported of chunk.imports ?? []) visit(imported);
};
if (!manifest['index.html'] || !manifest['src/boot.tsx'])
  throw new Error('audit: no entry or no src/boot.tsx in the manifest');
visit('index.html');
// The link reader (with the state's schemas) is imported only when the address carries a link
// (ADR 13): a visit of the page itself does not load it.
const LINK_VISITS_ONLY = 'src/features/share/link-reader.ts';
const entryImports = manifest['index.html'].dynamicImports ?? [];
if (!entryImports.includes(LINK_VISITS_ONLY))
  throw new Error(`audit: the entry no longer imports ${LINK_VISITS_ONLY}; update the audit`);
for (const imported of entryImports) if (imported !== LINK_VISITS_ONLY) visit(imported);
let css = 0;
// The build emits one stylesheet, which index.html holds as a <style> element (ADR 11): it is
// part of the first load although no request fetches it.
if (/<link[^>]+rel="stylesheet"/.test(html))
  throw new Error('audit: index.html links a stylesheet');
for (const { file } of Object.values(manifest).filter((entry) => entry.file.endsWith('.css'))) {
  const size = gzipSync(readFileSync(join(dist, file))).length;
  css += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} kB gzip  /${file} (in index.html)`);
}
let js = 0;
for (const href of [...firstLoad].filter((href) => !href.endsWith('.html'))) {
  const size = gzipSync(readFileSync(join(dist, href))).length;
  js += size;
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
// The state's schemas (zod) load after the first paint, with the form's checks and the link
// reader (ADR 13): ~12 kB gzip and ~8 ms of module evaluation that the first load does without.
// zod's objects keep their `_zod` property through minification.
const withSchemas = [...firstLoad].filter(
  (href) => href.endsWith('.js') && readFileSync(join(dist, href), 'utf8').includes('_zod'),
);
if (withSchemas.length > 0)
  failures.push(`the first load carries zod (ADR 13): ${withSchemas.join(', ')}`);
// Nor the Python reader (~5 kB gzip): only the import dialog and the form's Python values need
// it. One of its SyntaxError messages survives minification.
const withPythonReader = [...firstLoad].filter(
  (href) =>
    href.endsWith('.js') &&
    readFileSync(join(dist, href), 'utf8').includes('positional argument follows keyword argument'),
);
if (withPythonReader.length > 0)
  failures.push(`the first load carries the Python reader: ${withPythonReader.join(', ')}`);
if (kb(js) > BUDGET.jsKb) failures.push(`JS ${kb(js).toFixed(1)} kB > ${BUDGET.jsKb} kB`);
if (kb(css) > BUDGET.cssKb) failures.push(`CSS ${kb(css).toFixed(1)} kB > ${BUDGET.cssKb} kB`);

/** The middle one of `values` by `key` (for an even count, the upper of the two middle ones). */
const median = (values, key = (value) => value) =>
  [...values].sort((a, b) => key(a) - key(b))[Math.floor(values.length / 2)];

/**
 * Opens the page `runs` times, each in a new browser context (a cold load: nothing cached), and
 * collects what `measure(page)` returns for each load (an `undefined` is left out).
 */
async function coldLoads(chrome, { runs, viewport }, measure) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chrome });
  const results = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport });
      try {
        const result = await measure(await context.newPage());
        if (result !== undefined) results.push(result);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** Waits until the page answers input: the app marks it once hydrated (or rendered). */
async function interactiveAt(page) {
  await page.waitForFunction(
    () => performance.getEntriesByName('ckpt-builder:interactive').length > 0,
  );
  return page.evaluate(() => performance.getEntriesByName('ckpt-builder:interactive')[0].startTime);
}

// First useful paint: from the navigation's start to the first frame painted with the form's
// first section in it, in Chromium on this machine, median of 7 cold loads. Budget: 300 ms.
async function firstUsefulPaint(chrome, url) {
  const loads = await coldLoads(
    chrome,
    { runs: 7, viewport: { width: 1280, height: 900 } },
    async (page) => {
      await page.addInitScript(() => {
        // Element Timing: the browser reports when the form's first section heading is painted.
        // The attribute is set as the heading is parsed (or rendered), before its first paint.
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.identifier === 'useful') window.__usefulPaint = entry.renderTime;
          }
        }).observe({ type: 'element', buffered: true });
        new MutationObserver((_records, observer) => {
          const heading = document.querySelector('[data-section="when"] legend');
          if (heading) {
            observer.disconnect();
            heading.setAttribute('elementtiming', 'useful');
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      await page.waitForFunction(() => window.__usefulPaint !== undefined);
      const paint = await page.evaluate(() => window.__usefulPaint);
      return { paint, interactive: await interactiveAt(page) };
    },
  );
  const times = loads.map((load) => load.paint);
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    interactive: median(loads.map((load) => load.interactive)),
  };
}

// Main-thread blocking after the first paint, as Lighthouse's mobile run counts it but steadier:
// Lighthouse multiplies each observed task's wall time by 4 (its phone's slower CPU), so other
// jobs on this machine inflate its figure. This takes each main-thread task's CPU time (the
// trace's `tdur`) times 4 and sums what exceeds 50 ms, from the first contentful paint until the
// page has been hydrated and quiet for 2.5 s; median of 5 cold loads at a phone's viewport.
async function blockingAfterPaint(chrome, url) {
  const loads = await coldLoads(
    chrome,
    { runs: 5, viewport: { width: 412, height: 823 } },
    async (page) => {
      const cdp = await page.context().newCDPSession(page);
      const events = [];
      cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading',
        transferMode: 'ReportEvents',
      });
      await page.goto(url);
      await interactiveAt(page);
      await page.waitForTimeout(2500);
      await cdp.send('Tracing.end');
      await complete;
      const threads = events.filter(
        (event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain',
      );
      const tasksOf = (thread) =>
        events.filter(
          (event) =>
            event.pid === thread.pid &&
            event.tid === thread.tid &&
            event.name === 'RunTask' &&
            event.ph === 'X',
        );
      const main = threads.sort((a, b) => tasksOf(b).length - tasksOf(a).length)[0];
      const paint = events.find(
        (event) => event.name === 'firstContentfulPaint' && event.pid === main?.pid,
      );
      if (!main || !paint) return undefined;
      const blocking = tasksOf(main)
        .filter((task) => task.ts >= paint.ts)
        .map((task) => (4 * (task.tdur ?? task.dur)) / 1000);
      return {
        total: blocking.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
        longest: Math.max(0, ...blocking),
      };
    },
  );
  return {
    runs: loads.length,
    total: median(loads.map((load) => load.total)),
    longest: median(loads.map((load) => load.longest)),
  };
}

/**
 * The machine's state, printed with the timings: its load average (other jobs on its cores
 * stretch them) and how long a fixed loop takes, as the same loop varies by half on this shared
 * machine with nothing else running (its host lends it more or less of a core).
 */
function machineState() {
  const start = performance.now();
  let sum = 0;
  for (let step = 0; step < 5e7; step += 1) sum += step % 7;
  const loopMs = performance.now() - start;
  if (sum < 0) throw new Error('unreachable: keeps the loop from being optimised away');
  return `load average ${loadavg()[0].toFixed(1)}, fixed loop ${loopMs.toFixed(0)} ms`;
}

/** `--lighthouse` runs Lighthouse once per preset, `--lighthouse=N` N times (its scores vary). */
function lighthouseRunCount(argv) {
  const flag = argv.find((arg) => arg === '--lighthouse' || arg.startsWith('--lighthouse='));
  if (!flag) return 0;
  const runs = flag === '--lighthouse' ? 1 : Number(flag.slice('--lighthouse='.length));
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`audit: bad run count in ${flag}`);
  return runs;
}

/** One Lighthouse 12.8.2 run of `url` in this machine's Chromium; returns its JSON report. */
function runLighthouse(chrome, url, preset) {
  const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
  const presetFlag = preset === 'desktop' ? '--preset=desktop' : '--form-factor=mobile';
  execSync(
    `npx --yes lighthouse@12.8.2 ${url} ${presetFlag} --quiet --output=json --output-path=${out} ` +
      `--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic"`,
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
  );
  return { ...JSON.parse(readFileSync(out, 'utf8')), path: out };
}

/** The metrics behind Lighthouse's performance score, by audit id. */
const PERFORMANCE_METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

/** A run's category scores and the metrics behind the performance score, on one line. */
function lighthouseLine(report) {
  const scores = Object.entries(report.categories)
    .map(([id, category]) => `${id} ${Math.round(category.score * 100)}`)
    .join(', ');
  const metrics = Object.entries(PERFORMANCE_METRICS)
    .map(([id, label]) => `${label} ${report.audits[id]?.displayValue ?? '?'}`)
    .join(', ');
  return `${scores}; ${metrics}`;
}

/** Which element is the LCP, what shifted, and every weighted audit below 90: where to look. */
function printLighthouseDetails(report) {
  const lcpItems = report.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const lcpNode = lcpItems[0]?.items?.[0]?.node;
  if (lcpNode) console.log(`  LCP element: ${lcpNode.snippet} (${lcpNode.nodeLabel})`);
  for (const shift of report.audits['layout-shifts']?.details?.items ?? []) {
    console.log(`  layout shift ${shift.score.toFixed(3)}: ${shift.node?.snippet ?? '?'}`);
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
  console.log(`  report: ${report.path}`);
}

const chrome = findOrInstallChromium();
const port = 4599;
// The built page is served as a static host serves it (ADR 15): compressed once, sent whole.
// `--server=preview` measures it through `vite preview` instead, which compresses each response
// as it streams it, on the cores the browser is measured on. Either runs as a process of its
// own: Lighthouse runs synchronously here.
const usePreview = process.argv.includes('--server=preview');
const server = spawn(
  usePreview ? 'npx' : process.execPath,
  usePreview
    ? ['vite', 'preview', '--port', String(port), '--strictPort']
    : ['scripts/static-server.mjs', dist, String(port)],
  { stdio: 'ignore', detached: true },
);
await untilServed(`http://127.0.0.1:${port}/`, server);
console.log(
  `\nserved by ${usePreview ? 'vite preview' : 'a static server (scripts/static-server.mjs)'}`,
);
try {
  if (!chrome) {
    console.log(`\n${HOW_TO_GET_CHROMIUM}\nFirst useful paint not measured.`);
  } else {
    console.log(`\n${machineState()} before the browser measurements`);
    const paint = await firstUsefulPaint(chrome, `http://127.0.0.1:${port}/`);
    console.log(
      `first useful paint (form painted): median ${paint.median.toFixed(0)} ms ` +
        `(min ${paint.min.toFixed(0)}, max ${paint.max.toFixed(0)}) over 7 cold loads; ` +
        `interactive (hydrated) at ${paint.interactive.toFixed(0)} ms (median)`,
    );
    const blocking = await blockingAfterPaint(chrome, `http://127.0.0.1:${port}/`);
    console.log(
      `main-thread blocking after the first paint (CPU time x4, as for Lighthouse's phone): ` +
        `median ${blocking.total.toFixed(0)} ms over ${blocking.runs} loads, ` +
        `longest task ${blocking.longest.toFixed(0)} ms (${machineState()})`,
    );
    if (paint.median > BUDGET.usefulPaintMs)
      failures.push(
        `first useful paint ${paint.median.toFixed(0)} ms > ${BUDGET.usefulPaintMs} ms`,
      );
  }
  const lighthouseRuns = lighthouseRunCount(process.argv);
  if (lighthouseRuns > 0) {
    if (!chrome) throw new Error(`Lighthouse needs a Chromium.\n${HOW_TO_GET_CHROMIUM}`);
    for (const preset of ['desktop', 'mobile']) {
      const reports = [];
      for (let run = 1; run <= lighthouseRuns; run += 1) {
        const report = runLighthouse(chrome, `http://127.0.0.1:${port}/`, preset);
        reports.push(report);
        console.log(
          `Lighthouse ${preset} run ${run}: ${lighthouseLine(report)} (${machineState()})`,
        );
      }
      // The run with the median performance score says where to look.
      printLighthouseDetails(median(reports, (report) => report.categories.performance.score));
      for (const [category, minimum] of Object.entries(BUDGET.lighthouse[preset])) {
        const score = median(
          reports.map((report) => Math.round(report.categories[category].score * 100)),
        );
        console.log(
          `  ${category}: median ${score} over ${reports.length} runs (budget ${minimum})`,
        );
        if (score < minimum)
          failures.push(`Lighthouse ${preset} ${category} ${score} < ${minimum} (median)`);
      }
    }
  }
} finally {
  process.kill(-server.pid);
}

if (failures.length > 0) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Within budget.');

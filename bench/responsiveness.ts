/**
 * `npm run bench` (second part): how long a keystroke takes to show. For each edit, the time from
 * the keydown (its event.timeStamp) to the first frame painted after the summary sentence, the
 * effective policy panel and the timeline totals all show the new state's values. Not a test:
 * it prints figures and fails only when the page never updates.
 *
 * Builds the app (vite build), serves it (vite preview on a free port) and drives the system
 * Chromium through Playwright. Two runs: the default state, and a run of ~10^5 saves (opened from
 * a share link). Each edit selects save_checkpoint_steps and types one digit, alternating 1 and 2,
 * so that all three regions change on every keystroke. A third run measures the same on a page
 * with no app at all (the floor): what this machine takes from a keystroke to a painted frame.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { completeState, type PartialBuilderState } from '../src/core/config/state';
import { encodeShareState } from '../src/core/share/share-state';
import { findOrInstallChromium, HOW_TO_GET_CHROMIUM } from '../scripts/find-browser.mjs';
import { untilServed } from '../scripts/until-served.mjs';

const EDITS = Number(process.env.BENCH_EDITS ?? 30);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
/** How long one edit may take to show before the page is declared stuck. */
const UPDATE_TIMEOUT_MS = 15_000;
/** Quiet time after an edit has shown: lets deferred work (warnings, worker) finish. */
const SETTLE_MS = 400;
const PROFILE = process.env.BENCH_PROFILE === '1';
const TRACE = process.env.BENCH_TRACE === '1';
const FIELD = 'save_checkpoint_steps';
const VALUES = ['2', '1'] as const;

interface Scenario {
  label: string;
  /** The builder, opened with this state (a share link). */
  state?: PartialBuilderState;
  /** Or a page of the build's directory (FLOOR_PAGE). */
  page?: string;
}

/**
 * This machine's best case for the same measurement: a page with nothing but the field and the
 * three regions, whose input handler sets their texts. The aims (16 ms, 50 ms) read against it.
 */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Responsiveness floor</title>
<style>body { font-family: sans-serif; margin: 16px } p { margin: 8px 0 }</style></head>
<body>
<input data-testid="field-${FIELD}" value="1" aria-label="steps">
<p data-testid="summary">Saves every 1 steps.</p>
<p data-testid="effective-policy">save_checkpoint_steps 1</p>
<p data-testid="timeline"><span data-testid="timeline-totals">10000 saves</span></p>
<script>
  const input = document.querySelector('input');
  const text = (id, value) => (document.querySelector('[data-testid="' + id + '"]').textContent = value);
  input.addEventListener('input', () => {
    const steps = Math.max(1, Number(input.value) || 1);
    text('summary', 'Saves every ' + steps + ' steps.');
    text('effective-policy', 'save_checkpoint_steps ' + steps);
    text('timeline-totals', Math.floor(10000 / steps) + ' saves');
  });
</script>
</body></html>
`;

const SCENARIOS: Scenario[] = [
  // 10 epochs × 1,000 steps, a save every step: 10^4 saves (5·10^3 at every 2 steps).
  { label: 'default run (10^4 saves)', state: {} },
  // 100 epochs × 1,000 steps: 10^5 saves at every step, 5·10^4 at every 2 steps.
  { label: '10^5-save run', state: { run: { epoch: 100 } } },
  { label: 'floor (a page of the field and three texts, no app)', page: FLOOR_PAGE },
];

/** What the page records for one measured keystroke (milliseconds, performance.now() clock). */
interface EditSample {
  keydown: number;
  ready: number;
  painted: number;
  /** Event Timing: keydown → next paint (the INP-style figure), when Chrome reported it. */
  eventDuration: number | null;
  longTasks: number[];
}

declare global {
  interface Window {
    __bench: {
      arm: (expected: Record<string, string> | null, before: Record<string, string>) => void;
      result: () => EditSample | null;
      snapshot: () => Record<string, string> | null;
    };
    __renders?: Record<string, number>;
    __countRenders?: boolean;
  }
}

/**
 * Runs in the page before the app. A capture-phase keydown listener on window takes the time of
 * the armed keystroke; a MutationObserver checks after every DOM change whether the three regions
 * show the expected texts (or, for a state not seen yet, texts differing from before with no
 * timeline update pending); then a requestAnimationFrame callback and a MessageChannel message
 * find the end of the frame that paints them.
 */
function instrument() {
  const regions = {
    summary: '[data-testid="summary"]',
    policy: '[data-testid="effective-policy"]',
    totals: '[data-testid="timeline-totals"]',
  } as const;
  const snapshot = (): Record<string, string> | null => {
    const texts: Record<string, string> = {};
    for (const [name, selector] of Object.entries(regions)) {
      const element = document.querySelector(selector);
      if (!element) return null;
      texts[name] = element.textContent ?? '';
    }
    const timeline = document.querySelector('[data-testid="timeline"]');
    if (!timeline || timeline.hasAttribute('data-pending')) return null;
    return texts;
  };
  let armed: {
    expected: Record<string, string> | null;
    before: Record<string, string>;
    keydown: number | null;
    ready: number | null;
    sample: EditSample | null;
    eventDuration: number | null;
  } | null = null;
  const longTasks: { start: number; duration: number }[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (armed?.keydown == null || entry.name !== 'keydown') continue;
      // Event Timing rounds to 8 ms and may report the entry before or after the sample is done.
      if (Math.abs(entry.startTime - armed.keydown) < 1) armed.eventDuration = entry.duration;
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);

  const isReady = () => {
    if (!armed) return false;
    const now = snapshot();
    if (!now) return false;
    const names = Object.keys(regions) as (keyof typeof regions)[];
    if (armed.expected) return names.every((name) => now[name] === armed!.expected![name]);
    return names.every((name) => now[name] !== armed!.before[name]);
  };
  const check = () => {
    if (!armed || armed.keydown === null || armed.ready !== null || !isReady()) return;
    const current = armed;
    current.ready = performance.now();
    // Callbacks of this rAF run just before the frame that holds the change is painted; a message
    // posted from there arrives once that frame's rendering is done.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const painted = performance.now();
        current.sample = {
          keydown: current.keydown!,
          ready: current.ready!,
          painted,
          eventDuration: null,
          longTasks: [],
        };
      };
      channel.port2.postMessage(null);
    });
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  window.addEventListener(
    'keydown',
    (event) => {
      if (armed && armed.keydown === null) armed.keydown = event.timeStamp;
    },
    { capture: true },
  );
  window.__bench = {
    arm(expected, before) {
      armed = { expected, before, keydown: null, ready: null, sample: null, eventDuration: null };
    },
    result() {
      if (!armed?.sample) return null;
      const sample = armed.sample;
      sample.eventDuration = armed.eventDuration;
      sample.longTasks = longTasks
        .filter(
          (task) => task.start + task.duration >= sample.keydown && task.start <= sample.painted,
        )
        .map((task) => task.duration);
      return sample;
    },
    snapshot,
  };
}

/** The regions the page composes (builder-page.tsx), by component name (unminified builds). */
const REGIONS = [
  'ConfigForm',
  'RunModelSection',
  'SummarySentence',
  'WarningsPanel',
  'EffectivePolicyPanel',
  'Timeline',
  'StateJsonView',
  'ExportPanel',
  'PresetPicker',
  'HistoryButtons',
  'CopyLinkButton',
  'TopBar',
  'ShareNotices',
  ...(process.env.BENCH_REGIONS ?? '').split(',').filter(Boolean),
];

/**
 * BENCH_PROFILE=1: counts, at every React commit, the components that rendered, by the page
 * region they belong to, through the hook React calls for its developer tools (production builds
 * too). A fiber rendered if React performed work on it; subtrees whose child list React reused
 * were skipped.
 */
function countRenders(regionNames: string[]) {
  type Fiber = {
    type: unknown;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
  };
  const regions = new Set(regionNames);
  const counts: Record<string, number> = {};
  const nameOf = (type: unknown): string => {
    if (typeof type === 'function') return (type as { name?: string }).name ?? '';
    if (type && typeof type === 'object') {
      const inner =
        (type as { type?: unknown; render?: unknown }).type ??
        (type as { render?: unknown }).render;
      return nameOf(inner);
    }
    return '';
  };
  const visit = (fiber: Fiber, region: string) => {
    const name = nameOf(fiber.type);
    const here = regions.has(name) ? name : region;
    // PerformedWork: the component's function (or class render) ran in this commit.
    if (typeof fiber.type !== 'string' && fiber.type !== null && (fiber.flags & 1) === 1) {
      counts[here] = (counts[here] ?? 0) + 1;
      // How often the region's own component ran ("ConfigForm×3": three renders per edit).
      if (here === name) counts[`${name}×`] = (counts[`${name}×`] ?? 0) + 1;
    }
    if (fiber.child && fiber.child !== fiber.alternate?.child) visit(fiber.child, here);
    else if (fiber.child && fiber.alternate === null) visit(fiber.child, here);
    if (fiber.sibling) visit(fiber.sibling, region);
  };
  (
    window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }
  ).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      if (!window.__countRenders) return;
      if (root.current.child) visit(root.current.child, 'page');
    },
  };
  window.__renders = counts;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[], cwd?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

async function startPreview(port: number, outDir: string): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  await untilServed(`http://127.0.0.1:${port}/`, child);
  return child;
}

function stopPreview(child: ChildProcess) {
  // npx starts vite as a child: end the whole process group this script started.
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

function percentile(sorted: number[], p: number): number {
  // Nearest rank: the p95 of 30 samples is the 29th smallest.
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

function describe(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(6);
  return `median ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  max ${f(sorted.at(-1)!)} ms`;
}

async function waitForSnapshot(page: Page): Promise<Record<string, string>> {
  const handle = await page.waitForFunction(() => window.__bench.snapshot(), null, {
    timeout: UPDATE_TIMEOUT_MS,
    polling: 50,
  });
  return (await handle.jsonValue()) as Record<string, string>;
}

async function measure(page: Page, baseUrl: string, scenario: Scenario) {
  await page.goto(
    `${baseUrl}/${scenario.page ?? encodeShareState(completeState(scenario.state ?? {}))}`,
  );
  const field = page.getByTestId(`field-${FIELD}`);
  await field.waitFor();
  const initialValue = await field.inputValue();
  const seen = new Map<string, Record<string, string>>();
  seen.set(initialValue, await waitForSnapshot(page));
  await page.waitForTimeout(SETTLE_MS);

  const profiler = PROFILE ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.send('Profiler.start');
    await page.evaluate(() => {
      window.__countRenders = true;
    });
  }
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  const samples: EditSample[] = [];
  for (let i = 0; i < EDITS; i++) {
    const value = VALUES[i % VALUES.length]!;
    await field.focus();
    await field.selectText();
    const before = await waitForSnapshot(page);
    await page.evaluate(([expected, previous]) => window.__bench.arm(expected, previous), [
      seen.get(value) ?? null,
      before,
    ] as const);
    await page.keyboard.press(value);
    // The page times itself; polling only collects the result, so its rate does not matter.
    const sample = await page
      .waitForFunction(() => window.__bench.result(), null, {
        timeout: UPDATE_TIMEOUT_MS,
        polling: 50,
      })
      .then(async (handle) => (await handle.jsonValue()) as EditSample)
      .catch(() => {
        throw new Error(
          `${scenario.label}: edit ${i + 1} (${FIELD} = ${value}) never showed in the summary, ` +
            `the effective policy and the timeline totals within ${UPDATE_TIMEOUT_MS} ms`,
        );
      });
    if (!seen.has(value)) seen.set(value, await waitForSnapshot(page));
    samples.push(sample);
    await page.waitForTimeout(SETTLE_MS);
    // Let Event Timing deliver the keydown's entry before it is read.
    const late = await page.evaluate(() => window.__bench.result());
    if (late) sample.eventDuration = late.eventDuration;
  }
  const trace = await browser.stopTracing();
  if (process.env.BENCH_TRACE_FILE) writeFileSync(process.env.BENCH_TRACE_FILE, trace);
  const cpu = traceFigures(trace, EDITS);
  if (profiler) {
    printProfile((await profiler.send('Profiler.stop')).profile);
    const renders = await page.evaluate(() => window.__renders ?? {});
    console.log(
      `      components rendered per edit, by page region: ${Object.entries(renders)
        .sort((a, b) => b[1] - a[1])
        .map(([region, n]) => `${region} ${(n / EDITS).toFixed(0)}`)
        .join(', ')}`,
    );
  }
  if (seen.get(VALUES[0])?.totals === seen.get(VALUES[1])?.totals)
    throw new Error(
      `${scenario.label}: the two states show the same totals; the edits test nothing`,
    );
  return { samples, cpu };
}

/** Names Chrome gives a thread's top-level tasks in traces (older and newer versions). */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

interface TraceEvent {
  name: string;
  ph: string;
  ts?: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/**
 * CPU time (not wall time, which other jobs on the machine stretch) that the page's main thread
 * and its workers spent during the edits, from the tasks of a Chrome trace; with BENCH_TRACE=1,
 * the main thread's time by kind of work as well.
 */
function traceFigures(buffer: Buffer, edits: number) {
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const names = new Map<string, string>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name)
      names.set(`${event.pid}:${event.tid}`, event.args.name);
  // Top-level tasks only (a task may run another, nested): sorted by start, skip the contained.
  const tasks = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.tdur !== undefined &&
        TASK_EVENTS.has(event.name) &&
        event.ts !== undefined &&
        event.dur !== undefined,
    )
    .sort((a, b) => a.ts! - b.ts!);
  const cpuByThread = new Map<string, number>();
  const endByThread = new Map<string, number>();
  for (const event of tasks) {
    const key = `${event.pid}:${event.tid}`;
    if (event.ts! < (endByThread.get(key) ?? -Infinity)) continue;
    endByThread.set(key, event.ts! + event.dur!);
    cpuByThread.set(key, (cpuByThread.get(key) ?? 0) + event.tdur! / 1000);
  }
  const threads = [...cpuByThread].map(([key, ms]) => ({ key, ms, name: names.get(key) ?? '' }));
  const main = threads
    .filter((thread) => thread.name === 'CrRendererMain')
    .sort((a, b) => b.ms - a.ms)[0];
  const workers = threads.filter((thread) => thread.name.startsWith('DedicatedWorker'));
  const mainMs = (main?.ms ?? 0) / edits;
  const workerMs = workers.reduce((sum, thread) => sum + thread.ms, 0) / edits;
  if (TRACE && main) {
    const byName = new Map<string, { wall: number; cpu: number }>();
    for (const event of events) {
      if (event.ph !== 'X' || event.dur === undefined || `${event.pid}:${event.tid}` !== main.key)
        continue;
      const entry = byName.get(event.name) ?? { wall: 0, cpu: 0 };
      entry.wall += event.dur / 1000;
      entry.cpu += (event.tdur ?? 0) / 1000;
      byName.set(event.name, entry);
    }
    for (const [name, { wall, cpu }] of [...byName]
      .sort((a, b) => b[1].cpu - a[1].cpu)
      .slice(0, 15))
      console.log(
        `      trace ${wall.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms CPU  ${name}`,
      );
  }
  return { mainMs, workerMs };
}

/** BENCH_PROFILE=1: where the page's main thread spends its time during the edits (self time). */
function printProfile(profile: {
  nodes: {
    id: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples?: number[];
  timeDeltas?: number[];
}) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, index) => {
    const frame = byNode.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`      self ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  // Inclusive time of named functions (components, core functions), each counted once a stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const total = new Map<string, number>();
  (profile.samples ?? []).forEach((id, index) => {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byNode.get(at)!.callFrame.functionName;
      const frame = byNode.get(at)!.callFrame;
      if (name) names.add(`${name} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`);
    }
    for (const name of names)
      total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
  });
  for (const [key, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 70))
    console.log(`      total ${ms.toFixed(0).padStart(6)} ms  ${key}`);
}

function report(label: string, samples: EditSample[], cpu: { mainMs: number; workerMs: number }) {
  const latency = samples.map((s) => s.painted - s.keydown);
  const ready = samples.map((s) => s.ready - s.keydown);
  const events = samples.map((s) => s.eventDuration).filter((d): d is number => d !== null);
  const tasks = samples.flatMap((s) => s.longTasks);
  console.log(`  ${label}`);
  console.log(`    keystroke → painted   ${describe(latency)}`);
  console.log(`    keystroke → DOM ready ${describe(ready)}`);
  console.log(
    `    Event Timing keydown → next paint: ${
      events.length === 0
        ? 'every keydown under 16 ms'
        : `${events.length} of ${samples.length} keydowns ≥ 16 ms, ${describe(events)}`
    }`,
  );
  console.log(
    `    CPU time per edit (trace): main thread ${cpu.mainMs.toFixed(1)} ms, ` +
      `workers ${cpu.workerMs.toFixed(1)} ms`,
  );
  console.log(
    `    long tasks: ${tasks.length} in ${samples.filter((s) => s.longTasks.length > 0).length} of ` +
      `${samples.length} edits` +
      (tasks.length > 0
        ? `, total ${tasks.reduce((a, b) => a + b, 0).toFixed(0)} ms, longest ${Math.max(...tasks).toFixed(0)} ms`
        : ''),
  );
}

async function main() {
  const executablePath = process.env.CHROMIUM_PATH ?? findOrInstallChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  // A build of its own, so that the bench never serves (or overwrites) someone's dist/.
  const outDir = mkdtempSync(join(tmpdir(), 'bench-responsiveness-'));
  const build = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'];
  // BENCH_REF=<commit>: measure that commit's app instead of the working tree (before/after).
  const ref = process.env.BENCH_REF;
  const root = ref ? mkdtempSync(join(tmpdir(), 'bench-source-')) : undefined;
  if (root) {
    await run('sh', ['-c', `git archive --format=tar "$0" | tar -x -C "$1"`, ref!, root]);
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  }
  await run('npx', [...build, ...(PROFILE ? ['--minify', 'false'] : [])], root);
  writeFileSync(join(outDir, FLOOR_PAGE), FLOOR_HTML);
  const port = await freePort();
  const preview = await startPreview(port, outDir);
  // Interrupted: still end the server this script started (Playwright ends its browser itself).
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stopPreview(preview);
      process.exit(130);
    });
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    console.log(
      `\nResponsiveness${ref ? ` of ${ref}` : ''} (${EDITS} edits of ${FIELD}, keydown → first paint showing the new ` +
        `summary, effective policy and timeline totals; ${REPEATS} runs)`,
    );
    // BENCH_ONLY=<text>: only the scenarios whose label contains it.
    const only = process.env.BENCH_ONLY;
    for (const scenario of SCENARIOS.filter((s) => !only || s.label.includes(only))) {
      for (let repeat = 1; repeat <= REPEATS; repeat++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        // tsx may wrap named functions in a `__name` helper that the page does not have.
        await page.addInitScript({
          content: `globalThis.__name ??= (f) => f; (${instrument.toString()})();`,
        });
        if (PROFILE)
          await page.addInitScript({
            content: `(${countRenders.toString()})(${JSON.stringify(REGIONS)});`,
          });
        page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
        const { samples, cpu } = await measure(page, `http://127.0.0.1:${port}`, scenario);
        const load = loadavg()[0]!.toFixed(1);
        report(`${scenario.label}, run ${repeat} (load average ${load})`, samples, cpu);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    stopPreview(preview);
    rmSync(outDir, { recursive: true, force: true });
    if (root) rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

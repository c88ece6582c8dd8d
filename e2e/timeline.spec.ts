import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { completeState, defaultState, encodeShareState, simulate } from '../src/core/index';
import type { BuilderState, RunModel } from '../src/core/index';
import { formatBytes, formatCount } from '../src/ui/format';
import { settled } from './settled';
import { openInLanguage, openPage } from './open-page';

// The expectations come from the simulator itself: the page must show what `simulate` computes.
const OPTIONS = { maxEvents: 5000 };

function runField(page: Page, name: string) {
  // Each control's accessible label starts with its field name ("changed" when not the default),
  // then a plain description.
  return page.getByRole('textbox', { name: new RegExp(`^${name} (changed )?·`) });
}

async function setRun(page: Page, values: Partial<Record<keyof RunModel, number>>) {
  for (const [name, value] of Object.entries(values)) {
    await runField(page, name).fill(String(value));
  }
}

async function expectTotals(page: Page, state: BuilderState) {
  const result = simulate(state, OPTIONS);
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(page.getByTestId('total-files-written')).toHaveText(formatCount(result.stats.saves));
  await expect(page.getByTestId('total-files-left')).toHaveText(
    formatCount(result.retained.length),
  );
  await expect(page.getByTestId('total-bytes-written')).toHaveText(
    formatBytes(result.stats.bytes_written),
  );
  await expect(page.getByTestId('total-peak-disk')).toContainText(
    formatBytes(result.stats.peak_bytes),
  );
  // The chart draws one bar per lifespan of the simulator's series, coloured by what ended it.
  for (const cause of ['keep_checkpoint_max', 'overwritten', 'kept'] as const) {
    const bars = result.series.lifespans.filter((life) => life.ended_by === cause).length;
    await expect(
      page.locator(`[data-testid="lifespan-chart"] path[data-ended-by="${cause}"]`),
    ).toHaveAttribute('data-bars', String(bars));
  }
  return result;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ckpt-builder.language', 'en'));
});

test('the run model drives the totals and the chart as the simulator says', async ({ page }) => {
  await openPage(page, '/');
  const state = defaultState();
  await expectTotals(page, state);

  const small = { epoch: 2, dataset_size: 5 };
  await setRun(page, small);
  await expectTotals(page, { ...state, run: { ...state.run, ...small } });

  // Units: 1,500 ms per step and 2.5 GB files are stored as 1.5 s and 2.5e9 bytes.
  await page.getByTestId('run-checkpoint_bytes-unit').selectOption('GB');
  await runField(page, 'checkpoint_bytes').fill('2.5');
  await runField(page, 'step_seconds').fill('1500');
  const withUnits = { ...small, checkpoint_bytes: 2.5e9, step_seconds: 1.5 };
  const result = await expectTotals(page, { ...state, run: { ...state.run, ...withUnits } });
  await expect(page.getByTestId('total-peak-disk')).toContainText(
    formatBytes(result.stats.peak_bytes),
  );

  // The policy, through the form's controls labelled with MindSpore's names.
  await page.getByLabel('save_checkpoint_steps').fill('4');
  await page.getByLabel('keep_checkpoint_max').fill('2');
  const policy = { ...state.config, save_checkpoint_steps: 4, keep_checkpoint_max: 2 };
  await expectTotals(page, { ...state, config: policy, run: { ...state.run, ...withUnits } });

  // The whole job: one rank's files × device_num.
  await setRun(page, { device_num: 8 });
  const job = simulate(
    { ...state, config: policy, run: { ...state.run, ...withUnits, device_num: 8 } },
    OPTIONS,
  );
  await expect(page.getByTestId('total-files-written-job')).toHaveText(
    formatCount(job.stats.saves * 8),
  );
  await expect(page.getByTestId('total-peak-disk-job')).toContainText(
    formatBytes(job.stats.peak_bytes * 8),
  );
});

test('the chart and the table are usable from the keyboard', async ({ page }) => {
  await openPage(page, '/');
  await setRun(page, { epoch: 2, dataset_size: 5 });
  const state = defaultState();
  const result = simulate({ ...state, run: { ...state.run, epoch: 2, dataset_size: 5 } }, OPTIONS);
  const first = [...result.series.lifespans].sort((a, b) => a.start - b.start)[0]!;
  await page.getByTestId('lifespan-chart').focus();
  await expect(page.getByTestId('lifespan-detail')).toContainText(first.file);
  await page.keyboard.press('End');
  await expect(page.getByTestId('lifespan-detail')).not.toContainText(first.file);
  // Hover: the bar under the pointer (lane 0, halfway along the run) is described.
  await page.getByTestId('lifespan-chart').blur();
  const chart = page.getByTestId('lifespan-chart').locator('svg');
  // The chart may still be moving (re-rendering, lazy regions above it growing): bring it into
  // view and measure it afresh on every try, then hover until it describes the bar.
  await expect(async () => {
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 - 1, box.y + 12);
    await page.mouse.move(box.x + box.width / 2, box.y + 12);
    await expect(page.getByTestId('lifespan-detail')).toContainText('.ckpt: written at step', {
      timeout: 1000,
    });
  }).toPass({ timeout: 15_000 });
  await page.getByTestId('disk-chart').focus();
  await expect(page.getByTestId('disk-detail')).toContainText('on disk');
  const firstSave = result.events.find((event) => event.kind === 'save')!;
  await expect(page.getByTestId('events-table')).toContainText(firstSave.file);
});

/** Records, in the page, every long task and the time from each keydown on `name` to the next frame. */
async function watchMainThread(page: Page, name: string) {
  await runField(page, name).evaluate((input) => {
    const w = window as unknown as { latencies: number[]; longTasks: number[] };
    w.latencies = [];
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    input.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        // A frame, then a task: the keystroke has been rendered and painted.
        requestAnimationFrame(() => setTimeout(() => w.latencies.push(performance.now() - t0), 0));
      },
      { capture: true },
    );
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { latencies: number[]; longTasks: number[] };
      const result = { latencies: w.latencies, longTasks: w.longTasks };
      w.latencies = [];
      w.longTasks = [];
      return result;
    });
}

const round = (values: number[]) => values.map((ms) => Math.round(ms)).join(', ');

test('a 10⁶-step run saving every step keeps typing responsive', async ({ page }) => {
  test.setTimeout(120_000);
  await openPage(page, '/');
  const state = defaultState();
  const timeline = page.getByTestId('timeline');
  const field = runField(page, 'startup_seconds');
  const collect = await watchMainThread(page, 'startup_seconds');

  // Baseline: typing into a small run, simulated synchronously.
  await field.fill('');
  await field.pressSequentially('120', { delay: 60 });
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  const small = await collect();

  // 10⁶ saves: simulated off the main thread while the previous result stays on screen.
  const huge = { epoch: 1, dataset_size: 1_000_000 };
  await setRun(page, huge);
  await expect(timeline).toHaveAttribute('aria-busy', 'true');
  // Not asserted here: the "updating" badge. It shows only once a result has taken 300 ms, and
  // the worker answers 10⁶ saves in ~300–400 ms on this machine, so whether a poll sees it is a
  // race (it failed one CI run). Its timing has its own test below.
  // Meanwhile the previous result stays on screen.
  await expect(page.getByTestId('total-files-written')).toBeVisible();
  await field.fill('');
  await field.pressSequentially('3456', { delay: 60 });
  await expect(field).toHaveValue('3456');
  const typed = Date.now();
  await expect(timeline).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const updateMs = Date.now() - typed;
  const large = await collect();
  const computedMs = Number(
    (await page.getByTestId('timeline-computed').getAttribute('data-elapsed-ms')) ?? 'NaN',
  );

  console.log(
    [
      `typical run, keystroke to paint: ${round(small.latencies)} ms (long tasks: ${round(small.longTasks)})`,
      `10⁶ saves, keystroke to paint: ${round(large.latencies)} ms (long tasks: ${round(large.longTasks)})`,
      `10⁶ saves: simulated in ${Math.round(computedMs)} ms in the worker; last keystroke to updated timeline ${updateMs} ms`,
    ].join('\n'),
  );
  // Every keystroke landed and was painted, and the result was computed in the worker. The
  // latencies are reported, not asserted: on a shared, overloaded machine (load average 15–20 on
  // 2 cores while this was written) they measure the machine as much as the page.
  expect(large.latencies).toHaveLength(5);
  expect(computedMs).toBeGreaterThan(0);

  const result = await expectTotals(page, {
    ...state,
    run: { ...state.run, ...huge, startup_seconds: 3456 },
  });
  expect(result.truncated).toBe(true);
  await page.getByTestId('timeline-axis').getByText('Time').click();
  await timeline.screenshot({ path: '/tmp/timeline-large-time-axis.png' });
  // Aggregated: a page of the table, four paths for the bars, never a node per event.
  await expect(page.locator('[data-testid="events-table"] tbody tr')).toHaveCount(20);
  expect(await page.locator('[data-testid="timeline"] *').count()).toBeLessThan(1500);
});

// On a laptop's or desktop's screen (the page in two columns), the events table fits the right-hand
// column: its "why", which names the retention argument, is not cut off at the column's edge. At
// 1,024 px the column is narrower than the table, which then puts each "why" on a line of its own.
for (const language of ['en', 'zh'] as const) {
  test(`the events table fits its column at 1,024, 1,280 and 1,440 px, with either retention (${language})`, async ({
    page,
  }) => {
    await page.addInitScript(
      (stored) => localStorage.setItem('ckpt-builder.language', stored),
      language,
    );
    const perN = completeState({
      config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 },
    });
    for (const [label, path] of [
      ['keep_checkpoint_max', '/'],
      ['keep_checkpoint_per_n_minutes', `/${encodeShareState(perN)}`],
    ] as const) {
      // The first page of the table has the deletions whose "why" is the longest text.
      const firstPage = simulate(label === 'keep_checkpoint_max' ? defaultState() : perN, OPTIONS);
      expect(
        firstPage.events
          .slice(0, 20)
          .some((event) => event.kind === 'delete' && event.policy === label),
      ).toBe(true);
      for (const width of [1024, 1280, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('about:blank');
        await openPage(page, path);
        const table = page.getByTestId('events-table');
        await expect(table).toContainText(label);
        const region = table.locator('xpath=..');
        const { client, scroll } = await region.evaluate((element) => ({
          client: element.clientWidth,
          scroll: element.scrollWidth,
        }));
        expect(scroll, `${label} at ${width} px`).toBeLessThanOrEqual(client);
      }
    }
  });
}

// On a phone the events table fits the screen: each event's "why" is on a line of its own below
// the other five columns, and the table keeps its headers and cells for assistive technology.
for (const language of ['en', 'zh'] as const) {
  test(`on a phone the events table fits the screen, with each event's why below it (${language})`, async ({
    page,
  }) => {
    await openInLanguage(page, { language, width: 375 });
    const table = page.getByTestId('events-table');
    await table.scrollIntoViewIfNeeded();
    const { client, scroll } = await table
      .locator('xpath=..')
      .evaluate((element) => ({ client: element.clientWidth, scroll: element.scrollWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    // Six column headers and six cells a row, as on a desktop.
    await expect(table.getByRole('columnheader')).toHaveCount(6);
    const deletion = table.getByRole('row').filter({ hasText: 'keep_checkpoint_max' }).first();
    const cells = deletion.getByRole('cell');
    await expect(cells).toHaveCount(6);
    const why = cells.nth(5);
    await expect(why).toContainText('keep_checkpoint_max');
    await why.scrollIntoViewIfNeeded();
    await expect(why).toBeInViewport({ ratio: 1 });
    // The why is below the file name, not beside it.
    const file = (await cells.nth(3).boundingBox())!;
    const reason = (await why.boundingBox())!;
    expect(reason.y).toBeGreaterThanOrEqual(file.y + file.height - 1);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await settled(page);
      const results = await new AxeBuilder({ page })
        .include('[data-testid="events-table"]')
        .analyze();
      expect(results.violations.map((violation) => `${scheme}: ${violation.id}`)).toEqual([]);
    }
  });
}

// A realistic prefix (32 characters) and data-sink file names: the file name wraps at its
// underscores and hyphens, so that every column stays in view and nothing scrolls sideways.
const REAL_PREFIX = 'llama2_7b_pretrain_stage2_run0042';
const LONG_NAMES = [
  ['a 32-character prefix', completeState({ callback: { prefix: REAL_PREFIX } })],
  [
    'data sink and a 32-character prefix',
    completeState({
      config: { save_checkpoint_steps: 200 },
      callback: { prefix: REAL_PREFIX },
      run: { dataset_sink_mode: true, sink_size: 100, mode: 'GRAPH_MODE', device_target: 'Ascend' },
    }),
  ],
  [
    'data sink',
    completeState({
      config: { save_checkpoint_steps: 200 },
      run: { dataset_sink_mode: true, sink_size: 100, mode: 'GRAPH_MODE', device_target: 'Ascend' },
    }),
  ],
] as const;
for (const language of ['en', 'zh'] as const) {
  for (const [label, state] of LONG_NAMES) {
    test(`at 375 px the events table fits, every column in view: ${label} (${language})`, async ({
      page,
    }) => {
      await openInLanguage(page, { language, width: 375, url: `/${encodeShareState(state)}` });
      const table = page.getByTestId('events-table');
      const file = simulate(state, OPTIONS).events[0]!.file;
      await expect(table.getByRole('cell').nth(3)).toHaveText(file);
      await table.scrollIntoViewIfNeeded();
      const fit = await table.locator('xpath=..').evaluate((region) => {
        const box = region.getBoundingClientRect();
        const cells = [...region.querySelectorAll('th, td')].map((cell) => {
          const own = cell.getBoundingClientRect();
          return {
            text: cell.textContent,
            right: own.right,
            overflow: cell.scrollWidth - cell.clientWidth,
          };
        });
        return {
          client: region.clientWidth,
          scroll: region.scrollWidth,
          outside: cells.filter((cell) => cell.right > box.right + 0.5).map((cell) => cell.text),
          clipped: cells.filter((cell) => cell.overflow > 0).map((cell) => cell.text),
        };
      });
      expect(fit.scroll).toBeLessThanOrEqual(fit.client);
      expect(fit.outside).toEqual([]);
      expect(fit.clipped).toEqual([]);
      // The page itself does not scroll sideways either.
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
      ).toBe(true);
    });
  }
}

for (const [language, reason] of [
  ['en', 'The number of epochs must be a whole number of at least 1, but is 0.'],
  ['zh', 'epoch 数必须是不小于 1 的整数，当前为 0。'],
] as const) {
  test(`a run the builder cannot play is said in the page's language, as its limit, not MindSpore's (${language})`, async ({
    page,
  }) => {
    await openInLanguage(page, { language, width: 1280 });
    await page.getByRole('textbox', { name: /^epoch\b/ }).fill('0');
    const timeline = page.getByTestId('timeline');
    await expect(timeline.getByTestId('timeline-unavailable')).toContainText(reason);
    // Not an exception of MindSpore's, and no totals that would say nothing is written.
    await expect(timeline).not.toContainText('MindSpore');
    await expect(timeline.getByTestId('timeline-body')).toHaveCount(0);
    // The field says the same.
    await expect(page.getByTestId('run-model')).toContainText(reason);
    const results = await new AxeBuilder({ page }).include('[data-testid="timeline"]').analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
}

test('the run model and the timeline have no axe violations, in light and dark', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPage(page, '/');
  await setRun(page, { epoch: 2, dataset_size: 5 });
  await expect(page.getByTestId('timeline')).toHaveAttribute('aria-busy', 'false');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settled(page);
    const results = await new AxeBuilder({ page })
      .include('[data-testid="timeline"]')
      .include('[data-testid="run-model"]')
      .analyze();
    expect(
      results.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${scheme}: ${violation.id} ${node.target.join(' ')}`),
      ),
    ).toEqual([]);
  }
});

test.describe('screenshots', () => {
  const shots = [
    { name: 'desktop-light', width: 1280, scheme: 'light', language: 'en' },
    { name: 'desktop-dark', width: 1280, scheme: 'dark', language: 'en' },
    { name: 'mobile-375', width: 375, scheme: 'light', language: 'en' },
    { name: 'desktop-zh', width: 1280, scheme: 'light', language: 'zh' },
  ] as const;
  for (const shot of shots) {
    test(shot.name, async ({ page }) => {
      await page.setViewportSize({ width: shot.width, height: 900 });
      await page.emulateMedia({ colorScheme: shot.scheme });
      await page.addInitScript((language) => {
        localStorage.setItem('ckpt-builder.language', language);
      }, shot.language);
      await openPage(page, '/');
      await setRun(page, { epoch: 3, dataset_size: 40 });
      await expect(page.getByTestId('timeline')).toHaveAttribute('aria-busy', 'false');
      await page.getByTestId('timeline').screenshot({ path: `/tmp/timeline-${shot.name}.png` });
      await page.screenshot({ path: `/tmp/timeline-${shot.name}-page.png`, fullPage: true });
    });
  }
});

test('the "updating" mark appears only when a result takes more than 300 ms', async ({ page }) => {
  // A phone: the header wraps there, and the mark must not rewrap it when it appears.
  await page.setViewportSize({ width: 375, height: 800 });
  await openPage(page, '/');
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  const badge = page.getByTestId('timeline-updating');
  const body = page.getByTestId('timeline-body');
  const opacity = () => body.evaluate((element) => getComputedStyle(element).opacity);
  // Its spinner has no animation at all while nothing is pending.
  const spinning = () =>
    badge.evaluate((element) => element.parentElement!.getAnimations({ subtree: true }).length);
  await expect(badge).toBeHidden();
  expect(await spinning()).toBe(0);
  // Measured from the region's own top: a lazily loaded region above it (the training run, on a
  // phone) may still arrive and move the whole region down, which is not the mark's doing.
  const bodyOffset = async () => (await body.boundingBox())!.y - (await timeline.boundingBox())!.y;
  const bodyTop = await bodyOffset();
  // Pending (as while the worker computes): nothing shows at first, so that an edit answered
  // quickly makes nothing flicker; after 300 ms the badge shows and the result dims.
  const justPending = await timeline.evaluate((region) => {
    region.setAttribute('data-pending', 'true');
    region.setAttribute('aria-busy', 'true');
    const badge = region.querySelector('[data-testid="timeline-updating"]')!;
    const body = region.querySelector('[data-testid="timeline-body"]')!;
    return {
      badge: getComputedStyle(badge.parentElement!).visibility,
      opacity: getComputedStyle(body).opacity,
      // The badge's reveal and its spinner's turning: none runs before the badge shows (a
      // spinner turning while hidden has the browser render frames for nothing).
      delays: badge
        .parentElement!.getAnimations({ subtree: true })
        .map((animation) => Number(animation.effect?.getTiming().delay)),
    };
  });
  expect(justPending).toEqual({ badge: 'hidden', opacity: '1', delays: [300, 300] });
  await expect(badge).toBeVisible();
  await expect.poll(opacity).toBe('0.6');
  expect(await spinning()).toBeGreaterThan(0);
  // The mark took the place kept for it: nothing below it moved.
  expect(await bodyOffset()).toBe(bodyTop);
  await timeline.evaluate((region) => {
    region.removeAttribute('data-pending');
    region.setAttribute('aria-busy', 'false');
  });
  await expect(badge).toBeHidden();
  await expect.poll(opacity).toBe('1');
  expect(await spinning()).toBe(0);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { settled as animationsDone } from './settled';
import { openPage } from './open-page';

interface StateJson {
  mindspore_version: string;
  config: Record<string, unknown>;
  callback: Record<string, unknown>;
  run: Record<string, unknown>;
}

async function stateJson(page: Page): Promise<StateJson> {
  return JSON.parse((await page.getByTestId('state-json').textContent()) ?? '{}') as StateJson;
}

const presetStatus = (page: Page) => page.getByTestId('preset-status');

async function choosePreset(page: Page, name: RegExp) {
  await page.getByRole('button', { name: 'Presets' }).click();
  await page.getByRole('menuitem', { name }).click();
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('ckpt-builder.language', 'en');
    window.localStorage.setItem('ckpt-builder.theme', 'light');
  });
});

test('the address bar follows the edits and opens the same state in a fresh page', async ({
  page,
  browser,
}) => {
  await openPage(page, '/');
  await expect(page).toHaveURL(/#s=1$/);
  const version = page.getByRole('combobox', { name: 'MindSpore version' });
  await version.selectOption('MindSpore 2.4');
  await page.getByLabel('save_checkpoint_steps').fill('250');
  await page.getByLabel('keep_checkpoint_max').fill('7');
  await page.getByLabel('keep_checkpoint_per_n_minutes').fill('30');
  await page.getByLabel('prefix', { exact: true }).fill('resnet_分布式');
  await expect(page).toHaveURL(/#s=1\..+/);
  const before = await stateJson(page);
  expect(before).toMatchObject({
    mindspore_version: '2.4',
    config: { save_checkpoint_steps: 250, keep_checkpoint_max: 7 },
    callback: { prefix: 'resnet_分布式' },
  });
  // The debounced write has caught up with the last edit when the address stops changing.
  const settled = async () => {
    const first = page.url();
    await page.waitForTimeout(400);
    return first === page.url() ? first : '';
  };
  await expect.poll(settled).toMatch(/#s=1\..+/);
  const url = page.url();

  const fresh = await browser.newPage();
  await fresh.addInitScript(() => window.localStorage.setItem('ckpt-builder.language', 'en'));
  await openPage(fresh, url);
  expect(await stateJson(fresh)).toEqual(before);
  await expect(fresh.getByTestId('share-notices')).toHaveCount(0);
  await expect(fresh.getByLabel('keep_checkpoint_max')).toHaveValue('7');
  await fresh.close();
});

test('a damaged link and a link with a bad value open a working page with notices', async ({
  page,
}) => {
  await openPage(page, '/#s=1.%E0%A4%A');
  const notices = page.getByTestId('share-notices');
  await expect(notices).toBeVisible();
  await expect(notices).toContainText('The link');
  await expect(notices).toContainText('damaged');
  expect((await stateJson(page)).config).toMatchObject({ keep_checkpoint_max: 5 });
  // The page works: an edit reaches the state and the address bar.
  await page.getByLabel('keep_checkpoint_max').fill('4');
  expect((await stateJson(page)).config).toMatchObject({ keep_checkpoint_max: 4 });
  await expect(page).toHaveURL(/#s=1\.3,4$/);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toHaveCount(0);

  // keep_checkpoint_max=2 is taken; run.epoch='ten' cannot be held and keeps its default.
  // A fresh load of each link (a hash change alone would open it in the same page, and the page
  // then rewrites the address bar to what it opened).
  await page.goto('about:blank');
  await openPage(page, "/#s=1.3,2,7,'ten'");
  await expect(notices).toBeVisible();
  await expect(notices.locator('[data-field="run.epoch"]')).toContainText('epoch');
  await expect(notices.locator('[data-field="run.epoch"]')).toContainText('default was kept');
  const state = await stateJson(page);
  expect(state.config).toMatchObject({ keep_checkpoint_max: 2 });
  expect(state.run).toMatchObject({ epoch: 10 });
  await expect(page.getByLabel('keep_checkpoint_max')).toHaveValue('2');
  // The address bar is rewritten to what was opened.
  await expect(page).toHaveURL(/#s=1\.3,2$/);

  // A link from a newer builder.
  await page.goto('about:blank');
  await openPage(page, '/#s=99.1,2');
  await expect(notices).toContainText('newer version');
  await page.getByText('简体中文').click();
  await expect(notices).toContainText('更新版本');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: '/tmp/share-notice-zh.png' });
});

test('the link reader loads for links only; without it a link opens the defaults and says so', async ({
  page,
}) => {
  // The reader and the state's schemas are not part of a plain visit's first load (ADR 13).
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openPage(page, '/');
  expect(scripts.some((path) => path.includes('link-reader'))).toBe(false);

  // A link visit loads it before the page is rendered: the link's value is there at once.
  await page.goto('about:blank');
  await openPage(page, '/#s=1.3,2');
  expect(scripts.some((path) => path.includes('link-reader'))).toBe(true);
  expect((await stateJson(page)).config).toMatchObject({ keep_checkpoint_max: 2 });

  // Offline after a new deploy: the reader's chunk cannot be fetched.
  await page.goto('about:blank');
  await page.route(/link-reader-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await openPage(page, '/#s=1.3,2');
  const notices = page.getByTestId('share-notices');
  await expect(notices).toContainText('could not load the code that reads links');
  expect((await stateJson(page)).config).toMatchObject({ keep_checkpoint_max: 5 });
  // The page works: an edit reaches the state.
  await page.getByLabel('keep_checkpoint_max').fill('4');
  expect((await stateJson(page)).config).toMatchObject({ keep_checkpoint_max: 4 });
  // The link was not opened: it stays in the address bar (a reload can open it)...
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.goto('about:blank');
  await openPage(page, '/#s=1.3,2');
  await expect(notices).toContainText('was not opened');
  await page.waitForTimeout(1000);
  await expect(page).toHaveURL(/#s=1\.3,2$/);
  // ...and opens once the reader can be loaded again.
  await page.unrouteAll();
  await page.reload();
  await expect
    .poll(async () => (await stateJson(page)).config)
    .toMatchObject({
      keep_checkpoint_max: 2,
    });
  await expect(notices).toHaveCount(0);

  // A link pasted into the tab while the reader cannot be loaded changes nothing but says so.
  await page.goto('about:blank');
  await openPage(page, '/');
  await page.route(/link-reader-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.evaluate(() => {
    window.location.hash = '#s=1.3,9';
  });
  await expect(notices).toContainText('was not opened');
  expect((await stateJson(page)).config).toMatchObject({ keep_checkpoint_max: 5 });
  await expect(page).toHaveURL(/#s=1\.3,9$/);
  await page.getByText('简体中文').click();
  await expect(notices).toContainText('无法加载读取链接的代码');
});

test('a link with notices opens without the page shifting under them', async ({ page }) => {
  // Layout shifts (CLS) from the first byte: notices that arrive after the page push it down.
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openPage(page, '/#s=1.%E0%A4%A');
  await expect(page.getByTestId('share-notices')).toBeVisible();
  await expect(page.getByTestId('timeline')).toHaveAttribute('aria-busy', 'false');
  await animationsDone(page);
  const total = await page.evaluate(() =>
    (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0),
  );
  // Google's "good" cumulative layout shift is at most 0.1; lazily loaded notices made it 0.14.
  expect(total).toBeLessThan(0.1);
});

test('a link pasted into the same tab opens as an undoable edit', async ({ page }) => {
  await openPage(page, '/');
  await page.getByLabel('keep_checkpoint_max').fill('9');
  await expect(page).toHaveURL(/#s=1\.3,9$/);
  await page.evaluate(() => {
    window.location.hash = "#s=1.3,2,7,'ten'";
  });
  await expect(page.getByLabel('keep_checkpoint_max')).toHaveValue('2');
  await expect(page.getByTestId('share-notices')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('keep_checkpoint_max')).toHaveValue('9');
  await expect(page).toHaveURL(/#s=1\.3,9$/);
});

test('undo and redo with the buttons and the keyboard, and reset', async ({ page }) => {
  await openPage(page, '/');
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  const max = page.getByLabel('keep_checkpoint_max');
  const steps = page.getByLabel('save_checkpoint_steps');
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  await max.fill('8');
  await steps.fill('100');
  await undo.click();
  await expect(steps).toHaveValue('1');
  await expect(max).toHaveValue('8');
  await redo.click();
  await expect(steps).toHaveValue('100');
  await expect(redo).toBeDisabled();

  // Keyboard, from outside any input and from inside one.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(steps).toHaveValue('1');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(max).toHaveValue('5');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(max).toHaveValue('8');
  await max.focus();
  await page.keyboard.press('Control+y');
  await expect(steps).toHaveValue('100');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(steps).toHaveValue('1');
  expect((await stateJson(page)).config).toMatchObject({
    save_checkpoint_steps: 1,
    keep_checkpoint_max: 8,
  });

  // Reset asks nothing, and is undone like any edit.
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(max).toHaveValue('5');
  await expect(page).toHaveURL(/#s=1$/);
  await undo.click();
  await expect(max).toHaveValue('8');
});

test('Ctrl/Cmd+S copies the link and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPage(page, '/');
  await page.getByLabel('keep_checkpoint_max').fill('3');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByTestId('copy-link')).toHaveText(/Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/#s=1\.3,3$/);
  await expect(page.getByTestId('copy-link')).toHaveText(/Copy link/, { timeout: 5000 });
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link')).toHaveText(/Copied/);
});

test('a preset round trip: marked, unmarked by an edit, marked again by undo, confirmation', async ({
  page,
}) => {
  await openPage(page, '/');
  await expect(presetStatus(page)).toHaveText(/MindSpore defaults/);

  await choosePreset(page, /Long pretraining/);
  await expect(presetStatus(page)).toHaveText(/Matches preset: Long pretraining/);
  expect((await stateJson(page)).config).toMatchObject({
    save_checkpoint_steps: 1000,
    keep_checkpoint_max: 3,
  });
  await page.getByRole('button', { name: 'Presets' }).click();
  const marked = page.getByRole('menuitem', { name: /Long pretraining/ });
  await expect(marked).toHaveAttribute('aria-current', 'true');
  await expect(marked).toContainText('matches');
  await page.keyboard.press('Escape');

  // An edit by hand: no preset matches.
  await page.getByLabel('keep_checkpoint_max').fill('4');
  await expect(presetStatus(page)).toHaveText('Custom settings');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(presetStatus(page)).toHaveText(/Long pretraining/);

  // Reached by hand: the preset lights up without being chosen.
  await page.getByLabel('keep_checkpoint_max').fill('4');
  await page.getByLabel('keep_checkpoint_max').fill('3');
  await expect(presetStatus(page)).toHaveText(/Long pretraining/);

  // After an edit, another preset asks first; Escape keeps everything.
  await page.getByLabel('keep_checkpoint_max').fill('4');
  await choosePreset(page, /MindFormers LLM/);
  const dialog = page.getByRole('dialog', { name: 'Replace your settings?' });
  await expect(dialog).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: '/tmp/share-confirm.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect((await stateJson(page)).config).toMatchObject({ keep_checkpoint_max: 4 });

  await choosePreset(page, /MindFormers LLM/);
  await dialog.getByRole('button', { name: 'Apply preset' }).click();
  await expect(presetStatus(page)).toHaveText(/MindFormers LLM/);
  await expect(dialog).toHaveCount(0);
  const state = await stateJson(page);
  expect(state.config).toMatchObject({ keep_checkpoint_max: 2, integrated_save: false });
  expect(state.callback).toMatchObject({ prefix: 'llm_rank_0' });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(presetStatus(page)).toHaveText('Custom settings');
  expect((await stateJson(page)).config).toMatchObject({ keep_checkpoint_max: 4 });
});

test('screenshots: desktop light and dark, 375 px, Chinese', async ({ page }) => {
  await openPage(page, '/');
  await page.setViewportSize({ width: 1280, height: 900 });
  await choosePreset(page, /Time-based/);
  await page.screenshot({ path: '/tmp/share-desktop-light.png' });
  await page.getByRole('button', { name: 'Presets' }).click();
  await expect(page.getByRole('menuitem', { name: /Time-based/ })).toBeVisible();
  await page.waitForTimeout(400);
  await page.screenshot({ path: '/tmp/share-menu.png' });
  await page.keyboard.press('Escape');
  await page.getByTestId('theme-toggle').click();
  await page.screenshot({ path: '/tmp/share-desktop-dark.png' });
  await page.getByTestId('theme-toggle').click();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByLabel('keep_checkpoint_max').fill('4');
  await page.screenshot({ path: '/tmp/share-375.png' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByText('简体中文').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('配置器');
  await page.screenshot({ path: '/tmp/share-zh.png' });
});

test('the notices, the preset menu and the confirmation have no axe violations', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const scan = async (what: string) => {
    await animationsDone(page);
    return (await new AxeBuilder({ page }).analyze()).violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${what}: ${violation.id} ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
      ),
    );
  };
  await openPage(page, "/#s=1.3,4,7,'ten'");
  await expect(page.getByTestId('share-notices')).toBeVisible();
  const found = await scan('notices');
  await page.getByRole('button', { name: 'Presets' }).click();
  await expect(page.getByRole('menuitem', { name: /Long pretraining/ })).toBeVisible();
  // Scan the menu once its fade-in is over: half-transparent text is not what users read.
  await expect(page.getByRole('menu')).toHaveCSS('opacity', '1');
  found.push(...(await scan('menu')));
  await page.getByRole('menuitem', { name: /Long pretraining/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCSS('opacity', '1');
  found.push(...(await scan('confirmation')));
  expect(found).toEqual([]);
});

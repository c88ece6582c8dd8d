import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openPage, waitForInteractive } from './open-page';

// ADR 9: the build prerenders the default page (English) into index.html; main.tsx hydrates it.
// These tests hold back the page's script, to see and use the page as it is before hydration.

/** Holds back the app's entry script until `release()` is called. */
async function holdScript(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Opens the page with the app's entry script held back; returns what lets it through. */
async function openWithScriptHeld(page: Page, path = '/'): Promise<() => void> {
  const release = await holdScript(page);
  await page.goto(path, { waitUntil: 'commit' });
  return release;
}

/** Console errors and warnings, uncaught errors (hydration mismatches, CSP refusals). */
function problems(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') found.push(message.text());
  });
  page.on('pageerror', (error) => found.push(error.message));
  return found;
}

async function stateJson(page: Page): Promise<{ config: Record<string, unknown> }> {
  return JSON.parse((await page.getByTestId('state-json').textContent()) ?? '{}') as {
    config: Record<string, unknown>;
  };
}

test('the served page holds the form and the effective policy, with no script of its own', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const [, root = '', seed = ''] =
    /<div id="root">([\s\S]*)<\/div><script type="application\/json" id="prerender-seed">([^<]*)<\/script>/.exec(
      html,
    ) ?? [];
  expect(root).toContain('data-section="when"');
  expect(root).toContain('data-testid="effective-policy"');
  expect(root).toContain('data-testid="state-json"');
  // The warnings engine's findings for the default state, and the notes at the fields.
  expect(root).toContain('data-testid="summary"');
  expect(root).toContain('data-testid="warnings"');
  expect(root).toContain('data-note-severity="warning"');
  expect(root).not.toMatch(/<script/i);
  const parsed = JSON.parse(seed) as { warnings: { id: string }[] };
  expect(parsed.warnings.map((warning) => warning.id)).toContain('saves-every-step');
  // The inline script's hash is in the CSP (else the browser would refuse to run it).
  expect(html).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
});

test('the page holds its whole stylesheet: no stylesheet is fetched, even by the parts loaded later', async ({
  page,
  request,
}) => {
  // ADR 11: a linked stylesheet would hold the first paint back until it arrived.
  const html = await (await request.get('/')).text();
  expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
  const fetched: string[] = [];
  page.on('request', (sent) => {
    if (sent.resourceType() === 'stylesheet' || sent.url().endsWith('.css'))
      fetched.push(sent.url());
  });
  await openPage(page, '/');
  // The timeline is loaded after hydration; its axis switch is styled by src/ui/choice-buttons.
  const axis = page.getByRole('radiogroup', { name: 'Horizontal axis' });
  await expect(axis).toBeVisible();
  expect(await axis.evaluate((element) => getComputedStyle(element).padding)).toBe('2px');
  await page.getByTestId('import-open').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
});

test('the prerendered page is painted before any script, then hydrated without a mismatch', async ({
  page,
}) => {
  const found = problems(page);
  const release = await openWithScriptHeld(page);
  await expect(page.getByLabel('save_checkpoint_steps')).toBeVisible();
  await expect(page.getByTestId('effective-policy')).toBeVisible();
  await expect(page.getByTestId('summary')).toContainText('Saves after every step');
  const warningCount = await page.getByTestId('warning-message').count();
  expect(warningCount).toBeGreaterThan(0);
  release();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'hydrate');
  await expect(page.getByTestId('timeline-totals')).toBeVisible();
  // Hydrated, not thrown away and rendered anew: the same warnings, still on screen.
  await expect(page.getByTestId('warning-message')).toHaveCount(warningCount);
  await page.getByLabel('save_checkpoint_steps').fill('250');
  expect((await stateJson(page)).config).toMatchObject({ save_checkpoint_steps: 250 });
  expect(found).toEqual([]);
});

test('hydration keeps the prerendered ids: no input, label or description is rewritten', async ({
  page,
}) => {
  // Mantine's own useId replaces every id after mount (a synchronous re-render of the whole
  // form); the build resolves it to React's id, which the prerender and the browser share (ADR 10).
  const release = await openWithScriptHeld(page);
  await expect(page.getByLabel('save_checkpoint_steps')).toBeVisible();
  const ids = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('#root [id], #root [for], #root [aria-describedby]')].map(
        (element) =>
          [element.id, element.getAttribute('for'), element.getAttribute('aria-describedby')].join(
            '|',
          ),
      ),
    );
  const before = await ids();
  expect(before.length).toBeGreaterThan(40);
  // Marks the prerendered nodes, to see that hydration keeps them.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('#root [id]'))
      (element as HTMLElement).dataset.prerendered = '1';
  });
  release();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'hydrate');
  await waitForInteractive(page);
  await expect(page.getByTestId('timeline-totals')).toBeVisible();
  const kept = await page.evaluate(() =>
    [...document.querySelectorAll('#root [data-prerendered]')].map((element) => element.id),
  );
  const after = await ids();
  // Every prerendered id is still there, on the same element.
  for (const entry of before) expect(after).toContain(entry);
  expect(kept.length).toBe(before.filter((entry) => entry.split('|')[0] !== '').length);
});

test('the theme’s CSS variables come with the page’s head, and neither path computes them again', async ({
  browser,
}) => {
  const variable = (page: Page, name: string) =>
    page.evaluate(
      (property) => getComputedStyle(document.documentElement).getPropertyValue(property).trim(),
      name,
    );
  // The hydrated default page, then a page rendered in the browser (Chinese).
  for (const locale of ['en-US', 'zh-CN']) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openPage(page);
    await expect(page.locator('html')).toHaveAttribute(
      'data-boot',
      locale === 'en-US' ? 'hydrate' : 'render',
    );
    expect(await page.locator('head style[data-theme-variables]').count()).toBe(1);
    expect(await page.locator('style[data-mantine-styles="true"]').count()).toBe(0);
    // The theme's own values (src/app/theme.ts), in light and in dark.
    expect(await variable(page, '--mantine-color-dimmed')).toBe('#495057');
    // Shade 8 of blue, where Mantine's default is shade 6 (#228be6).
    expect(await variable(page, '--mantine-primary-color-filled')).toBe('#1971c2');
    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(await variable(page, '--mantine-color-dimmed')).toBe('#b8b8b8');
    await context.close();
  }
});

test('what is typed, ticked, picked and clicked before hydration is replayed, not lost', async ({
  page,
}) => {
  const found = problems(page);
  const release = await openWithScriptHeld(page);
  await page.getByLabel('save_checkpoint_steps').fill('1');
  await page.getByLabel('save_checkpoint_steps').fill('17');
  await page.getByLabel('keep_checkpoint_max').fill('3');
  await page.getByTestId('version-select').selectOption('2.7');
  await page.getByTestId('field-integrated_save').selectOption('False');
  await page.getByTestId('directory-none').click();
  await page.getByTestId('theme-toggle').click();
  release();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'hydrate');
  await expect(
    page.getByTestId('policy-save_checkpoint_steps').getByTestId('effective'),
  ).toHaveText('17');
  // Replayed one per task, in order: the last (the theme) shows when all have been.
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  expect(await stateJson(page)).toMatchObject({
    mindspore_version: '2.7',
    config: { save_checkpoint_steps: 17, keep_checkpoint_max: 3, integrated_save: false },
  });
  await expect(page.getByTestId('directory-none')).not.toBeChecked();
  expect((await stateJson(page)).config.directory).not.toBeNull();
  await expect(page.getByLabel('save_checkpoint_steps')).toHaveValue('17');
  await expect(page.getByTestId('theme-toggle')).toHaveAccessibleName('Switch to light theme');
  expect(found).toEqual([]);
});

test('a stored dark theme is applied before the first paint and kept through hydration', async ({
  page,
}) => {
  const found = problems(page);
  await page.addInitScript(() => window.localStorage.setItem('ckpt-builder.theme', 'dark'));
  const release = await openWithScriptHeld(page);
  await expect(page.getByLabel('save_checkpoint_steps')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'hydrate');
  await expect(page.getByTestId('theme-toggle')).toHaveAccessibleName('Switch to light theme');
  expect(found).toEqual([]);
});

for (const visit of [
  { label: 'a browser that prefers Chinese', locale: 'zh-CN', path: '/', stored: null },
  { label: 'a stored choice of Chinese', locale: 'en-US', path: '/', stored: 'zh' },
  { label: 'a shared link', locale: 'en-US', path: '/?s=x', stored: null },
]) {
  test(`${visit.label}: the English default page is never shown, the page is rendered`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: visit.locale });
    const page = await context.newPage();
    const found = problems(page);
    if (visit.stored !== null) {
      await page.addInitScript(
        (language) => window.localStorage.setItem('ckpt-builder.language', language),
        visit.stored,
      );
    }
    const release = await openWithScriptHeld(page, visit.path);
    await expect(page.locator('html')).toHaveAttribute('data-prerender', 'off');
    await expect(page.getByLabel('save_checkpoint_steps')).toBeHidden();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'render');
    await expect(page.getByLabel(/save_checkpoint_steps/).first()).toBeVisible();
    if (visit.locale === 'zh-CN' || visit.stored === 'zh') {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'MindSpore Checkpoint 配置器',
      );
      // The prerendered document's title and description are English; the page's follow.
      await expect(page).toHaveTitle('MindSpore Checkpoint 配置器');
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        'content',
        /^构建 MindSpore CheckpointConfig/,
      );
      await page.getByTestId('language-switch').getByText('English').click();
      await expect(page).toHaveTitle('MindSpore Checkpoint Builder');
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        'content',
        /^Build a MindSpore CheckpointConfig/,
      );
    }
    // A link that cannot be read says so; errors logged by the page itself would be a bug.
    expect(found).toEqual([]);
    await context.close();
  });
}

test('if the page cannot load its code, it says so over the prerendered page', async ({ page }) => {
  await page.route(/\/assets\/boot-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not load its code');
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'failed');
  await expect(page.getByLabel('save_checkpoint_steps')).toBeVisible();
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exportText } from '../src/core/index';
import type { BuilderState, ExportFormat } from '../src/core/index';
import { settled } from './settled';
import { openPage } from './open-page';

const TABS: [string, ExportFormat, string][] = [
  ['Python', 'python', 'checkpoint_config.py'],
  ['TypeScript', 'typescript', 'checkpoint_config.ts'],
  ['JSON', 'json', 'checkpoint-builder-state.json'],
  ['YAML', 'yaml', 'checkpoint_monitor.yaml'],
];

const GOOD =
  'config_ck = CheckpointConfig(save_checkpoint_steps=1875, keep_checkpoint_max=10)\n' +
  'ckpoint_cb = ModelCheckpoint(prefix="checkpoint_lenet", config=config_ck)';

async function pageState(page: Page): Promise<BuilderState> {
  return JSON.parse((await page.getByTestId('state-json').textContent()) ?? '{}') as BuilderState;
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('ckpt-builder.language', 'en');
    window.localStorage.setItem('ckpt-builder.theme', 'light');
  });
  await openPage(page, '/');
});

test('each tab exports exactly what the core writes for the page’s state; copy and download work', async ({
  page,
}) => {
  await page.getByLabel(/save_checkpoint_steps/).fill('250');
  const state = await pageState(page);
  expect(state.config['save_checkpoint_steps']).toBe(250);
  for (const [name, format, file] of TABS) {
    await page.getByRole('tab', { name, exact: true }).click();
    // The tab's own panel, once the previous tab's has gone (React may keep it a moment).
    const code = page.locator(`[data-testid="export-code"][data-format="${format}"]`);
    await expect(page.getByTestId('export-code')).toHaveCount(1);
    const expected = exportText(state, format);
    await expect(code).toHaveText(expected, { useInnerText: false });
    expect(await code.textContent()).toBe(expected);

    await page.getByTestId('export-copy').click();
    await expect(page.getByTestId('export-copy')).toHaveText(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(file);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(expected);
  }
});

test('the switch writes every argument when turned off', async ({ page }) => {
  const state = await pageState(page);
  const code = page.getByTestId('export-code');
  await expect(code).toBeVisible();
  await page.getByRole('switch', { name: /only non-default arguments/i }).click();
  expect(await code.textContent()).toBe(exportText(state, 'python', { onlyNonDefault: false }));
});

test('a paste MindSpore rejects shows its exception and changes nothing', async ({ page }) => {
  const before = await pageState(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByLabel('Python, JSON or YAML')
    .fill('CheckpointConfig(save_checkpoint_steps=1.5)');
  await expect(dialog.getByTestId('import-error-text')).toHaveText(
    "TypeError: The input value must be int, but got 'float'",
  );
  await expect(dialog.getByTestId('import-apply')).toBeDisabled();
  await page.screenshot({ path: '/tmp/export-dialog-error.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await pageState(page)).toEqual(before);
  await expect(page.getByLabel(/save_checkpoint_steps/)).toHaveValue('1');
});

test('a good paste updates the form when applied', async ({ page }) => {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Python, JSON or YAML').fill(GOOD);
  await expect(dialog.getByTestId('import-accepted')).toContainText('MindSpore accepts this');
  await dialog.getByTestId('import-apply').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel(/save_checkpoint_steps/)).toHaveValue('1875');
  await expect(page.getByLabel(/keep_checkpoint_max/)).toHaveValue('10');
  await expect(page.getByTestId('field-prefix')).toHaveValue('checkpoint_lenet');
  const state = await pageState(page);
  expect(await page.getByTestId('export-code').textContent()).toBe(exportText(state, 'python'));
});

test('screenshots: desktop light and dark, 375 px, Chinese', async ({ page }) => {
  const exportRegion = page.locator('[data-region="export"]');
  await exportRegion.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/export-desktop-light.png', fullPage: true });
  await page.getByTestId('theme-toggle').click();
  await exportRegion.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/export-desktop-dark.png', fullPage: true });
  await page.getByTestId('theme-toggle').click();
  await page.setViewportSize({ width: 375, height: 800 });
  await exportRegion.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/export-375.png', fullPage: true });
  await exportRegion.screenshot({ path: '/tmp/export-375-panel.png' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await page.getByRole('button', { name: '导入…' }).click();
  await page
    .getByRole('dialog')
    .getByRole('textbox')
    .fill(
      'CheckpointConfig(enc_key=b"0123456789abcdef", save_checkpoint_steps=100, save_checkpoint_seconds=100)',
    );
  await expect(page.getByRole('dialog').getByTestId('import-accepted')).toBeVisible();
  await page.screenshot({ path: '/tmp/export-zh-dialog.png' });
  await page.keyboard.press('Escape');
  await exportRegion.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/export-zh.png', fullPage: true });
});

async function axeViolations(page: Page, label: string): Promise<string[]> {
  await settled(page);
  const results = await new AxeBuilder({ page }).include('[data-region="export"]').analyze();
  const dialog = page.getByRole('dialog');
  const inDialog = (await dialog.isVisible())
    ? (await new AxeBuilder({ page }).include('[role="dialog"]').analyze()).violations
    : [];
  return [...results.violations, ...inDialog].flatMap((violation) =>
    violation.nodes.map(
      (node) => `${label}: ${violation.id} ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
    ),
  );
}

test('the export panel and the import dialog have no axe violations, light and dark', async ({
  page,
}) => {
  // Six axe scans: slow on a busy machine.
  test.setTimeout(120_000);
  await expect(page.getByTestId('export-code')).toBeVisible();
  const violations: string[] = [];
  for (const scheme of ['light', 'dark']) {
    violations.push(...(await axeViolations(page, `${scheme} export`)));
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Python, JSON or YAML')
      .fill('CheckpointConfig(save_checkpoint_steps=1.5)');
    await expect(dialog.getByTestId('import-error')).toBeVisible();
    violations.push(...(await axeViolations(page, `${scheme} dialog error`)));
    await dialog.getByLabel('Python, JSON or YAML').fill(GOOD);
    await expect(dialog.getByTestId('import-accepted')).toBeVisible();
    violations.push(...(await axeViolations(page, `${scheme} dialog accepted`)));
    if (scheme === 'dark') await page.screenshot({ path: '/tmp/export-dialog-dark.png' });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.getByTestId('theme-toggle').click();
  }
  expect(violations).toEqual([]);
});

test('at 375 px the import error box wraps or scrolls its own text: nothing is cut', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog');
  const longLine =
    'CheckpointConfig(' +
    Array.from({ length: 30 }, (_, i) => `save_checkpoint_steps=${i}`).join(', ') +
    ')';
  for (const [name, text, expected] of [
    [
      'unclosed',
      'CheckpointConfig(save_checkpoint_steps=100, keep_checkpoint_max=',
      'never closed',
    ],
    ['long-line', longLine, 'keyword argument repeated'],
    ['long-token', `CheckpointConfig(save_checkpoint_steps=${'a'.repeat(200)})`, 'aaaaaaaaaa'],
  ] as const) {
    await dialog.getByLabel('Python, JSON or YAML').fill(text);
    const error = dialog.getByTestId('import-error');
    await expect(dialog.getByTestId('import-error-text')).toContainText(expected);
    await settled(page);
    const widths = await error.evaluate((box) =>
      [box, ...box.querySelectorAll('*')]
        .filter((element) => getComputedStyle(element).overflowX === 'visible')
        .map((element) => ({ sw: element.scrollWidth, cw: element.clientWidth })),
    );
    const box = await error.evaluate((element) => ({
      sw: element.scrollWidth,
      cw: element.clientWidth,
    }));
    expect(box.sw, name).toBeLessThanOrEqual(box.cw);
    for (const { sw, cw } of widths) expect(sw, name).toBeLessThanOrEqual(cw);
    await error.screenshot({ path: `/tmp/import-error-375-${name}.png` });
  }
});

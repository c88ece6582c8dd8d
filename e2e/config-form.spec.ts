import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { settled } from './settled';
import { openPage } from './open-page';

const E05 =
  "ValueError: For 'CheckpointConfig', the input arguments 'save_checkpoint_steps', 'save_checkpoint_seconds', 'keep_checkpoint_max' and 'keep_checkpoint_per_n_minutes' can't be all None or 0.";

function policyCell(page: Page, field: string, column: 'entered' | 'effective') {
  return page.getByTestId(`policy-${field}`).getByTestId(column);
}

async function stateJson(page: Page): Promise<{ config: Record<string, unknown> }> {
  return JSON.parse((await page.getByTestId('state-json').textContent()) ?? '{}') as {
    config: Record<string, unknown>;
  };
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('ckpt-builder.language', 'en');
    window.localStorage.setItem('ckpt-builder.theme', 'light');
  });
  await openPage(page, '/');
});

test('editing the four policy fields changes the effective policy and the JSON view', async ({
  page,
}) => {
  const steps = page.getByLabel('save_checkpoint_steps');
  const seconds = page.getByLabel('save_checkpoint_seconds');
  const max = page.getByLabel('keep_checkpoint_max');
  const perN = page.getByLabel('keep_checkpoint_per_n_minutes');

  // MindSpore's defaults: seconds 0 is dropped because steps is 1.
  await expect(policyCell(page, 'save_checkpoint_seconds', 'entered')).toHaveText('0');
  await expect(policyCell(page, 'save_checkpoint_seconds', 'effective')).toContainText('None');

  // An emptied field is None, not 0.
  await steps.fill('');
  await seconds.fill('600');
  await expect(policyCell(page, 'save_checkpoint_steps', 'effective')).toHaveText('None');
  await expect(policyCell(page, 'save_checkpoint_seconds', 'effective')).toHaveText('600');
  expect((await stateJson(page)).config).toMatchObject({
    save_checkpoint_steps: null,
    save_checkpoint_seconds: 600,
  });

  // A positive step interval makes MindSpore drop the seconds, and the field says so.
  await steps.fill('100');
  await expect(policyCell(page, 'save_checkpoint_seconds', 'effective')).toContainText('None');
  await expect(seconds).toHaveAccessibleDescription(
    /save_checkpoint_seconds is ignored because save_checkpoint_steps is set/,
  );

  // Retention: max 0 with per_n 30 keeps one file per 30 minutes; both falsy means max 1.
  await max.fill('0');
  await perN.fill('30');
  await expect(policyCell(page, 'keep_checkpoint_max', 'effective')).toHaveText('0');
  await expect(policyCell(page, 'keep_checkpoint_per_n_minutes', 'effective')).toHaveText('30');
  await perN.fill('');
  await expect(policyCell(page, 'keep_checkpoint_max', 'effective')).toContainText('1');
  await expect(policyCell(page, 'keep_checkpoint_per_n_minutes', 'effective')).toHaveText('None');
  expect((await stateJson(page)).config).toMatchObject({
    save_checkpoint_steps: 100,
    keep_checkpoint_max: 0,
    keep_checkpoint_per_n_minutes: null,
  });
});

test('all four policy values 0 show MindSpore’s exact ValueError at the field and in the panel', async ({
  page,
}) => {
  for (const field of [
    'save_checkpoint_steps',
    'save_checkpoint_seconds',
    'keep_checkpoint_max',
    'keep_checkpoint_per_n_minutes',
  ]) {
    await page.getByLabel(field).fill('0');
  }
  await expect(page.getByTestId('policy-error')).toContainText(E05.replace('ValueError: ', ''));
  // Inline, in the form, with its plain explanation.
  const form = page.getByRole('form');
  await expect(form.getByText(E05, { exact: true })).toBeVisible();
  await expect(form).toContainText('nothing would ever be saved or kept');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: '/tmp/form-error.png' });

  // A negative value typed key by key is an int too, and MindSpore's sign check wins over E05.
  const steps = page.getByLabel('save_checkpoint_steps');
  await steps.fill('');
  await steps.pressSequentially('-5');
  expect((await stateJson(page)).config).toMatchObject({ save_checkpoint_steps: -5 });
  await expect(
    form.getByText(
      "ValueError: The input value must be int and must >= 0, but got '-5' with type 'int'.",
      { exact: true },
    ),
  ).toBeVisible();
  await expect(page.getByTestId('policy-error')).toContainText("but got '-5' with type 'int'.");
});

test('switching the MindSpore version shows the arguments of that version', async ({ page }) => {
  const version = page.getByRole('combobox', { name: 'MindSpore version' });
  await expect(version.locator('option:checked')).toHaveText('MindSpore 2.2');
  await expect(page.getByTestId('field-format')).toHaveCount(0);
  await version.selectOption('MindSpore 2.4');
  const format = page.getByRole('combobox', { name: 'format', exact: true });
  await expect(format.locator('option:checked')).toHaveText("'ckpt'");
  const crcCheck = page.getByRole('combobox', { name: 'crc_check', exact: true });
  await expect(crcCheck.locator('option:checked')).toHaveText('False');
  expect(await stateJson(page)).toMatchObject({
    mindspore_version: '2.4',
    config: { format: 'ckpt' },
  });

  // async_save='thread' is a TypeError up to 2.4 and accepted from 2.5.
  const form = page.getByRole('form');
  await page.getByTestId('field-async_save').selectOption("'thread'");
  const e06 = form.getByText('TypeError: The input value must be a bool, but got str.', {
    exact: true,
  });
  await expect(e06).toBeVisible();
  await version.selectOption('MindSpore 2.5');
  await expect(e06).toHaveCount(0);
  expect(await stateJson(page)).toMatchObject({
    mindspore_version: '2.5',
    config: { async_save: 'thread' },
  });
});

// A paste into an int field is read whole. NumberInput alone kept the digits of what it could not
// read: "1e3" became 13, "1,000" became 1, and an IME's full-width "１２" nothing.
test('pasting or typing into an int field: whole numbers are read whole, anything else is refused and said', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const field = page.getByTestId('field-save_checkpoint_steps');
  const paste = async (text: string) => {
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await field.fill('');
    await field.press('ControlOrMeta+V');
  };
  for (const [text, value] of [
    ['1,000', 1000],
    ['1_000', 1000],
    ['１２', 12],
    [' 42 ', 42],
  ] as const) {
    await paste(text);
    await expect(field, text).toHaveValue(String(value));
    await expect.poll(async () => (await stateJson(page)).config.save_checkpoint_steps).toBe(value);
  }
  for (const text of ['1e3', '1.5', '0x10']) {
    await paste(text);
    await expect(field, text).toHaveValue('');
    await expect(page.getByText(`Not pasted: “${text}” is not a whole number.`)).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  // Empty means None (the field was emptied before the refused paste), and the message goes with
  // the next edit (an IME's full-width digit, read as its ASCII form).
  expect((await stateJson(page)).config.save_checkpoint_steps).toBeNull();
  await page.keyboard.insertText('７');
  await expect(page.getByText(/Not pasted/)).toHaveCount(0);
  await expect(field).toHaveValue('7');
  await expect.poll(async () => (await stateJson(page)).config.save_checkpoint_steps).toBe(7);
});

// Typed, a character NumberInput does not take was dropped without a word: "1.5" became 15.
test('typing a float into an int field: the dot is refused and said until the field is left', async ({
  page,
}) => {
  const field = page.getByTestId('field-save_checkpoint_steps');
  await field.fill('');
  await field.pressSequentially('1.5');
  await expect(field).toHaveValue('15');
  const said = page.getByText('Not typed: “.”.', { exact: false });
  await expect(said).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.press('Tab');
  await expect(said).toHaveCount(0);
  expect((await stateJson(page)).config.save_checkpoint_steps).toBe(15);
});

// The policy table's argument names break after their underscores only ("save_checkpoint_" /
// "steps"), never mid-word ("save_ch" / "eckpoin"), where the column is narrow: a phone, and the
// longest name on a laptop.
test('the effective policy fits a phone and breaks argument names at underscores only', async ({
  page,
}) => {
  for (const [language, width] of [
    ['English', 375],
    ['English', 1280],
    ['简体中文', 375],
    ['简体中文', 1280],
  ] as const) {
    await page.getByTestId('language-switch').getByText(language).click();
    await page.setViewportSize({ width, height: 800 });
    const lines = await page.getByTestId('effective-policy').evaluate((panel) =>
      [...panel.querySelectorAll('tbody th')].map((cell) => {
        const range = document.createRange();
        // Each piece of text between break points must sit on one line.
        const pieces = [...cell.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => {
            range.selectNodeContents(node);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          });
        return { name: cell.textContent, pieces };
      }),
    );
    expect(lines.map((line) => line.name)).toEqual([
      'save_checkpoint_steps',
      'save_checkpoint_seconds',
      'keep_checkpoint_max',
      'keep_checkpoint_per_n_minutes',
    ]);
    // And the table fits the panel: nothing of it is hidden sideways.
    const table = page.getByTestId('effective-policy').locator('table').locator('xpath=..');
    const { client, scroll } = await table.evaluate((element) => ({
      client: element.clientWidth,
      scroll: element.scrollWidth,
    }));
    expect(scroll, `the table at ${width} px in ${language}`).toBeLessThanOrEqual(client);
    for (const { name, pieces } of lines)
      expect(
        pieces.every((count) => count === 1),
        `${name} at ${width} px in ${language}: ${pieces.join(',')}`,
      ).toBe(true);
  }
});

test('screenshots: desktop light and dark, a phone, Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByLabel('save_checkpoint_steps').fill('100');
  await page.getByLabel('save_checkpoint_seconds').fill('600');
  await page.screenshot({ path: '/tmp/form-desktop-light.png', fullPage: true });
  await page.getByTestId('theme-toggle').click();
  await page.screenshot({ path: '/tmp/form-desktop-dark.png', fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: '/tmp/form-375.png', fullPage: true });
  await page.screenshot({ path: '/tmp/form-375-top.png' });
  await page.getByTestId('theme-toggle').click();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByText('简体中文').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('配置器');
  await page.screenshot({ path: '/tmp/form-zh.png', fullPage: true });

  // The composite controls, opened: encryption by reference, append_info with a dict entry.
  await page.getByText('English').click();
  await page.getByTestId('enc-key-source').selectOption('an environment variable (hex)');
  await page.getByLabel('append_info: "epoch_num"').check();
  await page.getByLabel('append_info: your own dict').check();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await expect(page.getByLabel('append_info: key 1')).toHaveValue('key');
  await page
    .locator('[data-section="encryption"]')
    .screenshot({ path: '/tmp/form-encryption.png' });
  await page.locator('[data-section="extra"]').screenshot({ path: '/tmp/form-append-info.png' });
});

test('the form has no axe violations, in light and dark', async ({ page }) => {
  // Two full-page axe scans of a page this size take ~25 s on a loaded 2-core machine.
  test.setTimeout(90_000);
  await page.getByLabel('save_checkpoint_steps').fill('100');
  await page.getByLabel('save_checkpoint_seconds').fill('600');
  for (const scheme of ['light', 'dark']) {
    await settled(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.flatMap((violation) =>
        violation.nodes.map(
          (node) =>
            `${scheme}: ${violation.id} ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
        ),
      ),
    ).toEqual([]);
    await page.getByTestId('theme-toggle').click();
  }
});

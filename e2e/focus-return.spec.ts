import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openPage } from './open-page';

// Keyboard focus never falls to <body> when a dialog closes or a control disappears under it:
// it goes back to the control that opened the dialog, or to the next thing in the same place.

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('ckpt-builder.language', 'en');
    window.localStorage.setItem('ckpt-builder.theme', 'light');
  });
  await openPage(page, '/');
});

/** What has the focus: its tag, test id and text, or "BODY" when nothing has. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return 'BODY';
    return `${element.tagName} ${element.getAttribute('data-testid') ?? ''} ${(element.textContent ?? '').trim().slice(0, 30)}`;
  });
}

async function openPresetConfirmation(page: Page) {
  // A hand edit: applying a preset now asks first.
  const max = page.getByTestId('field-keep_checkpoint_max');
  await max.fill('23');
  await expect(page.getByTestId('preset-status')).toHaveText(/custom/i);
  const presets = page.getByRole('button', { name: 'Presets' });
  await presets.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('preset-menu')).toBeVisible();
  // The menu mounts on its first opening: its items take the arrow keys once they are there, and
  // Enter chooses the item that has the focus (a CI run pressed both before, once).
  await expect(page.getByRole('menuitem').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[role="menuitem"]:focus')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  return presets;
}

for (const how of ['Escape', 'Cancel', 'Apply preset'] as const) {
  test(`the preset confirmation gives the focus back to the Presets button: ${how}`, async ({
    page,
  }) => {
    const presets = await openPresetConfirmation(page);
    if (how === 'Escape') await page.keyboard.press('Escape');
    else {
      await page.getByRole('dialog').getByRole('button', { name: how }).focus();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(presets).toBeFocused();
    expect(await focused(page)).not.toBe('BODY');
    if (how === 'Apply preset') {
      await expect(page.getByTestId('preset-status')).not.toHaveText(/custom/i);
    }
  });
}

for (const how of ['Escape in the text', 'Cancel', 'the close button'] as const) {
  test(`the import dialog, first opened, gives the focus back to Import…: ${how}`, async ({
    page,
  }) => {
    const open = page.getByTestId('import-open');
    await open.focus();
    await page.keyboard.press('Enter');
    const text = page.getByTestId('import-text');
    await expect(text).toBeFocused();
    await page.keyboard.type('CheckpointConfig()');
    if (how === 'Escape in the text') await page.keyboard.press('Escape');
    else {
      const name = how === 'Cancel' ? 'Cancel' : /close/i;
      await page.getByRole('dialog').getByRole('button', { name }).focus();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(open).toBeFocused();
    // And again, from the second opening on.
    await page.keyboard.press('Enter');
    await expect(text).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(open).toBeFocused();
  });
}

test('after a warning’s fix, the focus is on the warning that took its place', async ({ page }) => {
  const seconds = page.getByTestId('field-save_checkpoint_seconds');
  await seconds.fill('600');
  const panel = page.getByTestId('warnings');
  const warning = panel.locator('[data-warning-id="seconds-ignored"]');
  const fix = warning.getByTestId('warning-fix');
  await fix.focus();
  // Which entry follows it in the panel, now.
  const next = await page.evaluate(() => {
    const entries = [...document.querySelectorAll('[data-testid="warnings"] [data-warning-id]')];
    const index = entries.findIndex(
      (entry) => entry.getAttribute('data-warning-id') === 'seconds-ignored',
    );
    return (entries[index + 1] ?? entries[index - 1])?.getAttribute('data-warning-id') ?? null;
  });
  expect(next).not.toBeNull();
  await page.keyboard.press('Enter');
  await expect(warning).toHaveCount(0);
  await expect(seconds).toHaveValue('0');
  const landed = panel.locator(`[data-warning-id="${next}"]`);
  await expect(landed).toBeFocused();
  // Seen as focused (a keyboard user's ring), and the next Tab stays in that warning.
  expect(await landed.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(
      (id) =>
        document.activeElement?.closest('[data-warning-id]')?.getAttribute('data-warning-id') ===
        id,
      next,
    ),
  ).toBe(true);
});

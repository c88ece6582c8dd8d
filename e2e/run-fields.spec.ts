import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openPage } from './open-page';

// The training run's fields keep what is typed, even text that is not a number (with its error),
// until the state changes from outside them: then they show the state's values, and no stale error.

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('ckpt-builder.language', 'en');
    window.localStorage.setItem('ckpt-builder.theme', 'light');
  });
  await openPage(page, '/');
  await expect(page.getByTestId('run-model')).toBeVisible();
});

const NOT_A_NUMBER = 'Enter a number';

async function typeInto(page: Page, id: string, text: string) {
  const field = page.getByTestId(id);
  await field.fill(text);
  return field;
}

test('Reset to defaults replaces invalid text in the run fields, with its error', async ({
  page,
}) => {
  const run = page.getByTestId('run-model');
  const step = page.getByTestId('run-step_seconds');
  const epoch = page.getByTestId('run-epoch');
  const stepBefore = await step.inputValue();
  const epochBefore = await epoch.inputValue();
  // Nothing typed here changes the state: the page is still at its defaults.
  await typeInto(page, 'run-step_seconds', '');
  await typeInto(page, 'run-epoch', 'abc');
  await expect(run.getByText(NOT_A_NUMBER)).toHaveCount(2);
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(step).toHaveValue(stepBefore);
  await expect(epoch).toHaveValue(epochBefore);
  await expect(run.getByText(NOT_A_NUMBER)).toHaveCount(0);
  await expect(step).not.toHaveAttribute('aria-invalid', 'true');
});

test('Reset after an edit: the fields show the defaults, not the text typed since', async ({
  page,
}) => {
  const epoch = page.getByTestId('run-epoch');
  const size = page.getByTestId('run-dataset_size');
  const epochBefore = await epoch.inputValue();
  const sizeBefore = await size.inputValue();
  await typeInto(page, 'run-epoch', '7');
  await typeInto(page, 'run-dataset_size', 'x1');
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(epoch).toHaveValue(epochBefore);
  await expect(size).toHaveValue(sizeBefore);
  await expect(page.getByTestId('run-model').getByText(NOT_A_NUMBER)).toHaveCount(0);
});

test('Undo and Redo replace invalid text in the run fields', async ({ page }) => {
  const epoch = page.getByTestId('run-epoch');
  const size = page.getByTestId('run-dataset_size');
  const sizeBefore = await size.inputValue();
  await typeInto(page, 'run-epoch', '7');
  await typeInto(page, 'run-dataset_size', 'abc');
  await page.getByRole('button', { name: /^undo$/i }).click();
  await expect(size).toHaveValue(sizeBefore);
  await expect(page.getByTestId('run-model').getByText(NOT_A_NUMBER)).toHaveCount(0);
  await typeInto(page, 'run-dataset_size', '');
  await page.getByRole('button', { name: /^redo$/i }).click();
  await expect(epoch).toHaveValue('7');
  await expect(size).toHaveValue(sizeBefore);
  await expect(page.getByTestId('run-model').getByText(NOT_A_NUMBER)).toHaveCount(0);
});

test('a preset replaces invalid text in the run fields', async ({ page }) => {
  const step = page.getByTestId('run-step_seconds');
  await typeInto(page, 'run-step_seconds', 'abc');
  await page.getByRole('button', { name: 'Presets' }).click();
  await page.getByTestId('preset-menu').locator('[data-preset]').first().click();
  await expect(page.getByTestId('preset-status')).not.toHaveText(/custom/i);
  await expect(step).not.toHaveValue('abc');
  await expect(page.getByTestId('run-model').getByText(NOT_A_NUMBER)).toHaveCount(0);
});

test('Reset brings the write speed back to the default run’s', async ({ page }) => {
  await page.getByTestId('run-save-source').getByRole('radio').nth(1).check({ force: true });
  const speed = page.getByTestId('run-write_speed');
  const before = await speed.inputValue();
  await typeInto(page, 'run-write_speed', '0.25');
  await expect(speed).toHaveValue('0.25');
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(speed).toHaveValue(before);
  await typeInto(page, 'run-write_speed', 'abc');
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(speed).toHaveValue(before);
  await expect(page.getByTestId('run-model').getByText(NOT_A_NUMBER)).toHaveCount(0);
});

import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { settled } from './settled';
import { openPage } from './open-page';

const SECONDS_IGNORED =
  'save_checkpoint_seconds is ignored because save_checkpoint_steps is set; MindSpore silently sets it to None.';

async function stateJson(page: Page): Promise<{ config: Record<string, unknown> }> {
  return JSON.parse((await page.getByTestId('state-json').textContent()) ?? '{}') as {
    config: Record<string, unknown>;
  };
}

function entry(page: Page, id: string) {
  return page.getByTestId('warnings').locator(`[data-warning-id="${id}"]`);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('ckpt-builder.language', 'en');
    window.localStorage.setItem('ckpt-builder.theme', 'light');
  });
  await openPage(page, '/');
});

// A warning's field names take the reader to the fields: focused, on screen, with their label.
test('each field a warning names is a button to that field, on a phone and a desktop', async ({
  page,
}) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const chips = page.getByTestId('warnings').getByTestId('warning-field');
    const names = await chips.allTextContents();
    // The default page's warnings name config fields and the training run's.
    expect(names).toContain('save_checkpoint_steps');
    expect(names).toContain('run.save_seconds');
    for (const [index, name] of names.entries()) {
      const chip = chips.nth(index);
      await chip.scrollIntoViewIfNeeded();
      await expect(chip).toHaveAccessibleName(name);
      await expect(chip).toHaveAccessibleDescription(`Go to ${name}`);
      await chip.click();
      const focused = page.locator(':focus');
      await expect(focused, name).toBeInViewport();
      // The focused control is the field's: its label names it ("run.x" is the run's field "x").
      const label = name.replace(/^run\./, '');
      await expect(focused, name).toHaveAccessibleName(new RegExp(`^${label}\\b`));
    }
  }
});

test('seconds > 0 while steps is 1: the warning at the field and in the panel, and its fix', async ({
  page,
}) => {
  const seconds = page.getByLabel('save_checkpoint_seconds');
  const steps = page.getByLabel('save_checkpoint_steps');
  await expect(entry(page, 'seconds-ignored')).toHaveCount(0);
  await expect(page.getByTestId('warnings-announcer')).toHaveText('');

  await seconds.fill('600');
  // In the panel, with its severity in words, the fields, and what the fix does.
  const warning = entry(page, 'seconds-ignored');
  await expect(warning).toContainText(SECONDS_IGNORED);
  await expect(warning).toContainText('Warning');
  await expect(warning).toContainText('r2.2 L181-184');
  // At both fields it concerns.
  await expect(seconds).toHaveAccessibleDescription(new RegExp(SECONDS_IGNORED.slice(0, 60)));
  await expect(steps).toHaveAccessibleDescription(new RegExp(SECONDS_IGNORED.slice(0, 60)));
  // The count change is announced politely, once.
  await expect(page.getByTestId('warnings-announcer')).toContainText('warning');

  // The explanation unfolds.
  await warning.getByText('What MindSpore does, and why').click();
  await expect(warning).toContainText('without an error or a log line');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId('warnings').screenshot({ path: '/tmp/warnings-panel.png' });

  // The fix: an ordinary edit of the state.
  await warning
    .getByRole('button', { name: 'Clear save_checkpoint_seconds (set it to 0)' })
    .click();
  await expect(entry(page, 'seconds-ignored')).toHaveCount(0);
  await expect(seconds).toHaveValue('0');
  await expect(seconds).not.toHaveAccessibleDescription(/is ignored/);
  expect((await stateJson(page)).config).toMatchObject({
    save_checkpoint_steps: 1,
    save_checkpoint_seconds: 0,
  });

  // Undo brings it back, where the page offers undo (the history is the page store's).
  const undo = page.getByRole('button', { name: /^undo$/i });
  if ((await undo.count()) > 0) {
    await undo.click();
    await expect(entry(page, 'seconds-ignored')).toHaveCount(1);
    expect((await stateJson(page)).config).toMatchObject({ save_checkpoint_seconds: 600 });
  }
});

test('a value MindSpore overrides says so at the field: keep_checkpoint_max becomes 1', async ({
  page,
}) => {
  await page.getByLabel('keep_checkpoint_max').fill('0');
  await expect(entry(page, 'keep-max-forced-to-one')).toHaveCount(1);
  await expect(page.getByLabel('keep_checkpoint_max')).toHaveAccessibleDescription(/1/);
});

test('the summary follows the policy and the language switch', async ({ page }) => {
  const summary = page.getByTestId('summary');
  await expect(summary).toContainText('Saves after every step');
  await page.getByLabel('save_checkpoint_steps').fill('1000');
  await expect(summary).toContainText('Saves every 1,000 steps');
  const english = await summary.textContent();
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await expect(summary).toContainText('每 1,000 步保存一次');
  expect(await summary.textContent()).not.toBe(english);
  // The warnings panel follows too.
  await expect(page.getByTestId('warnings').getByRole('heading', { level: 2 })).toHaveText('警告');
});

test('screenshots: desktop light and dark, a phone, Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByLabel('save_checkpoint_seconds').fill('600');
  await page.getByLabel('keep_checkpoint_max').fill('0');
  await page.getByTestId('field-prefix').fill('runs/ckpt');
  await expect(entry(page, 'seconds-ignored')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/warnings-desktop-light.png', fullPage: true });
  await page.getByTestId('theme-toggle').click();
  await page.screenshot({ path: '/tmp/warnings-desktop-dark.png', fullPage: true });
  await page.getByTestId('warnings').screenshot({ path: '/tmp/warnings-panel-dark.png' });
  await page.getByTestId('theme-toggle').click();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: '/tmp/warnings-375.png', fullPage: true });
  await page.getByTestId('warnings').screenshot({ path: '/tmp/warnings-375-panel.png' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await expect(page.getByTestId('summary')).toContainText('保存');
  await page.screenshot({ path: '/tmp/warnings-zh.png', fullPage: true });
  await page.getByTestId('warnings').screenshot({ path: '/tmp/warnings-zh-panel.png' });
});

test('the panel and the summary have no axe violations, in light and dark', async ({ page }) => {
  await page.getByLabel('save_checkpoint_seconds').fill('600');
  await page.getByLabel('keep_checkpoint_max').fill('0');
  await page.getByTestId('field-prefix').fill('runs/ckpt');
  await entry(page, 'seconds-ignored').getByText('What MindSpore does, and why').click();
  for (const scheme of ['light', 'dark']) {
    await settled(page);
    const results = await new AxeBuilder({ page })
      .include('[data-testid="warnings"]')
      .include('[aria-labelledby="summary-title"]')
      .analyze();
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

// findWarnings has nothing to say about a configuration MindSpore rejects: the panel says that it
// waits for the error to be resolved, not that MindSpore does what the configuration says.
test('a rejected configuration: the panel says it waits for the error, and comes back after', async ({
  page,
}) => {
  const field = page.getByTestId('field-save_checkpoint_steps');
  await field.fill('-1');
  const empty = page.getByTestId('warnings-empty');
  await expect(empty).toHaveText(
    'Nothing else to check until the error shown at its field is resolved.',
  );
  await expect(page.getByTestId('warnings-announcer')).toHaveText('An error at a field.');
  await field.fill('1');
  await expect(empty).toHaveCount(0);
  await expect(entry(page, 'saves-every-step')).toBeVisible();
});

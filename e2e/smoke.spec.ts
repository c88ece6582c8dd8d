import { expect, test } from '@playwright/test';

test('the builder page opens and shows the effective policy', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Checkpoint');
  await expect(page.getByTestId('effective-policy')).toContainText('"keep_checkpoint_max": 5');
});

import type { Page } from '@playwright/test';

/**
 * Waits until every CSS transition and animation on the page has finished: a contrast scan taken
 * mid-fade (a theme switch, a menu opening) measures colours no user reads.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => null))),
  );
}

import type { Page } from '@playwright/test';

/**
 * Opens the page and waits until it answers input (hydrated or rendered: the app marks it).
 * The prerendered page is on screen before that (ADR 9); what a user does before it is replayed,
 * one action per task, so a test that reads the state right after acting would race the replay.
 * e2e/prerender.spec.ts tests that window on purpose.
 */
export async function openPage(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await waitForInteractive(page);
}

/** Waits until the open page answers input (the app marks it once hydrated or rendered). */
export async function waitForInteractive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('ckpt-builder:interactive').length > 0,
  );
}

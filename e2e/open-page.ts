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

/**
 * Opens `url` in `language` (stored as the visitor's choice before the page loads) in a window
 * `width` px wide, and waits until it answers input.
 */
export async function openInLanguage(
  page: Page,
  { language, width, url = '/' }: { language: 'en' | 'zh'; width: number; url?: string },
): Promise<void> {
  await page.addInitScript(
    (stored) => localStorage.setItem('ckpt-builder.language', stored),
    language,
  );
  await page.setViewportSize({ width, height: 800 });
  await openPage(page, url);
}

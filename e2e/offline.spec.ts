import { expect, test } from '@playwright/test';
import { openPage } from './open-page';

test('the page makes no request outside its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  await openPage(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Use the page a little so that lazily loaded parts are fetched too.
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await page.getByTestId('theme-toggle').click();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('favicon, robots.txt and the web manifest are served', async ({ request }) => {
  for (const path of ['/favicon.svg', '/robots.txt', '/manifest.webmanifest']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
});

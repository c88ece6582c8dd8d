import { expect, test } from '@playwright/test';
import type { Request } from '@playwright/test';
import { openPage } from './open-page';

test('the page makes no request outside its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign: string[] = [];
  // Requests in flight, and when the last one started or ended: the test waits until the page has
  // been quiet for a second (Playwright's own "networkidle" is discouraged, and timed out here
  // twice in CI runs without saying which request it waited for).
  const inFlight = new Set<Request>();
  let lastActivity = Date.now();
  page.on('request', (request) => {
    inFlight.add(request);
    lastActivity = Date.now();
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  const settle = (request: Request) => {
    inFlight.delete(request);
    lastActivity = Date.now();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  await openPage(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Use the page a little so that lazily loaded parts are fetched too.
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await page.getByTestId('theme-toggle').click();
  await expect(page.getByTestId('export-code')).toBeVisible();
  await expect(page.getByTestId('timeline')).toHaveAttribute('aria-busy', 'false');
  await expect
    .poll(
      () =>
        inFlight.size > 0
          ? `waiting for ${[...inFlight].map((request) => request.url()).join(', ')}`
          : Date.now() - lastActivity >= 1000
            ? 'quiet'
            : 'a request ended less than a second ago',
      { timeout: 30_000 },
    )
    .toBe('quiet');
  expect(foreign).toEqual([]);
});

test('favicon, robots.txt and the web manifest are served', async ({ request }) => {
  for (const path of ['/favicon.svg', '/robots.txt', '/manifest.webmanifest']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
});

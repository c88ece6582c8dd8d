import { chromium, devices } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
for (const [label, opts] of [['mobile', { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }], ['desktop', { viewport: { width: 1350, height: 940 } }]]) {
  const context = await browser.newContext(opts);
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4455/');
  await page.waitForTimeout(2500);
  console.log(label, await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    fp: performance.getEntriesByName('first-paint')[0]?.startTime,
    boot: document.documentElement.dataset.boot, pre: document.documentElement.dataset.prerender, langs: navigator.languages,
  })));
  await context.close();
}
await browser.close();

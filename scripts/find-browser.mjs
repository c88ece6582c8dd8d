// Finds a Chromium for Playwright: CHROMIUM_PATH, then Playwright's own download, then Debian's.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function findChromium() {
  const candidates = [];
  if (process.env.CHROMIUM_PATH) candidates.push(process.env.CHROMIUM_PATH);
  try {
    const { chromium } = require('playwright-core');
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core not installed or no browser registry: fall through to the system browser.
  }
  candidates.push('/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser');
  return candidates.find((path) => path && existsSync(path));
}

export const HOW_TO_GET_CHROMIUM = `No Chromium found for the end-to-end tests.
Install one of:
  - Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium
  - any machine with internet access to Playwright's CDN:  npx playwright install chromium
  - or point CHROMIUM_PATH at a Chromium or Chrome binary.`;

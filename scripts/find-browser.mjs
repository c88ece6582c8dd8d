// Finds a Chromium for Playwright: CHROMIUM_PATH, then Playwright's own download, then Debian's.
import { execSync } from 'node:child_process';
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

export const HOW_TO_GET_CHROMIUM = `No Chromium found (the end-to-end tests, the audit and the bench need one).
Install one of:
  - Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium
  - any machine with internet access to Playwright's CDN:  npx playwright install chromium
  - or point CHROMIUM_PATH at a Chromium or Chrome binary.`;

/**
 * findChromium(), and when there is none, as root on Debian, installs Debian's chromium package
 * first (what a fresh CI machine needs). Undefined when there is still none.
 */
export function findOrInstallChromium() {
  const found = findChromium();
  if (found || process.platform !== 'linux' || process.getuid?.() !== 0) return found;
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  console.log("No Chromium found; installing Debian's chromium package…");
  try {
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      { stdio: 'inherit' },
    );
  } catch {
    return undefined;
  }
  return findChromium();
}

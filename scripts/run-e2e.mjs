// Runs the Playwright suite in a real Chromium, installing Debian's when there is none and we may.
import { execSync, spawnSync } from 'node:child_process';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-browser.mjs';

let browser = findChromium();
if (!browser && process.platform === 'linux' && process.getuid?.() === 0) {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    console.log("No Chromium found; installing Debian's chromium package…");
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit',
      },
    );
    browser = findChromium();
  } catch {
    // Fall through to the explanation below.
  }
}
if (!browser) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
});
process.exit(result.status ?? 1);

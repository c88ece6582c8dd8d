// Runs the Playwright suite in a real Chromium, installing Debian's when there is none and we may.
import { spawnSync } from 'node:child_process';
import { findOrInstallChromium, HOW_TO_GET_CHROMIUM } from './find-browser.mjs';

const browser = findOrInstallChromium();
if (!browser) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
});
process.exit(result.status ?? 1);

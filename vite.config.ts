import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { prerenderPlugin } from './scripts/prerender-plugin.ts';
import { mantineStableIdPlugin } from './scripts/mantine-stable-id-plugin.ts';
import { mantineLazyDefaultsPlugin } from './scripts/mantine-lazy-defaults-plugin.ts';

const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  plugins: [mantineStableIdPlugin(), mantineLazyDefaultsPlugin(), react(), prerenderPlugin()],
  server: { port, strictPort: true, host: '127.0.0.1' },
  preview: { port, strictPort: true, host: '127.0.0.1' },
  // No modulepreload polyfill: every browser the page supports (ES2022) preloads modules itself.
  // One stylesheet for the whole app, which the prerender plugin puts into index.html (ADR 11):
  // the lazily loaded parts add ~1 kB gzip to it, and no import fetches a stylesheet later.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
  },
  test: {
    projects: [
      {
        // The core is plain TypeScript: its tests run in Node, without a DOM.
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/core/**/*.test.ts'],
          setupFiles: ['src/test/setup-core.ts'],
        },
      },
      {
        // The build's own code (the prerender plugin), in Node.
        test: {
          name: 'scripts',
          environment: 'node',
          include: ['scripts/**/*.test.ts'],
          setupFiles: ['src/test/setup-core.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/{app,features,ui,i18n}/**/*.test.ts'],
          setupFiles: [
            // First: React DOM looks for the hook this installs once, when it is loaded.
            'src/test/react-commit-hook.ts',
            'src/test/setup-core.ts',
            'src/test/setup-dom.ts',
          ],
        },
      },
    ],
  },
});

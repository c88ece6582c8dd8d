import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** How `@mantine/hooks`' index imports its useId (checked against the installed version by a test). */
export const MANTINE_USE_ID_IMPORT = './use-id/use-id.mjs';

/**
 * Resolves `@mantine/hooks`' useId to src/ui/stable-mantine-id.ts, which keeps the id Mantine
 * renders first instead of replacing it after mount (ADR 10). Only that one import, and only
 * from Mantine's hooks package: everything else resolves as usual.
 */
export function mantineStableIdPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'ckpt-builder:mantine-stable-id',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source, importer) {
      if (source !== MANTINE_USE_ID_IMPORT || !importer) return null;
      if (!importer.replace(/\\/g, '/').includes('/@mantine/hooks/esm/')) return null;
      return resolve(root, 'src/ui/stable-mantine-id.ts');
    },
  };
}

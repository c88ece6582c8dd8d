import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MANTINE_USE_ID_IMPORT, mantineStableIdPlugin } from './mantine-stable-id-plugin';

type ResolveId = (source: string, importer?: string) => string | null;

function resolver(): ResolveId {
  const plugin = mantineStableIdPlugin();
  (plugin.configResolved as (config: { root: string }) => void)({ root: '/app' });
  return plugin.resolveId as unknown as ResolveId;
}

describe('the build resolves Mantine’s useId to the stable one (ADR 10)', () => {
  test('the installed @mantine/hooks imports its useId as the plugin expects', () => {
    // A Mantine upgrade that moves the file would make the plugin a silent no-op: this fails first.
    const index = readFileSync(resolve('node_modules/@mantine/hooks/esm/index.mjs'), 'utf8');
    expect(index).toContain(`import { useId } from "${MANTINE_USE_ID_IMPORT}";`);
    const original = readFileSync(
      resolve('node_modules/@mantine/hooks/esm', MANTINE_USE_ID_IMPORT),
      'utf8',
    );
    // What the replacement stands in for: the id Mantine renders first, then a random one.
    expect(original).toContain('mantine-${reactId.replace(/:/g, "")}');
    expect(original).toContain('setUuid(randomId())');
  });

  test.each([
    ['Mantine’s hooks index', '/app/node_modules/@mantine/hooks/esm/index.mjs', true],
    ['a Windows path to it', 'C:\\app\\node_modules\\@mantine\\hooks\\esm\\index.mjs', true],
    ['another package with the same import', '/app/node_modules/other/esm/index.mjs', false],
    ['the app’s own code', '/app/src/ui/x.ts', false],
  ])('%s', (_label, importer, redirected) => {
    expect(resolver()(MANTINE_USE_ID_IMPORT, importer)).toBe(
      redirected ? resolve('/app', 'src/ui/stable-mantine-id.ts') : null,
    );
  });

  test('other imports of Mantine’s hooks resolve as usual', () => {
    const importer = '/app/node_modules/@mantine/hooks/esm/index.mjs';
    expect(resolver()('./use-idle/use-idle.mjs', importer)).toBeNull();
    expect(resolver()(MANTINE_USE_ID_IMPORT)).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { defaultCssVariablesResolver, DEFAULT_THEME } from '@mantine/core';
import {
  lazyMantineDefaults,
  MANTINE_REMOVE_DEFAULTS_FILE,
  mantineLazyDefaultsPlugin,
} from './mantine-lazy-defaults-plugin';

const installed = readFileSync(resolve('node_modules', MANTINE_REMOVE_DEFAULTS_FILE), 'utf8');

/** The module's function, built from `code` with its imports given (no bundler needed). */
function removeDefaultVariablesFrom(code: string, resolver: typeof defaultCssVariablesResolver) {
  const body = code
    .replace(/^"use client";$/m, '')
    .replace(/^import .*$/gm, '')
    .replace(/^export .*$/gm, '')
    .replace(/^\/\/.*$/gm, '');
  const keys = (object: object) => Object.keys(object);
  const make = new Function(
    'keys',
    'DEFAULT_THEME',
    'defaultCssVariablesResolver',
    `${body}\nreturn removeDefaultVariables;`,
  ) as (...args: unknown[]) => (input: unknown) => unknown;
  return make(keys, DEFAULT_THEME, resolver);
}

describe('Mantine’s default CSS variables are computed when first needed (ADR 13)', () => {
  test('the installed module is the one the plugin rewrites', () => {
    expect(() => lazyMantineDefaults(installed)).not.toThrow();
  });

  test('a module without that code fails the build', () => {
    expect(() => lazyMantineDefaults('export const x = 1;')).toThrow(/no longer has the code/);
  });

  test('nothing is computed as the module loads; the first call computes once', () => {
    const resolver = vi.fn(defaultCssVariablesResolver);
    const remove = removeDefaultVariablesFrom(lazyMantineDefaults(installed), resolver);
    expect(resolver).not.toHaveBeenCalled();
    const input = defaultCssVariablesResolver({ ...DEFAULT_THEME, primaryColor: 'grape' });
    remove(input);
    remove(input);
    expect(resolver).toHaveBeenCalledTimes(1);
    // The unchanged module computes them at once, as it loads.
    const eager = vi.fn(defaultCssVariablesResolver);
    removeDefaultVariablesFrom(installed, eager);
    expect(eager).toHaveBeenCalledTimes(1);
  });

  test('it strips the same variables as Mantine’s own module', () => {
    const lazy = removeDefaultVariablesFrom(
      lazyMantineDefaults(installed),
      defaultCssVariablesResolver,
    );
    const eager = removeDefaultVariablesFrom(installed, defaultCssVariablesResolver);
    for (const primaryColor of ['blue', 'grape', 'teal']) {
      const input = defaultCssVariablesResolver({ ...DEFAULT_THEME, primaryColor });
      expect(lazy(input)).toEqual(eager(input));
    }
  });

  test('the plugin rewrites that module only', () => {
    const transform = mantineLazyDefaultsPlugin().transform as (
      code: string,
      id: string,
    ) => { code: string } | null;
    expect(transform(installed, `/app/node_modules/${MANTINE_REMOVE_DEFAULTS_FILE}`)?.code).toBe(
      lazyMantineDefaults(installed),
    );
    expect(
      transform(
        installed,
        `C:\\app\\node_modules\\${MANTINE_REMOVE_DEFAULTS_FILE.replace(/\//g, '\\')}`,
      )?.code,
    ).toBe(lazyMantineDefaults(installed));
    expect(transform('const x = 1;', '/app/src/ui/x.ts')).toBeNull();
  });
});

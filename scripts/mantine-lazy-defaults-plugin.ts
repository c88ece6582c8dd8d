import type { Plugin } from 'vite';

/** The Mantine module this plugin rewrites (a test checks the installed one still matches). */
export const MANTINE_REMOVE_DEFAULTS_FILE =
  '@mantine/core/esm/core/MantineProvider/MantineCssVariables/remove-default-variables.mjs';

const EAGER = 'const defaultCssVariables = defaultCssVariablesResolver(DEFAULT_THEME);';
const FUNCTION_START = 'function removeDefaultVariables(input) {';

/**
 * Mantine computes its default theme's CSS variables (~800 of them) when the module is evaluated,
 * to strip them from the page's `<style>` later: ~6 ms of main thread inside the app's one module
 * evaluation task, ~25 ms with the CPU slowed 4× as Lighthouse's phone is (a trace's V8 samples).
 * This computes them the first time they are needed instead, in the render, which React slices.
 * The same variables, computed once, in another moment.
 */
export function lazyMantineDefaults(code: string): string {
  if (!code.includes(EAGER) || !code.includes(FUNCTION_START)) {
    // Mantine changed the module: fail the build rather than silently stop applying.
    throw new Error(
      `mantine-lazy-defaults: ${MANTINE_REMOVE_DEFAULTS_FILE} no longer has the code it rewrites`,
    );
  }
  return code
    .replace(EAGER, 'let defaultCssVariablesCache;')
    .replace(
      FUNCTION_START,
      `${FUNCTION_START}\n\tconst defaultCssVariables = defaultCssVariablesCache ??= defaultCssVariablesResolver(DEFAULT_THEME);`,
    );
}

export function mantineLazyDefaultsPlugin(): Plugin {
  return {
    name: 'ckpt-builder:mantine-lazy-defaults',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith(MANTINE_REMOVE_DEFAULTS_FILE)) return null;
      return { code: lazyMantineDefaults(code), map: null };
    },
  };
}

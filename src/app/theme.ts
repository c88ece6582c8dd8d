import { createTheme } from '@mantine/core';
import type { CSSVariablesResolver } from '@mantine/core';

// primaryShade 8: Mantine's default shade gives white button text a 3.55:1 contrast (fails AA).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  // Chinese fonts by name, for each system: left to the browser's fallback search, the first
  // Chinese text (the language switch) held the first paint for about a second (ADR 9).
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
});

// Mantine's dimmed text is 3.3:1 on white (gray 6) and 4.0:1 on dark 7 (dark 2), below WCAG AA;
// every input description uses it. Likewise the error colour of an input's text and message:
// red 6 is 3.3:1 on white and red 8 is 3.0:1 on a dark input.
export const cssVariablesResolver: CSSVariablesResolver = (mantineTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': mantineTheme.colors.gray[7] ?? '#495057',
    '--mantine-color-error': mantineTheme.colors.red[9] ?? '#c92a2a',
  },
  dark: {
    '--mantine-color-dimmed': mantineTheme.colors.dark[1] ?? '#b8b8b8',
    '--mantine-color-error': mantineTheme.colors.red[4] ?? '#ff8787',
  },
});

import { MantineProvider } from '@mantine/core';
import { prerender } from 'react-dom/static';
import { App } from './app/app';
import { cssVariablesResolver, theme } from './app/theme';
import type { PrerenderSeed } from './app/prerender-seed';
import { checkForm, lazyFormResolver } from './features/config-form/form-checks';
import type { FormValues } from './features/config-form/form-resolver';

export { seedToScriptText } from './app/prerender-seed';
import { defaultState, validate } from './core/index';

/**
 * The page as first shown to a visitor with no link and no preference: English, the default
 * state. Rendered at build time (scripts/prerender-plugin.ts) into index.html, so that the page
 * is painted before any script runs; main.tsx then hydrates it (ADR 9). Waits for the lazy
 * regions that are prerendered (the analysis: summary, warnings, timeline).
 */
export async function renderPage(): Promise<{ markup: string; seed: PrerenderSeed }> {
  // Imported as the page does (dynamically), so that the build keeps it in its own chunk.
  const { diagnosedFields, findWarnings, warningFieldNotes } =
    await import('./app/warnings-analysis');
  const state = defaultState();
  const warnings = findWarnings(state);
  // The form's own check, as the form runs it (the message text does not change the verdict).
  // Through the same lazy loader as the page, so that the build keeps the checks apart (ADR 13).
  const formErrors = await checkForm(
    lazyFormResolver({ encNameRequired: '', language: 'en' }),
    state as unknown as FormValues,
  );
  const seed: PrerenderSeed = {
    warnings,
    fieldNotes: warningFieldNotes(warnings, 'en', diagnosedFields(validate(state))),
    formValid: Object.keys(formErrors).length === 0,
  };
  const { prelude } = await prerender(
    <App language="en" opened={{ state: defaultState(), notices: [] }} seed={seed} />,
    // Keeps every boundary inline: larger ones would be sent apart, with a script to move them.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return { markup: await new Response(prelude).text(), seed };
}

/**
 * The theme's CSS variables as Mantine writes them (its `<style data-mantine-styles>`), for the
 * page's head (ADR 17). The page's own provider does not write them in a build.
 */
export async function renderThemeVariables(): Promise<string> {
  const { prelude } = await prerender(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} withCssVariables>
      <span />
    </MantineProvider>,
  );
  const markup = await new Response(prelude).text();
  const css = /<style data-mantine-styles="true"[^>]*>([\s\S]*?)<\/style>/.exec(markup)?.[1];
  if (!css) throw new Error('prerender: Mantine wrote no CSS variables for the theme');
  return css;
}

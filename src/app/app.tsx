import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core';
import { LanguageProvider } from '../i18n/language-context';
import type { Language } from '../i18n/languages';
import { BuilderPage } from './builder-page';
import type { PrerenderSeed } from './prerender-seed';
import { cssVariablesResolver, theme } from './theme';
import { HydrationGate } from '../ui/use-hydrated';
import type { OpenedLink } from '../features/share/url-state';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'ckpt-builder.theme' });

export interface AppProps {
  /** The UI language to start in; by default the stored choice, else the browser's. */
  language?: Language;
  /** The state the page opens with: the link's (read by the caller), or the defaults. */
  opened: OpenedLink;
  /** What the warnings engine found for the prerendered page: set when hydrating it. */
  seed?: PrerenderSeed | undefined;
}

/** Providers (theme, language) around the page. Theme and language are local preferences. */
export function App({ language, opened, seed }: AppProps) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      // The built page holds the theme's CSS variables in its head, computed by the build
      // (renderThemeVariables, ADR 17): the page does not compute them again as it hydrates, in a
      // render that cannot be sliced. The dev server has no prerender: there, Mantine writes them.
      withCssVariables={import.meta.env.DEV}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      <LanguageProvider {...(language ? { initial: language } : {})}>
        {/* A seed comes with the prerender and its hydration only. */}
        <HydrationGate hydrating={seed !== undefined}>
          <BuilderPage opened={opened} seed={seed} />
        </HydrationGate>
      </LanguageProvider>
    </MantineProvider>
  );
}

import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core';
import { LanguageProvider } from '../i18n/language-context';
import { BuilderPage } from './builder-page';
import { cssVariablesResolver, theme } from './theme';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'ckpt-builder.theme' });

/** Providers (theme, language) around the page. Theme and language are local preferences. */
export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      <LanguageProvider>
        <BuilderPage />
      </LanguageProvider>
    </MantineProvider>
  );
}

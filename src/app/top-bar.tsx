import { ActionIcon, Button, Group, Text, Title, useMantineColorScheme } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLanguage, useT } from '../i18n/language-context';
import type { Language } from '../i18n/languages';
import { appMessages } from '../i18n/messages/app';
import { useHydrationSafeColorScheme } from '../ui/use-hydrated';
import { MoonIcon, SunIcon } from '../ui/icons';

const LANGUAGES: readonly { value: Language; label: string; lang: string }[] = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'zh', label: '简体中文', lang: 'zh-CN' },
];

/** Title, tagline, and the local preferences: language and theme. */
export function TopBar({ children }: { children?: ReactNode }) {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useHydrationSafeColorScheme();
  const toDark = scheme === 'light';
  return (
    <Group component="header" justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <div>
        <Title order={1} size="h2">
          {t(appMessages.title)}
        </Title>
        <Text c="dimmed" size="sm">
          {t(appMessages.tagline)}
        </Text>
      </div>
      <Group gap="xs" wrap="wrap">
        {children}
        {/* Two toggle buttons, not a SegmentedControl: its sliding indicator measures the
            layout on every resize, a forced reflow of the whole page while it loads. */}
        <Group
          gap={0}
          role="group"
          aria-label={t(appMessages.languageSwitch)}
          data-testid="language-switch"
          wrap="nowrap"
        >
          {LANGUAGES.map((option, index) => (
            <Button
              key={option.value}
              size="xs"
              h={30}
              variant={language === option.value ? 'filled' : 'default'}
              aria-pressed={language === option.value}
              lang={option.lang}
              onClick={() => setLanguage(option.value)}
              style={{
                borderStartStartRadius: index === 0 ? undefined : 0,
                borderEndStartRadius: index === 0 ? undefined : 0,
                borderStartEndRadius: index === LANGUAGES.length - 1 ? undefined : 0,
                borderEndEndRadius: index === LANGUAGES.length - 1 ? undefined : 0,
              }}
            >
              {option.label}
            </Button>
          ))}
        </Group>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t(toDark ? appMessages.themeToggleToDark : appMessages.themeToggleToLight)}
          data-testid="theme-toggle"
          onClick={() => {
            const next = toDark ? 'dark' : 'light';
            // Back to the system's own theme: follow the system again, rather than pin it.
            const system = window.matchMedia('(prefers-color-scheme: dark)').matches
              ? 'dark'
              : 'light';
            setColorScheme(next === system ? 'auto' : next);
          }}
        >
          {toDark ? <MoonIcon /> : <SunIcon />}
        </ActionIcon>
      </Group>
    </Group>
  );
}

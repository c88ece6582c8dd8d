import {
  ActionIcon,
  Group,
  SegmentedControl,
  Text,
  Title,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useLanguage, useT } from '../i18n/language-context';
import type { Language } from '../i18n/languages';
import { appMessages } from '../i18n/messages/app';

/** Title, tagline, and the local preferences: language and theme. */
export function TopBar({ children }: { children?: ReactNode }) {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
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
        <SegmentedControl
          data-testid="language-switch"
          aria-label={t(appMessages.languageSwitch)}
          size="xs"
          value={language}
          onChange={(value) => setLanguage(value as Language)}
          data={[
            { value: 'en', label: 'English' },
            { value: 'zh', label: '简体中文' },
          ]}
        />
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t(toDark ? appMessages.themeToggleToDark : appMessages.themeToggleToLight)}
          data-testid="theme-toggle"
          onClick={() => setColorScheme(toDark ? 'dark' : 'light')}
        >
          <span aria-hidden="true">{toDark ? '☾' : '☀'}</span>
        </ActionIcon>
      </Group>
    </Group>
  );
}

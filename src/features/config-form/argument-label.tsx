import { Badge } from '@mantine/core';
import { useT } from '../../i18n/language-context';
import { formMessages } from '../../i18n/messages/form';

/** MindSpore's argument name, as the label's text, with a "changed" mark when not the default. */
export function ArgumentLabel({ name, changed }: { name: string; changed: boolean }) {
  const t = useT();
  return (
    <>
      <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{name}</span>
      {changed ? (
        <Badge
          component="span"
          size="xs"
          variant="light"
          color="grape"
          ml={6}
          data-testid="changed"
        >
          {t(formMessages.changed)}
        </Badge>
      ) : null}
    </>
  );
}

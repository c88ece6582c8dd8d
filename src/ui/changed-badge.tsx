import { Badge } from '@mantine/core';
import { useT } from '../i18n/language-context';
import { formMessages } from '../i18n/messages/form';

/**
 * The "changed" mark beside a label whose value is not the default. The space before it keeps
 * the label's accessible name two words ("epoch changed"), not one ("epochchanged").
 */
export function ChangedBadge() {
  const t = useT();
  return (
    <>
      {' '}
      <Badge component="span" size="xs" variant="light" color="grape" ml={2} data-testid="changed">
        {t(formMessages.changed)}
      </Badge>
    </>
  );
}

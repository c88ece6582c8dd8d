import { ChangedBadge } from '../../ui/changed-badge';
import { FIELD_NAME_ATTRIBUTE } from '../../ui/focus-field';

/** MindSpore's argument name, as the label's text, with a "changed" mark when not the default. */
export function ArgumentLabel({ name, changed }: { name: string; changed: boolean }) {
  return (
    <>
      <span
        style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}
        {...{ [FIELD_NAME_ATTRIBUTE]: name }}
      >
        {name}
      </span>
      {changed ? <ChangedBadge /> : null}
    </>
  );
}

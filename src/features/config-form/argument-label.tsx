import { ChangedBadge } from '../../ui/changed-badge';

/** MindSpore's argument name, as the label's text, with a "changed" mark when not the default. */
export function ArgumentLabel({ name, changed }: { name: string; changed: boolean }) {
  return (
    <>
      <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{name}</span>
      {changed ? <ChangedBadge /> : null}
    </>
  );
}

import { Button } from '@mantine/core';
import { lazy, Suspense, useRef, useState } from 'react';
import type { BuilderState, MindSporeVersion } from '../../core/index';
import { useT } from '../../i18n/language-context';
import { importButtonMessages } from '../../i18n/messages/import-button';

// The dialog and the readers it needs load on first use, outside the first-load budget.
const ImportDialog = lazy(() =>
  import('./import-dialog').then((module) => ({ default: module.ImportDialog })),
);

/** The toolbar's "Import…" button and the dialog it opens. */
export function ImportButton({
  version,
  onApply,
}: {
  version: MindSporeVersion;
  onApply: (state: BuilderState) => void;
}) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  const [used, setUsed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // However the dialog closes, the focus goes back to this button. Mantine's Modal returns it only
  // from its second opening on: the first opening mounts the dialog open, and its focus return
  // notes what had the focus when `opened` changes, not when it mounts.
  const close = () => {
    setOpened(false);
    button.current?.focus();
  };
  return (
    <>
      <Button
        ref={button}
        variant="default"
        size="xs"
        h={34}
        onClick={() => {
          setUsed(true);
          setOpened(true);
        }}
        data-testid="import-open"
      >
        {t(importButtonMessages.open)}
      </Button>
      {used ? (
        <Suspense fallback={null}>
          <ImportDialog opened={opened} onClose={close} version={version} onApply={onApply} />
        </Suspense>
      ) : null}
    </>
  );
}

import { Button, Group } from '@mantine/core';
import { memo } from 'react';
import { useT } from '../../i18n/language-context';
import { historyMessages } from '../../i18n/messages/history';
import { RedoIcon, UndoIcon } from '../../ui/icons';

/**
 * Undo, redo and reset; the keyboard shortcuts are `useEditShortcuts`. Memoised: the page renders
 * on every keystroke, these buttons change only when undo or redo becomes (un)available.
 */
export const HistoryButtons = memo(function HistoryButtons({
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  onReset,
}: {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onReset: () => void;
}) {
  const t = useT();
  return (
    <Group gap={4} role="group" aria-label={t(historyMessages.toolbar)} wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        disabled={!canUndo}
        onClick={onUndo}
        title={t(historyMessages.undoHint)}
        leftSection={<UndoIcon />}
      >
        {t(historyMessages.undo)}
      </Button>
      <Button
        size="xs"
        variant="default"
        disabled={!canRedo}
        onClick={onRedo}
        title={t(historyMessages.redoHint)}
        leftSection={<RedoIcon />}
      >
        {t(historyMessages.redo)}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="gray"
        onClick={onReset}
        title={t(historyMessages.resetHint)}
      >
        {t(historyMessages.reset)}
      </Button>
    </Group>
  );
});

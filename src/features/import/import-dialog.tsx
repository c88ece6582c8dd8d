import {
  Alert,
  Button,
  Code,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { importNoteKey, MINDSPORE_VERSIONS } from '../../core/index';
import { warningMessage } from '../../core/warnings/find-warnings';
import type { BuilderState, Diagnostic, ImportNote, MindSporeVersion } from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import { diagnosticMessages } from '../../i18n/messages/diagnostics';
import type { Message } from '../../i18n/languages';
import { importMessages, importNoteMessages } from '../../i18n/messages/import';
import { pyRepr } from '../../ui/py-repr';
import { reasonText } from '../../ui/reason-text';
import { importVerdict, lineOf } from './import-verdict';
import type { ImportVerdict } from './import-verdict';
import classes from './import-dialog.module.css';

const FORMAT_LABELS: Record<string, string> = {
  python: 'Python',
  json: 'JSON',
  yaml: 'YAML',
  unknown: '?',
};

// Mantine's light alert titles are below 4.5:1 on their tinted background; darker (lighter in dark).
const TITLE_COLORS = {
  green: 'light-dark(#1b6e2c, var(--mantine-color-green-3))',
  red: 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-3))',
};

export interface ImportDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The page's version: what the text is read as when it does not say. */
  version: MindSporeVersion;
  /** Called with the imported state when the user applies an accepted import. */
  onApply: (state: BuilderState) => void;
}

/** Paste, see MindSpore's verdict, then apply (or not). Nothing changes before Apply. */
export function ImportDialog({ opened, onClose, version, onApply }: ImportDialogProps) {
  const t = useT();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(importMessages.title)}
      size="xl"
      closeButtonProps={{ 'aria-label': t(importMessages.close) }}
    >
      {/* Mounted only while open, so every opening starts from an empty paste. */}
      {opened ? <ImportForm version={version} onCancel={onClose} onApply={onApply} /> : null}
    </Modal>
  );
}

function ImportForm({
  version,
  onCancel,
  onApply,
}: {
  version: MindSporeVersion;
  onCancel: () => void;
  onApply: (state: BuilderState) => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [hint, setHint] = useState<MindSporeVersion>(version);
  const [debounced] = useDebouncedValue(text, 250);
  const verdict = useMemo(
    () => (debounced.trim() === '' ? undefined : importVerdict(debounced, hint)),
    [debounced, hint],
  );
  // The verdict shown must be the one for the text in the box before Apply can use it.
  const current = debounced === text ? verdict : undefined;
  const accepted = current?.result.ok ? current.result.state : undefined;
  return (
    <Stack gap="sm">
      <Textarea
        label={t(importMessages.pasteLabel)}
        description={t(importMessages.pasteDescription)}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        rows={8}
        resize="vertical"
        spellCheck={false}
        data-autofocus
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        data-testid="import-text"
      />
      <Select
        label={t(importMessages.versionLabel)}
        data={[...MINDSPORE_VERSIONS]}
        value={hint}
        onChange={(value) => value && setHint(value as MindSporeVersion)}
        allowDeselect={false}
        className={classes.version}
        data-testid="import-version"
      />
      <div aria-live="polite" data-testid="import-verdict">
        {verdict ? (
          <VerdictView verdict={verdict} text={debounced} />
        ) : (
          <Text size="sm" c="dimmed">
            {t(importMessages.empty)}
          </Text>
        )}
      </div>
      <Text size="xs" c="dimmed">
        {t(importMessages.applyHint)}
      </Text>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onCancel}>
          {t(importMessages.cancel)}
        </Button>
        <Button
          disabled={!accepted}
          onClick={() => {
            if (accepted) {
              onApply(accepted);
              onCancel();
            }
          }}
          data-testid="import-apply"
        >
          {t(importMessages.apply)}
        </Button>
      </Group>
    </Stack>
  );
}

function VerdictView({ verdict, text }: { verdict: ImportVerdict; text: string }) {
  const t = useT();
  const { language } = useLanguage();
  const { result, normalisations, warnings } = verdict;
  const notes = result.ok ? result.notes : (result.notes ?? []);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} data-testid="import-format">
        {t(importMessages.detected, { format: FORMAT_LABELS[result.format] ?? result.format })}
      </Text>
      {result.ok ? (
        <Alert
          color="green"
          title={t(importMessages.accepts)}
          styles={{ title: { color: TITLE_COLORS.green } }}
          data-testid="import-accepted"
        >
          {normalisations.length === 0 ? (
            <Text size="sm">{t(importMessages.acceptsAsIs)}</Text>
          ) : (
            <>
              <Text size="sm">{t(importMessages.normalises)}</Text>
              <List size="sm" data-testid="import-normalisations">
                {normalisations.map((item) => (
                  <List.Item key={item.field}>
                    <Text span ff="monospace" size="sm">
                      {item.field} {pyRepr(item.entered)} → {pyRepr(item.effective)}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      ) : (
        <ErrorView errors={result.errors} text={text} />
      )}
      {notes.length > 0 ? <NotesView notes={notes} /> : null}
      {result.ok ? (
        <div>
          <Text size="sm" fw={600}>
            {t(importMessages.warnings)}
          </Text>
          {warnings.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t(importMessages.noWarnings)}
            </Text>
          ) : (
            <List size="sm" data-testid="import-warnings">
              {warnings.map((warning) => (
                <List.Item key={warning.id} data-warning={warning.id}>
                  {warningMessage(warning.id, warning.params, language)}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      ) : null}
    </Stack>
  );
}

/**
 * A diagnostic as the dialog says it: the builder's own sentence in the reader's language, or
 * Python's and MindSpore's exception as they print it (`TypeError: …`), never translated.
 */
function errorSentence(error: Diagnostic, t: ReturnType<typeof useT>): string {
  return error.reason ? reasonText(error.reason, t) : `${error.kind}: ${error.message}`;
}

/** The hint under the first error, only where one helps; undefined where the sentence says it all. */
function errorHint(error: Diagnostic): Message | undefined {
  if (error.kind === 'SyntaxError') return error.line ? importMessages.unreadableHelp : undefined;
  if (error.kind === 'Unsupported') {
    return error.reason?.id === 'unknowable-value' ? importMessages.unsupportedHelp : undefined;
  }
  return error.code && error.code in diagnosticMessages
    ? diagnosticMessages[error.code as keyof typeof diagnosticMessages]
    : diagnosticMessages.fallback;
}

function ErrorView({ errors, text }: { errors: Diagnostic[]; text: string }) {
  const t = useT();
  const [first, ...rest] = errors;
  if (!first) return null;
  const title =
    first.kind === 'SyntaxError'
      ? importMessages.unreadable
      : first.kind === 'Unsupported'
        ? importMessages.unsupported
        : importMessages.raises;
  const hint = errorHint(first);
  const source = first.line ? lineOf(text, first.line) : undefined;
  return (
    <Alert
      color="red"
      title={t(title)}
      styles={{ title: { color: TITLE_COLORS.red } }}
      classNames={{ body: classes.errorBody }}
      data-testid="import-error"
    >
      <Stack gap={6}>
        <Text
          ff={first.reason ? 'text' : 'monospace'}
          size="sm"
          className={classes.wrap}
          data-testid="import-error-text"
        >
          {errorSentence(first, t)}
        </Text>
        {first.line ? (
          <Text size="sm" data-testid="import-error-position">
            {first.column
              ? t(importMessages.position, { line: first.line, column: first.column })
              : t(importMessages.positionLine, { line: first.line })}
          </Text>
        ) : null}
        {source !== undefined ? (
          <Code block className={classes.source} data-testid="import-error-source">
            {`${source}\n${first.column ? `${' '.repeat(Math.max(0, first.column - 1))}^` : ''}`}
          </Code>
        ) : null}
        {hint ? (
          <Text size="sm" className={classes.wrap} data-testid="import-error-hint">
            {t(hint)}
          </Text>
        ) : null}
        {rest.length > 0 ? (
          <>
            <Text size="sm">{t(importMessages.moreErrors)}</Text>
            <List size="sm" classNames={{ itemWrapper: classes.itemWrapper }}>
              {rest.map((error, index) => (
                <List.Item key={index}>
                  <Text
                    span
                    ff={error.reason ? 'text' : 'monospace'}
                    size="sm"
                    className={classes.wrap}
                  >
                    {errorSentence(error, t)}
                  </Text>
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
      </Stack>
    </Alert>
  );
}

function NotesView({ notes }: { notes: ImportNote[] }) {
  const t = useT();
  return (
    <div>
      <Text size="sm" fw={600}>
        {t(importMessages.notes)}
      </Text>
      <List size="sm" data-testid="import-notes">
        {notes.map((note, index) => {
          const key = importNoteKey(note);
          const translated =
            key in importNoteMessages
              ? importNoteMessages[key as keyof typeof importNoteMessages]
              : undefined;
          // Both languages come from the dictionary (its English equals the importer's, a test
          // checks it); a note it does not know keeps the importer's English.
          const message = translated ? t(translated, note.params) : note.message;
          return (
            <List.Item key={`${note.id}-${index}`} data-note={note.id}>
              {note.line
                ? t(importMessages.noteAtLine, { note: message, line: note.line })
                : message}
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}

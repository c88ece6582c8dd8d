import { Button, Code, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';
import type { FieldNote } from './field-note';
import { useHydrationSafeColorScheme } from './use-hydrated';

// Colours with at least 4.5:1 contrast on the page background of each scheme (orange 9 is not).
const NOTE_COLOR: Record<'light' | 'dark', Record<FieldNote['severity'], string>> = {
  light: { error: 'red.9', warning: '#9c3a00', info: 'blue.9' },
  dark: { error: 'red.4', warning: 'orange.4', info: 'blue.4' },
};

function NoteText({ note }: { note: FieldNote }) {
  const scheme = useHydrationSafeColorScheme();
  return (
    <Text
      component="span"
      display="block"
      size="sm"
      fw={600}
      c={NOTE_COLOR[scheme][note.severity]}
      data-note-severity={note.severity}
    >
      {note.text}
    </Text>
  );
}

/** What every adapter shares: its label, description, notes and error explanation. */
export interface FieldChrome {
  label: ReactNode;
  description?: ReactNode;
  notes?: readonly FieldNote[] | undefined;
  /** A plain explanation to show under the error's own text. */
  explainError?: ((error: FieldError) => ReactNode) | undefined;
  /** A value the input cannot show as it is (e.g. 1.5 in an int field): how to show and clear it. */
  foreign?: ForeignValue | null | undefined;
  /** Leaves the error to another input bound to the same field. */
  hideError?: boolean | undefined;
}

export interface ForeignValue {
  /** The value's text, e.g. its Python repr. */
  text: string;
  clearLabel: string;
  onClear: () => void;
}

/** The description, followed by the notes, so that both are announced with the input. */
export function describe(description: ReactNode, notes?: readonly FieldNote[]): ReactNode {
  if (!notes || notes.length === 0) return description;
  return (
    <>
      {description}
      {notes.map((note) => (
        <NoteText key={note.text} note={note} />
      ))}
    </>
  );
}

/** The error's own text (monospace, verbatim) and, below it, the plain explanation. */
export function errorNode(
  error: FieldError | undefined,
  explain?: (error: FieldError) => ReactNode,
): ReactNode {
  if (!error?.message) return undefined;
  const explanation = explain?.(error);
  return (
    <>
      <Text component="span" display="block" ff="monospace" size="sm">
        {error.message}
      </Text>
      {explanation ? (
        <Text component="span" display="block" size="sm">
          {explanation}
        </Text>
      ) : null}
    </>
  );
}

/** A value shown as text with a button to clear it. */
export function ForeignBadge({ foreign }: { foreign: ForeignValue }) {
  return (
    <Group gap="xs" wrap="nowrap" data-testid="foreign-value">
      <Code>{foreign.text}</Code>
      <Button size="compact-xs" variant="light" onClick={foreign.onClear}>
        {foreign.clearLabel}
      </Button>
    </Group>
  );
}

/** An input with an optional foreign-value line under it. */
export function WithForeign({
  foreign,
  children,
}: {
  foreign?: ForeignValue | null | undefined;
  children: ReactNode;
}) {
  if (!foreign) return <>{children}</>;
  return (
    <Stack gap={4}>
      {children}
      <ForeignBadge foreign={foreign} />
    </Stack>
  );
}

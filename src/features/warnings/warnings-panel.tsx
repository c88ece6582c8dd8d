import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { warningExplanation, warningMessage } from '../../core/index';
import type { Warning, WarningSeverity, WarningWhen } from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import type { Message } from '../../i18n/languages';
import { warningsMessages as m } from '../../i18n/messages/warnings';
import { useHydrationSafeColorScheme } from '../../ui/use-hydrated';
import { focusField } from '../../ui/focus-field';
import regionClasses from '../../ui/region.module.css';
import classes from './warnings-panel.module.css';

export interface WarningsPanelProps {
  /** `findWarnings(state)`, in the catalogue's order. */
  warnings: readonly Warning[];
  /** Applies a warning's one-click fix (an ordinary, undoable edit). */
  onApplyFix: (warning: Warning) => void;
  /**
   * The warnings the page showed before this panel first rendered (the prerendered page's): a
   * panel that mounts with other counts announces them, as a change the user made.
   */
  shownBefore?: readonly Warning[] | undefined;
  /**
   * The configuration is rejected before any of this (an error shown at its field: MindSpore's,
   * or a value the builder cannot check): the catalogue has nothing to say until it is resolved,
   * and the panel must not say that all is well.
   */
  blocked?: boolean;
}

const GROUPS: readonly { severity: WarningSeverity; title: Message }[] = [
  { severity: 'error', title: m.groupError },
  { severity: 'warning', title: m.groupWarning },
  { severity: 'info', title: m.groupInfo },
];

const BADGE: Record<WarningSeverity, { label: Message; color: string }> = {
  error: { label: m.severityError, color: 'red' },
  warning: { label: m.severityWarning, color: 'orange' },
  info: { label: m.severityInfo, color: 'blue' },
};

// Colours with at least 4.5:1 contrast (WCAG AA): white on the solid badges in both schemes, and
// the text of the tinted ones on Mantine's light tint of each scheme (Mantine's own orange is not).
const SOLID: Record<WarningSeverity, string> = {
  error: 'red.9',
  warning: '#9c3a00',
  info: 'blue.9',
};
const TINT: Record<'light' | 'dark', Record<WarningSeverity, string>> = {
  light: SOLID,
  dark: { error: 'red.3', warning: 'orange.3', info: 'blue.3' },
};

function useTint(): Record<WarningSeverity, string> {
  return TINT[useHydrationSafeColorScheme()];
}

const WHEN: Record<WarningWhen, Message> = {
  config: m.whenConfig,
  construct: m.whenConstruct,
  'first-save': m.whenFirstSave,
  train: m.whenTrain,
};

const FIX_BUTTON_STYLES = {
  root: { height: 'auto', minHeight: 26, paddingBlock: 3, maxWidth: '100%' },
  inner: { height: 'auto', justifyContent: 'flex-start' },
  label: {
    whiteSpace: 'normal',
    overflow: 'visible',
    height: 'auto',
    lineHeight: 1.4,
    textAlign: 'left',
  },
} as const;

const COUNT: Record<WarningSeverity, { one: Message; many: Message }> = {
  error: { one: m.badgeError, many: m.badgeErrors },
  warning: { one: m.badgeWarning, many: m.badgeWarnings },
  info: { one: m.badgeInfo, many: m.badgeInfos },
};

type Translate = ReturnType<typeof useT>;

function countOf(warnings: readonly Warning[], severity: WarningSeverity): number {
  return warnings.filter((warning) => warning.severity === severity).length;
}

/** "2 errors. 1 warning." — what the live region says when the counts change. */
export function countSentence(warnings: readonly Warning[], t: Translate, blocked = false): string {
  if (blocked && warnings.length === 0) return t(m.countBlocked);
  const parts: string[] = [];
  const add = (n: number, one: Message, many: Message) => {
    if (n > 0) parts.push(n === 1 ? t(one) : t(many, { n }));
  };
  add(countOf(warnings, 'error'), m.countError, m.countErrors);
  add(countOf(warnings, 'warning'), m.countWarning, m.countWarnings);
  add(countOf(warnings, 'info'), m.countInfo, m.countInfos);
  return parts.length === 0 ? t(m.countNone) : parts.join(' ');
}

/**
 * Announces the counts when they change (not on the first render, and not on keystrokes that
 * leave them as they were), politely, so that a screen reader user hears "1 warning." once.
 */
function useCountAnnouncement(sentence: string, shownBefore: string | null): string {
  const [announced, setAnnounced] = useState('');
  const first = useRef(shownBefore ?? sentence);
  useEffect(() => {
    if (sentence === first.current) return;
    first.current = '';
    setAnnounced(sentence);
  }, [sentence]);
  return announced;
}

/**
 * The live region that says the counts. Its own component: announcing (a state update after the
 * counts changed) renders it alone, not the whole panel again.
 */
const CountAnnouncer = memo(function CountAnnouncer({
  sentence,
  shownBefore,
}: {
  sentence: string;
  shownBefore: string | null;
}) {
  const announced = useCountAnnouncement(sentence, shownBefore);
  return (
    <VisuallyHidden aria-live="polite" aria-atomic="true" data-testid="warnings-announcer">
      {announced}
    </VisuallyHidden>
  );
});

/** Warnings are JSON data (types.ts): equal JSON, equal warning, whatever state produced it. */
function sameWarning(a: Warning, b: Warning): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

interface WarningEntryProps {
  warning: Warning;
  /** Applies the warning's fix; `from` is the fix button pressed. */
  onApplyFix: (warning: Warning, from: HTMLElement) => void;
}

const FIELD_CHIP_STYLE = { maxWidth: '100%', cursor: 'pointer' } as const;

// Every edit recomputes the warnings (new objects, mostly the same ones): an entry re-renders only
// when its warning says something else.
const WarningEntry = memo(
  function WarningEntry({ warning, onApplyFix }: WarningEntryProps) {
    const t = useT();
    const { language } = useLanguage();
    const badge = BADGE[warning.severity];
    const tint = useTint()[warning.severity];
    const explanation = warningExplanation(warning.id, warning.params, language);
    return (
      <Paper
        component="li"
        withBorder
        p="sm"
        radius="sm"
        data-warning-id={warning.id}
        data-severity={warning.severity}
        // Focusable by the panel (not a tab stop): it takes the focus after a fix above it.
        tabIndex={-1}
        className={classes.focusTarget}
        style={{ borderLeft: `4px solid var(--mantine-color-${badge.color}-filled)` }}
      >
        <Stack gap={6}>
          <Group gap={6} wrap="wrap">
            <Badge color={SOLID[warning.severity]} variant="filled" size="sm" radius="sm">
              {t(badge.label)}
            </Badge>
            {warning.when ? (
              <Badge color={badge.color} c={tint} variant="light" size="sm" radius="sm" tt="none">
                {t(WHEN[warning.when])}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" data-testid="warning-message">
            {warningMessage(warning.id, warning.params, language)}
          </Text>
          <Group gap={4} wrap="wrap" aria-label={t(m.fields)} role="group">
            <Text size="xs" c="dimmed" component="span">
              {t(m.fields)}
            </Text>
            {warning.fields.map((field) => (
              // Each name takes the reader to its field (focused, in the middle of the screen).
              <Badge
                key={field}
                component="button"
                type="button"
                onClick={() => focusField(field)}
                // Named by its text (the field); what it does is its description.
                title={t(m.goToField, { field })}
                variant="outline"
                color="gray"
                size="sm"
                radius="sm"
                tt="none"
                ff="monospace"
                fw={500}
                style={FIELD_CHIP_STYLE}
                data-testid="warning-field"
              >
                {field}
              </Badge>
            ))}
          </Group>
          {explanation ? (
            <details>
              <summary style={{ cursor: 'pointer' }}>
                <Text component="span" size="sm" fw={500}>
                  {t(m.why)}
                </Text>
              </summary>
              <Text size="sm" mt={4}>
                {explanation}
              </Text>
              <Text size="xs" c="dimmed" mt={4} ff="monospace">
                {t(m.source, { source: warning.source })}
              </Text>
            </details>
          ) : (
            <Text size="xs" c="dimmed" ff="monospace">
              {t(m.source, { source: warning.source })}
            </Text>
          )}
          {warning.fix ? (
            <Group>
              <Button
                size="compact-sm"
                variant="light"
                color={badge.color}
                c={tint}
                onClick={(event) => onApplyFix(warning, event.currentTarget)}
                data-testid="warning-fix"
                // Labels name arguments (long, with underscores): wrap them, never clip them.
                styles={FIX_BUTTON_STYLES}
              >
                {warning.fix.label[language]}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Paper>
    );
  },
  (before: WarningEntryProps, after: WarningEntryProps) =>
    before.onApplyFix === after.onApplyFix && sameWarning(before.warning, after.warning),
);

/**
 * Keys that stay with their warning when another one comes or goes above it: the warning's id, and
 * which of the warnings with that id it is. (By position, every entry below a new warning would be
 * built again from scratch on that keystroke.)
 */
function entryKeys(group: readonly Warning[]): string[] {
  const seen = new Map<string, number>();
  return group.map((warning) => {
    const n = seen.get(warning.id) ?? 0;
    seen.set(warning.id, n + 1);
    return `${warning.id}-${n}`;
  });
}

/**
 * Every warning that applies, grouped by severity: errors (MindSpore raises, and when), warnings,
 * then things good to know. Each says what MindSpore does in plain words, why (with the spec's
 * reference), which fields it concerns, and offers a fix where the fix is unambiguous. Memoised:
 * the page renders on every keystroke, the warnings change one render later (deferred).
 */
export const WarningsPanel = memo(function WarningsPanel({
  warnings,
  onApplyFix,
  shownBefore,
  blocked = false,
}: WarningsPanelProps) {
  const t = useT();
  // The page's fix callback changes with every edit (it closes over the state); the entries get a
  // stable one that calls the newest, so that an unchanged entry need not re-render to stay current.
  const latestFix = useRef(onApplyFix);
  useLayoutEffect(() => {
    latestFix.current = onApplyFix;
  });
  const panel = useRef<HTMLElement>(null);
  // Where the focus goes after a fix: its button leaves with its warning, and the focus would fall
  // to the page's body. It goes to the warning that takes the fixed one's place in the list (the
  // one below it, or above it if it was the last), so that a keyboard or screen reader user stays
  // where they were, hears that warning, and can Tab on to its fields and fix; when none is
  // left, to the panel's heading, followed by "no warnings". Not to the next fix button: a second
  // Enter would apply a fix the user has not read. Not to the fixed field: the panel is where
  // they were working, and the field's new value is announced by the counts and seen in the form.
  const refocus = useRef<number | null>(null);
  const applyFix = useCallback((warning: Warning, from: HTMLElement) => {
    const entries = [...(panel.current?.querySelectorAll('[data-warning-id]') ?? [])];
    const entry = from.closest('[data-warning-id]');
    refocus.current = entry ? Math.max(0, entries.indexOf(entry)) : 0;
    latestFix.current(warning);
  }, []);
  // The warnings arrive one render after the fix (deferred): the focus moves when they do, and
  // only if it was lost (a fix that leaves its warning, or a focus moved meanwhile, stay as is).
  useLayoutEffect(() => {
    const index = refocus.current;
    refocus.current = null;
    if (index === null || panel.current === null) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body && active.isConnected) return;
    const entries = panel.current.querySelectorAll<HTMLElement>('[data-warning-id]');
    const next =
      entries[Math.min(index, entries.length - 1)] ??
      panel.current.querySelector<HTMLElement>('#warnings-title');
    next?.focus();
  }, [warnings]);
  const tint = useTint();
  const sentence = countSentence(warnings, t, blocked);
  const sentenceBefore = shownBefore ? countSentence(shownBefore, t) : null;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      ref={panel}
      className={regionClasses.region}
      data-testid="warnings"
      aria-labelledby="warnings-title"
    >
      <Stack gap="sm">
        <div>
          <Group gap="xs" align="center">
            <Title
              order={2}
              size="h4"
              id="warnings-title"
              tabIndex={-1}
              className={classes.focusTarget}
            >
              {t(m.title)}
            </Title>
            {GROUPS.map(({ severity }) => {
              const n = countOf(warnings, severity);
              return n > 0 ? (
                <Badge
                  key={severity}
                  color={BADGE[severity].color}
                  c={tint[severity]}
                  variant="light"
                  size="sm"
                >
                  {n === 1 ? t(COUNT[severity].one) : t(COUNT[severity].many, { n })}
                </Badge>
              ) : null;
            })}
          </Group>
          <Text size="sm" c="dimmed">
            {t(m.description)}
          </Text>
        </div>
        <CountAnnouncer sentence={sentence} shownBefore={sentenceBefore} />
        {warnings.length === 0 ? (
          <Text size="sm" data-testid="warnings-empty" data-blocked={blocked || undefined}>
            {t(blocked ? m.emptyBlocked : m.empty)}
          </Text>
        ) : (
          GROUPS.map(({ severity, title }) => {
            const group = warnings.filter((warning) => warning.severity === severity);
            if (group.length === 0) return null;
            const id = `warnings-${severity}`;
            return (
              <Stack key={severity} gap={6} data-group={severity}>
                <Title order={3} size="h6" id={id}>
                  {t(title)} ({group.length})
                </Title>
                <Stack
                  component="ul"
                  gap="xs"
                  aria-labelledby={id}
                  style={{ listStyle: 'none', margin: 0, padding: 0 }}
                >
                  {entryKeys(group).map((key, index) => (
                    <WarningEntry key={key} warning={group[index]!} onApplyFix={applyFix} />
                  ))}
                </Stack>
              </Stack>
            );
          })
        )}
      </Stack>
    </Paper>
  );
});

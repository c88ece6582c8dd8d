import { Container, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { defaultState, validate } from '../core/index';
import type { BuilderState, ShareNotice } from '../core/index';
import { ConfigForm } from '../features/config-form/config-form';
import { HistoryButtons } from '../features/history/history-buttons';
import { useEditShortcuts } from '../features/history/use-edit-shortcuts';
import { EffectivePolicyPanel } from '../features/policy/effective-policy-panel';
import { mergeFieldNotes, policyNotes } from '../features/policy/policy-notes';
import { PresetPicker } from '../features/presets/preset-picker';
import { CopyLinkButton } from '../features/share/copy-link-button';
import { ShareNotices } from '../features/share/share-notices';
import { useCopyLink } from '../features/share/use-copy-link';
import { readLocationState, shareUrl, useUrlState } from '../features/share/url-state';
import { StateJsonView } from '../features/state-json/state-json-view';
import { useT } from '../i18n/language-context';
import { formMessages } from '../i18n/messages/form';
import { TopBar } from './top-bar';
import { useBuilderStore } from './use-builder-store';

/**
 * The page: one store, everything else derived from it and passed down. Features never import
 * each other; this file composes them. Left: the form, then the training run. Right: what
 * MindSpore makes of it (policy, and later the summary, warnings, timeline and export).
 */
export function BuilderPage() {
  const t = useT();
  // The link in the address bar, read once: its state and what could not be taken from it.
  const [opened] = useState(() => readLocationState(window.location.hash, window.location.search));
  const [notices, setNotices] = useState<ShareNotice[]>(opened.notices);
  const store = useBuilderStore(() => opened.state);
  const { state, commit } = store;
  // A link pasted into this tab is an edit like any other: undo goes back to what was there.
  const openLink = useCallback(
    (link: { state: BuilderState; notices: ShareNotice[] }) => {
      commit(link.state);
      setNotices(link.notices);
    },
    [commit],
  );
  useUrlState(state, openLink);
  const link = useCopyLink(useCallback(() => shareUrl(state), [state]));
  const reset = useCallback(
    () => commit(defaultState(state.mindspore_version)),
    [commit, state.mindspore_version],
  );
  useEditShortcuts(
    useMemo(
      () => ({ undo: store.undo, redo: store.redo, copyLink: link.copy }),
      [store.undo, store.redo, link.copy],
    ),
  );
  const diagnostics = useMemo(() => validate(state), [state]);
  const fieldNotes = useMemo(
    () => mergeFieldNotes(policyNotes(state, diagnostics, t)),
    [state, diagnostics, t],
  );
  return (
    <Container component="main" size="xl" py="md" px={{ base: 'xs', sm: 'md' }}>
      <Stack gap="md">
        <TopBar />
        <Group justify="space-between" gap="xs" wrap="wrap" data-region="toolbar">
          <PresetPicker state={state} onApply={commit} />
          <Group gap="xs" wrap="wrap">
            <HistoryButtons
              canUndo={store.canUndo}
              canRedo={store.canRedo}
              onUndo={store.undo}
              onRedo={store.redo}
              onReset={reset}
            />
            <CopyLinkButton onCopy={link.copy} status={link.status} />
          </Group>
        </Group>
        <ShareNotices notices={notices} onClose={() => setNotices([])} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              <ConfigForm state={state} fieldNotes={fieldNotes} onCommit={commit} />
              {/* Room for the training-run feature (src/features/run-model). */}
              <Paper withBorder p="md" component="section" data-region="run-model">
                <Title order={2} size="h4">
                  {t(formMessages.runPlaceholder)}
                </Title>
                <Text size="sm" c="dimmed">
                  …
                </Text>
              </Paper>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <EffectivePolicyPanel state={state} diagnostics={diagnostics} />
              {/* Room for the summary, warnings, timeline and export regions. */}
              <StateJsonView state={state} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

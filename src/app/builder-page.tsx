import { Container, Grid, Group, Skeleton, Stack } from '@mantine/core';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { defaultState, findWarnings, fixWarning, validate } from '../core/index';
import type { BuilderState, ShareNotice, Warning } from '../core/index';
import { ConfigForm } from '../features/config-form/config-form';
import { HistoryButtons } from '../features/history/history-buttons';
import { useEditShortcuts } from '../features/history/use-edit-shortcuts';
import { ImportButton } from '../features/import/import-button';
import { EffectivePolicyPanel } from '../features/policy/effective-policy-panel';
import { PresetPicker } from '../features/presets/preset-picker';
import { RunModelSection } from '../features/run-model/run-model-section';
import { CopyLinkButton } from '../features/share/copy-link-button';
import { ShareNotices } from '../features/share/share-notices';
import { useCopyLink } from '../features/share/use-copy-link';
import { readLocationState, shareUrl, useUrlState } from '../features/share/url-state';
import { StateJsonView } from '../features/state-json/state-json-view';
import { SummarySentence } from '../features/summary/summary-sentence';
import { diagnosedFields, warningFieldNotes } from '../features/warnings/warning-notes';
import { WarningsPanel } from '../features/warnings/warnings-panel';
import { useLanguage } from '../i18n/language-context';
import { TopBar } from './top-bar';
import { useBuilderStore } from './use-builder-store';

// The timeline (charts and the simulator) loads after the first paint: the first-load budget is
// 200 kB of JS gzip for the whole page.
const Timeline = lazy(() =>
  import('../features/timeline/timeline').then((module) => ({ default: module.Timeline })),
);

// The export panel (and its four writers) loads after the first paint, outside the first-load budget.
const ExportPanel = lazy(() =>
  import('../features/export/export-panel').then((module) => ({ default: module.ExportPanel })),
);

/**
 * The page: one store, everything else derived from it and passed down. Features never import
 * each other; this file composes them. Left: the form, then the training run. Right: what
 * MindSpore makes of it (summary, warnings, policy, timeline, JSON).
 */
export function BuilderPage() {
  const { language } = useLanguage();
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
  // The warnings may run the simulator (with a disk budget): deferred, so that typing stays smooth.
  const deferredState = useDeferredValue(state);
  const warnings = useMemo(() => findWarnings(deferredState), [deferredState]);
  // Ignored and overridden values are said at their fields by the warnings (one mechanism).
  const fieldNotes = useMemo(
    () => warningFieldNotes(warnings, language, diagnosedFields(diagnostics)),
    [warnings, language, diagnostics],
  );
  // A fix is an ordinary edit: one undo step, reflected in the link.
  const applyFix = useCallback(
    (warning: Warning) => {
      const next = fixWarning(state, warning);
      if (next !== null) commit(next);
    },
    [state, commit],
  );
  return (
    <Container component="main" size="xl" py="md" px={{ base: 'xs', sm: 'md' }}>
      <Stack gap="md">
        <TopBar>
          {/* Applying an import is one undoable commit. */}
          <ImportButton version={state.mindspore_version} onApply={(next) => commit(next)} />
        </TopBar>
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
              <RunModelSection state={state} onChange={commit} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <SummarySentence state={state} />
              <WarningsPanel warnings={warnings} onApplyFix={applyFix} />
              <EffectivePolicyPanel state={state} diagnostics={diagnostics} />
              <Suspense fallback={<Skeleton height={480} radius="md" />}>
                <Timeline state={state} />
              </Suspense>
              <StateJsonView state={state} />
              <Suspense fallback={null}>
                <ExportPanel state={state} />
              </Suspense>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

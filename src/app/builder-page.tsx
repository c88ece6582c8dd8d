import { Button, Container, Grid, Group, Skeleton, Stack } from '@mantine/core';
import { lazy, memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { defaultState, validate } from '../core/index';
import type { BuilderState, RunModel, ShareNotice, Warning } from '../core/index';
import { ConfigForm } from '../features/config-form/config-form';
import { HistoryButtons } from '../features/history/history-buttons';
import { useEditShortcuts } from '../features/history/use-edit-shortcuts';
import { ImportButton } from '../features/import/import-button';
import { EffectivePolicyPanel } from '../features/policy/effective-policy-panel';
import { CopyLinkButton } from '../features/share/copy-link-button';
import { ShareNotices } from '../features/share/share-notices';
import { useCopyLink } from '../features/share/use-copy-link';
import { readLocationState, shareUrl, useUrlState } from '../features/share/url-state';
import { StateJsonView } from '../features/state-json/state-json-view';
import { useLanguage, useT } from '../i18n/language-context';
import { appMessages } from '../i18n/messages/app';
import { presetMessages } from '../i18n/messages/presets';
import { LazyRegion, RegionFailed } from '../ui/lazy-region';
import { useLazyModule } from '../ui/use-lazy-module';
import { TopBar } from './top-bar';
import type { PrerenderSeed } from './prerender-seed';
import { useBuilderStore } from './use-builder-store';

// What the first load holds (issue 8's budget: 180 kB gzip of JS and CSS): React, Mantine, the
// form and what checks it (validate, the effective policy, the link). Everything else loads right
// after the first paint; all of it starts loading once the page is hydrated (prefetchRegions).
const loadWarningsAnalysis = () => import('./warnings-analysis');
const loadSummary = () => import('../features/summary/summary-sentence');
const loadWarningsPanel = () => import('../features/warnings/warnings-panel');
const loadTimeline = () => import('../features/timeline/timeline');
const loadRunModel = () => import('../features/run-model/run-model-section');
// The preset menu and its confirmation bring Mantine's Menu, Modal and floating positioning.
const loadPresets = () => import('../features/presets/preset-picker');
// The export panel brings its four writers.
const loadExport = () => import('../features/export/export-panel');

const SummarySentence = lazy(() =>
  loadSummary().then((module) => ({ default: module.SummarySentence })),
);
const WarningsPanel = lazy(() =>
  loadWarningsPanel().then((module) => ({ default: module.WarningsPanel })),
);
const Timeline = lazy(() => loadTimeline().then((module) => ({ default: module.Timeline })));
const RunModelSection = lazy(() =>
  loadRunModel().then((module) => ({ default: module.RunModelSection })),
);
const PresetPicker = lazy(() =>
  loadPresets().then((module) => ({ default: memo(module.PresetPicker) })),
);
const ExportPanel = lazy(() =>
  loadExport().then((module) => ({ default: memo(module.ExportPanel) })),
);

// The warnings follow the state one render late (useDeferredValue): in that second render, the
// regions whose props did not change are skipped.
const MemoConfigForm = memo(ConfigForm);
const MemoStateJsonView = memo(StateJsonView);

/**
 * Starts every region's download once the page is hydrated, one region per task: each import()
 * adds its chunks' preload links to the page, ~10–50 ms of main thread per region with the CPU
 * slowed 4× (measured in a trace), which all in the hydration's effects made one long task.
 * A failure is shown by its region.
 */
function prefetchRegions() {
  const loads = [loadSummary, loadWarningsPanel, loadTimeline, loadRunModel, loadExport];
  let timer = 0;
  const next = () => {
    const load = loads.shift();
    if (!load) return;
    load().catch(() => undefined);
    timer = window.setTimeout(next, 0);
  };
  timer = window.setTimeout(next, 0);
  return () => window.clearTimeout(timer);
}

/** Where the page was opened: `window.location` in the browser, an empty address in the prerender. */
export interface PageLocation {
  hash: string;
  search: string;
}

/**
 * The page: one store, everything else derived from it and passed down. Features never import
 * each other; this file composes them. Left: the form, then the training run. Right: what
 * MindSpore makes of it (policy, summary, warnings, timeline, JSON, export).
 */
export function BuilderPage({
  location,
  seed,
}: {
  location: PageLocation;
  /** What the warnings engine found for the prerendered page, when hydrating it (ADR 9). */
  seed?: PrerenderSeed | undefined;
}) {
  const { language } = useLanguage();
  const t = useT();
  const failed = t(appMessages.regionFailed);
  // The link in the address bar, read once: its state and what could not be taken from it.
  const [opened] = useState(() => readLocationState(location.hash, location.search));
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
  // Applied to the newest state: the run model skips the renders of config edits.
  const commitRun = useCallback(
    (run: RunModel, coalesceKey: string) => commit((current) => ({ ...current, run }), coalesceKey),
    [commit],
  );
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
  const analysis = useLazyModule(loadWarningsAnalysis);
  const analyse = analysis.status === 'ready' ? analysis.module : null;
  // The warnings may run the simulator (with a disk budget): deferred, so that typing stays smooth.
  const deferredState = useDeferredValue(state);
  // The prerendered page's findings are the engine's for the state the page opened with (the
  // build computed them with this same code, ADR 9): while the page shows that state in English,
  // they are used as they are, and the engine runs from the first edit on. The page hydrates
  // with them, and nothing moves or runs again when the engine arrives.
  const seeded = seed !== undefined && deferredState === opened.state && language === 'en';
  const warnings = useMemo(() => {
    if (seeded) return seed.warnings;
    return analyse === null ? null : analyse.findWarnings(deferredState);
  }, [seeded, seed, analyse, deferredState]);
  // Ignored and overridden values are said at their fields by the warnings (one mechanism).
  const fieldNotes = useMemo(() => {
    if (seeded) return seed.fieldNotes;
    if (analyse === null || warnings === null) return {};
    return analyse.warningFieldNotes(warnings, language, analyse.diagnosedFields(diagnostics));
  }, [seeded, seed, analyse, warnings, language, diagnostics]);
  // A fix is an ordinary edit: one undo step, reflected in the link. Applied to the newest state,
  // so that the warnings panel need not render again on every keystroke for a new callback.
  const applyFix = useCallback(
    (warning: Warning) => {
      if (analyse !== null) commit((current) => analyse.fixWarning(current, warning) ?? current);
    },
    [analyse, commit],
  );
  // The same element while the version stays: a keystroke does not render the top bar again.
  const topBar = useMemo(
    () => (
      <TopBar>
        {/* Applying an import is one undoable commit. */}
        <ImportButton version={state.mindspore_version} onApply={(next) => commit(next)} />
      </TopBar>
    ),
    [state.mindspore_version, commit],
  );
  const analysisPlaceholder = <Skeleton height={760} radius="md" />;
  useEffect(prefetchRegions, []);
  return (
    <Container component="main" size="xl" py="md" px={{ base: 'xs', sm: 'md' }}>
      <Stack gap="md">
        {topBar}
        <Group justify="space-between" gap="xs" wrap="wrap" data-region="toolbar">
          <LazyRegion
            fallback={
              <Button size="xs" variant="default" disabled>
                {t(presetMessages.button)}
              </Button>
            }
            failed={failed}
          >
            <PresetPicker state={state} onApply={commit} />
          </LazyRegion>
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
              <MemoConfigForm
                state={state}
                fieldNotes={fieldNotes}
                onCommit={commit}
                openedValid={seeded && seed.formValid}
              />
              <LazyRegion fallback={<Skeleton height={420} radius="md" />} failed={failed}>
                <RunModelSection state={state} onRunChange={commitRun} />
              </LazyRegion>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              {/* First in the column: it is in the first load, so the regions that arrive after it
                  push nothing on screen down (layout shift). */}
              <EffectivePolicyPanel state={state} diagnostics={diagnostics} />
              {/* Summary, warnings and timeline appear together, in one place the size of a
                  typical result: arriving one by one, each would push the others down. */}
              {/* Prerendered: until its code is loaded, the page keeps showing it (React leaves
                  a region it cannot hydrate yet as it was). */}
              <LazyRegion fallback={analysisPlaceholder} failed={failed} prerendered>
                {analysis.status === 'failed' ? (
                  <RegionFailed>{failed}</RegionFailed>
                ) : warnings === null ? (
                  analysisPlaceholder
                ) : (
                  <Stack gap="md">
                    <SummarySentence state={state} />
                    <WarningsPanel
                      warnings={warnings}
                      onApplyFix={applyFix}
                      shownBefore={seed?.warnings}
                    />
                    <Timeline state={state} />
                  </Stack>
                )}
              </LazyRegion>
              <MemoStateJsonView state={state} />
              <LazyRegion fallback={null} failed={failed}>
                <ExportPanel state={state} />
              </LazyRegion>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

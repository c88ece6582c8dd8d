import { Button, Container, Group, Skeleton, Stack } from '@mantine/core';
import {
  createContext,
  lazy,
  memo,
  Suspense,
  use,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { defaultState, validate } from '../core/index';
import type { Diagnostic, RunModel, ShareNotice, Warning } from '../core/index';
import { ConfigForm } from '../features/config-form/config-form';
import { loadFormChecks } from '../features/config-form/form-checks';
import { HistoryButtons } from '../features/history/history-buttons';
import { useEditShortcuts } from '../features/history/use-edit-shortcuts';
import { ImportButton } from '../features/import/import-button';
import { EffectivePolicyPanel } from '../features/policy/effective-policy-panel';
import { CopyLinkButton } from '../features/share/copy-link-button';
import { ShareNotices } from '../features/share/share-notices';
import { useCopyLink } from '../features/share/use-copy-link';
import { linkNotRead, shareUrl, useUrlState } from '../features/share/url-state';
import type { OpenedLink } from '../features/share/url-state';
import { StateJsonView } from '../features/state-json/state-json-view';
import { useLanguage, useT } from '../i18n/language-context';
import { appMessages } from '../i18n/messages/app';
import { presetMessages } from '../i18n/messages/presets';
import { LazyRegion, RegionFailed } from '../ui/lazy-region';
import type { FieldNotes } from '../ui/field-note';
import { useLazyModule } from '../ui/use-lazy-module';
import { replayEarlyInput } from './replay-early-input';
import { TopBar } from './top-bar';
import type { PrerenderSeed } from './prerender-seed';
import { useBuilderStore } from './use-builder-store';
import type { BuilderStore } from './use-builder-store';
import layout from '../ui/page-layout.module.css';

// What the first load holds (issue 8's budget: 180 kB gzip of JS and CSS): React, Mantine, the
// form, MindSpore's checks of it (validate, the effective policy) and the link writer. Everything
// else loads right after the first paint; all of it starts loading once the page is hydrated
// (prefetchRegions), the form's own checks first (they bring the state's schemas, ADR 13).
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

/**
 * Starts every region's download once the page is hydrated, one region per task: each import()
 * adds its chunks' preload links to the page, ~10–50 ms of main thread per region with the CPU
 * slowed 4× (measured in a trace), which all in the hydration's effects made one long task.
 * A failure is shown by its region.
 */
function prefetchRegions() {
  const loads = [
    loadFormChecks,
    loadSummary,
    loadWarningsPanel,
    loadTimeline,
    loadRunModel,
    loadExport,
  ];
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

/**
 * The page: one store, everything else derived from it and passed down. Features never import
 * each other; this file composes them. Left: the form, then the training run. Right: what
 * MindSpore makes of it (policy, summary, warnings, timeline, JSON, export).
 */
export function BuilderPage({
  opened,
  seed,
}: {
  /** The state the page opens with: a link's, read before the page is rendered, or the defaults. */
  opened: OpenedLink;
  /** What the warnings engine found for the prerendered page, when hydrating it (ADR 9). */
  seed?: PrerenderSeed | undefined;
}) {
  const { language } = useLanguage();
  const t = useT();
  const failed = t(appMessages.regionFailed);
  // What could not be taken from the link the page opened with.
  const [notices, setNotices] = useState<ShareNotice[]>(opened.notices);
  const store = useBuilderStore(() => opened.state);
  const { state, commit, undo: undoEdit, redo: redoEdit } = store;
  // How many times the state was replaced from outside the form's and the training run's fields
  // (reset, undo, redo, a preset, an import, a fix, a link), whether it changed or not: the run's
  // fields then drop the text typed in them (even text that is no number, which is not in the
  // state) and show the state's values.
  const [replaced, setReplaced] = useState(0);
  const replace = useCallback(
    (next: Parameters<typeof commit>[0]) => {
      setReplaced((count) => count + 1);
      commit(next);
    },
    [commit],
  );
  const undo = useCallback(() => {
    setReplaced((count) => count + 1);
    undoEdit();
  }, [undoEdit]);
  const redo = useCallback(() => {
    setReplaced((count) => count + 1);
    redoEdit();
  }, [redoEdit]);
  // A link pasted into this tab is an edit like any other: undo goes back to what was there.
  // One that could not be read changes nothing but says so (its address stays where it is).
  const openLink = useCallback(
    (link: OpenedLink) => {
      if (!linkNotRead(link)) replace(link.state);
      setNotices(link.notices);
    },
    [replace],
  );
  useUrlState(state, openLink, linkNotRead(opened));
  const link = useCopyLink(useCallback(() => shareUrl(state), [state]));
  // Applied to the newest state: the run model skips the renders of config edits.
  const commitRun = useCallback(
    (run: RunModel, coalesceKey: string) => commit((current) => ({ ...current, run }), coalesceKey),
    [commit],
  );
  const reset = useCallback(
    () => replace(defaultState(state.mindspore_version)),
    [replace, state.mindspore_version],
  );
  useEditShortcuts(useMemo(() => ({ undo, redo, copyLink: link.copy }), [undo, redo, link.copy]));
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
      if (analyse !== null) replace((current) => analyse.fixWarning(current, warning) ?? current);
    },
    [analyse, replace],
  );
  const closeNotices = useCallback(() => setNotices([]), []);
  useEffect(prefetchRegions, []);
  const page: PageData = {
    ...store,
    undo,
    redo,
    replace,
    replaced,
    commitRun,
    reset,
    link,
    notices,
    closeNotices,
    diagnostics,
    fieldNotes,
    formOpenedValid: seeded && seed.formValid,
    analysisFailed: analysis.status === 'failed',
    warnings,
    applyFix,
    shownBefore: seed?.warnings,
  };
  // The layout is the same element while the language stays: an edit renders the regions that
  // read the page's data (PageContext), not the ~70 containers, columns and placeholders around
  // them.
  const layout = useMemo(() => <PageLayout failed={failed} />, [failed]);
  return <PageContext value={page}>{layout}</PageContext>;
}

/**
 * What the page's regions read: the store (the state, its edits and their history) and what is
 * derived from it, made once per render.
 */
interface PageData extends BuilderStore {
  /** Replaces the state from outside the fields (an import, a preset): counted in `replaced`. */
  replace: BuilderStore['commit'];
  /** How many times the state was replaced from outside the fields. */
  replaced: number;
  commitRun: (run: RunModel, coalesceKey: string) => void;
  reset: () => void;
  link: ReturnType<typeof useCopyLink>;
  notices: ShareNotice[];
  closeNotices: () => void;
  diagnostics: readonly Diagnostic[];
  fieldNotes: FieldNotes;
  formOpenedValid: boolean;
  analysisFailed: boolean;
  warnings: readonly Warning[] | null;
  applyFix: (warning: Warning) => void;
  shownBefore: readonly Warning[] | undefined;
}

const PageContext = createContext<PageData | null>(null);

function usePage(): PageData {
  const page = use(PageContext);
  if (page === null) throw new Error('a page region outside BuilderPage');
  return page;
}

function PageLayout({ failed }: { failed: string }) {
  const t = useT();
  return (
    <Container component="main" size="xl" py="md" className={layout.main}>
      <Stack gap="md">
        <TopBarRegion />
        <Group justify="space-between" gap="xs" wrap="wrap" data-region="toolbar">
          <LazyRegion
            fallback={
              <Button size="xs" variant="default" disabled>
                {t(presetMessages.button)}
              </Button>
            }
            failed={failed}
          >
            <PresetRegion />
          </LazyRegion>
          <Group gap="xs" wrap="wrap">
            <HistoryRegion />
            <CopyLinkRegion />
          </Group>
        </Group>
        <NoticesRegion />
        <div className={layout.columns}>
          <div>
            <Stack gap="md">
              {/* A boundary of its own: React hydrates it in a commit of its own, after the
                  rest of the first load, so that the form's mount (its ~40 controls' effects,
                  react-hook-form's re-render as it mounts) is not one long task with the
                  page's (ADR 16). Nothing in it suspends: the fallback is never shown. */}
              <Suspense fallback={null}>
                <FormRegion />
                <FormHydrated />
              </Suspense>
              <LazyRegion fallback={<Skeleton height={420} radius="md" />} failed={failed}>
                <RunRegion />
              </LazyRegion>
            </Stack>
          </div>
          <div>
            <Stack gap="md">
              {/* First in the column: it is in the first load, so the regions that arrive after it
                  push nothing on screen down (layout shift). */}
              <PolicyRegion />
              {/* Summary, warnings and timeline appear together, in one place the size of a
                  typical result: arriving one by one, each would push the others down. */}
              {/* Prerendered: until its code is loaded, the page keeps showing it (React leaves
                  a region it cannot hydrate yet as it was). */}
              <LazyRegion fallback={ANALYSIS_PLACEHOLDER} failed={failed} prerendered>
                <AnalysisRegion failed={failed} />
              </LazyRegion>
              <StateJsonRegion />
              <LazyRegion fallback={null} failed={failed}>
                <ExportRegion />
              </LazyRegion>
            </Stack>
          </div>
        </div>
      </Stack>
    </Container>
  );
}

const ANALYSIS_PLACEHOLDER = <Skeleton height={760} radius="md" />;

// The regions: each reads what it shows from the page and hands it to its feature, memoised
// there or here, so that a feature renders again only when what it is given changed.
const MemoConfigForm = memo(ConfigForm);
const MemoStateJsonView = memo(StateJsonView);
const MemoHistoryButtons = memo(HistoryButtons);
const MemoCopyLinkButton = memo(CopyLinkButton);
const MemoShareNotices = memo(ShareNotices);

function TopBarRegion() {
  const { state, replace } = usePage();
  const version = state.mindspore_version;
  // The same element while the version stays: a keystroke does not render the top bar again.
  return useMemo(
    () => (
      <TopBar>
        {/* Applying an import is one undoable commit. */}
        <ImportButton version={version} onApply={(next) => replace(next)} />
      </TopBar>
    ),
    [version, replace],
  );
}

function PresetRegion() {
  const { state, replace } = usePage();
  return <PresetPicker state={state} onApply={replace} />;
}

function HistoryRegion() {
  const { canUndo, canRedo, undo, redo, reset } = usePage();
  return (
    <MemoHistoryButtons
      canUndo={canUndo}
      canRedo={canRedo}
      onUndo={undo}
      onRedo={redo}
      onReset={reset}
    />
  );
}

function CopyLinkRegion() {
  const { link } = usePage();
  return <MemoCopyLinkButton onCopy={link.copy} status={link.status} />;
}

function NoticesRegion() {
  const { notices, closeNotices } = usePage();
  return <MemoShareNotices notices={notices} onClose={closeNotices} />;
}

/**
 * The form's boundary hydrates last of the first load: when its effect runs, every prerendered
 * control answers, and what the visitor did before is replayed (ADR 9).
 */
function FormHydrated() {
  useEffect(() => {
    // When the page answers input (npm run audit reports it beside the first paint).
    performance.mark('ckpt-builder:interactive');
    void replayEarlyInput();
  }, []);
  return null;
}

function FormRegion() {
  const { state, fieldNotes, commit, formOpenedValid } = usePage();
  return (
    <MemoConfigForm
      state={state}
      fieldNotes={fieldNotes}
      onCommit={commit}
      openedValid={formOpenedValid}
    />
  );
}

function RunRegion() {
  const { state, commitRun, replaced } = usePage();
  return <RunModelSection state={state} onRunChange={commitRun} replaced={replaced} />;
}

function PolicyRegion() {
  const { state, diagnostics } = usePage();
  return <EffectivePolicyPanel state={state} diagnostics={diagnostics} />;
}

function AnalysisRegion({ failed }: { failed: string }) {
  const { state, analysisFailed, warnings, applyFix, shownBefore, diagnostics } = usePage();
  if (analysisFailed) return <RegionFailed>{failed}</RegionFailed>;
  if (warnings === null) return ANALYSIS_PLACEHOLDER;
  return (
    <Stack gap="md">
      <SummarySentence state={state} />
      <WarningsPanel
        warnings={warnings}
        onApplyFix={applyFix}
        shownBefore={shownBefore}
        blocked={diagnostics.length > 0}
      />
      <Timeline state={state} />
    </Stack>
  );
}

function StateJsonRegion() {
  const { state } = usePage();
  return <MemoStateJsonView state={state} />;
}

function ExportRegion() {
  const { state } = usePage();
  return <ExportPanel state={state} />;
}

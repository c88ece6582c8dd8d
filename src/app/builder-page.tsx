import { Container, Grid, Skeleton, Stack } from '@mantine/core';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo } from 'react';
import { defaultState, findWarnings, fixWarning, validate } from '../core/index';
import type { Warning } from '../core/index';
import { ConfigForm } from '../features/config-form/config-form';
import { EffectivePolicyPanel } from '../features/policy/effective-policy-panel';
import { mergeFieldNotes } from '../features/policy/policy-notes';
import { RunModelSection } from '../features/run-model/run-model-section';
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

/**
 * The page: one store, everything else derived from it and passed down. Features never import
 * each other; this file composes them. Left: the form, then the training run. Right: what
 * MindSpore makes of it (policy, and later the summary, warnings, timeline and export).
 */
export function BuilderPage() {
  const { language } = useLanguage();
  const store = useBuilderStore(() => defaultState());
  const { state, commit } = store;
  const diagnostics = useMemo(() => validate(state), [state]);
  // The warnings may run the simulator (with a disk budget): deferred, so that typing stays smooth.
  const deferredState = useDeferredValue(state);
  const warnings = useMemo(() => findWarnings(deferredState), [deferredState]);
  // Ignored and overridden values are said at their fields by the warnings (one mechanism).
  const fieldNotes = useMemo(
    () => mergeFieldNotes(warningFieldNotes(warnings, language, diagnosedFields(diagnostics))),
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
        <TopBar />
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
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

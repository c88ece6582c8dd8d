import { Container, Grid, Skeleton, Stack } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { defaultState, validate } from '../core/index';
import { ConfigForm } from '../features/config-form/config-form';
import { EffectivePolicyPanel } from '../features/policy/effective-policy-panel';
import { mergeFieldNotes, policyNotes } from '../features/policy/policy-notes';
import { RunModelSection } from '../features/run-model/run-model-section';
import { StateJsonView } from '../features/state-json/state-json-view';
import { useT } from '../i18n/language-context';
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
  const t = useT();
  const store = useBuilderStore(() => defaultState());
  const { state, commit } = store;
  const diagnostics = useMemo(() => validate(state), [state]);
  const fieldNotes = useMemo(
    () => mergeFieldNotes(policyNotes(state, diagnostics, t)),
    [state, diagnostics, t],
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
              <EffectivePolicyPanel state={state} diagnostics={diagnostics} />
              {/* Room for the summary, warnings and export regions. */}
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

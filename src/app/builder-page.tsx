import { Container, Grid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { defaultState, validate } from '../core/index';
import { ConfigForm } from '../features/config-form/config-form';
import { EffectivePolicyPanel } from '../features/policy/effective-policy-panel';
import { mergeFieldNotes, policyNotes } from '../features/policy/policy-notes';
import { RunModelSection } from '../features/run-model/run-model-section';
import { StateJsonView } from '../features/state-json/state-json-view';
import { Timeline } from '../features/timeline/timeline';
import { useT } from '../i18n/language-context';
import { TopBar } from './top-bar';
import { useBuilderStore } from './use-builder-store';

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
              <Timeline state={state} />
              <StateJsonView state={state} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

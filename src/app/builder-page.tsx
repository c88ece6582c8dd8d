import { Container, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { defaultState, validate } from '../core/index';
import { ConfigForm } from '../features/config-form/config-form';
import { ImportButton } from '../features/import/import-button';
import { EffectivePolicyPanel } from '../features/policy/effective-policy-panel';
import { mergeFieldNotes, policyNotes } from '../features/policy/policy-notes';
import { StateJsonView } from '../features/state-json/state-json-view';
import { useT } from '../i18n/language-context';
import { formMessages } from '../i18n/messages/form';
import { TopBar } from './top-bar';
import { useBuilderStore } from './use-builder-store';

// The export panel (and its four writers) loads after the first paint, outside the first-load budget.
const ExportPanel = lazy(() =>
  import('../features/export/export-panel').then((module) => ({ default: module.ExportPanel })),
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
        <TopBar>
          {/* Applying an import is one undoable commit. */}
          <ImportButton version={state.mindspore_version} onApply={(next) => commit(next)} />
        </TopBar>
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

import { Container, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { defaultState, effectivePolicy, validate } from '../core/index';
import { RunModelSection } from '../features/run-model/run-model-section';
import { Timeline } from '../features/timeline/timeline';
import { TopBar } from './top-bar';
import { useBuilderStore } from './use-builder-store';

/**
 * The page: one store, everything else derived from it and passed down. Features never import
 * each other; this file composes them.
 */
export function BuilderPage() {
  const store = useBuilderStore(() => defaultState());
  const { state } = store;
  const diagnostics = useMemo(() => validate(state), [state]);
  const policy = useMemo(() => effectivePolicy(state), [state]);
  return (
    <Container component="main" size="xl" py="md">
      <Stack gap="md">
        <TopBar />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <RunModelSection state={state} onChange={store.commit} />
          <Timeline state={state} />
        </SimpleGrid>
        <Text component="pre" data-testid="effective-policy">
          {JSON.stringify(policy, null, 2)}
        </Text>
        <Text component="pre" data-testid="diagnostics">
          {JSON.stringify(diagnostics, null, 2)}
        </Text>
      </Stack>
    </Container>
  );
}

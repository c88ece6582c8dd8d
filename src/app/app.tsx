import { MantineProvider, Container, Title, Text } from '@mantine/core';
import { defaultState, effectivePolicy } from '../core/index';
import { theme } from './theme';

export function App() {
  const policy = effectivePolicy(defaultState());
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Container component="main" size="lg" py="md">
        <Title order={1}>MindSpore Checkpoint Builder</Title>
        <Text component="pre" data-testid="effective-policy">
          {JSON.stringify(policy, null, 2)}
        </Text>
      </Container>
    </MantineProvider>
  );
}

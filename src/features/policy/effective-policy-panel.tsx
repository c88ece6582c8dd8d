import { Alert, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useMemo } from 'react';
import { effectivePolicy, POLICY_FIELDS, samePyValue } from '../../core/index';
import type { BuilderState, Diagnostic, PyValue } from '../../core/index';
import { useT } from '../../i18n/language-context';
import { policyMessages } from '../../i18n/messages/policy';
import { pyRepr } from '../../ui/py-repr';

/**
 * The four policy values as entered beside what MindSpore uses (`get_checkpoint_policy()`), or,
 * when CheckpointConfig would raise, the exception instead. Memoised: the page also re-renders for
 * its deferred work (warnings), with the same state and diagnostics.
 */
export const EffectivePolicyPanel = memo(function EffectivePolicyPanel({
  state,
  diagnostics,
}: {
  state: BuilderState;
  diagnostics: readonly Diagnostic[];
}) {
  const t = useT();
  const configErrors = diagnostics.filter((item) => !item.field?.startsWith('run.'));
  const first = configErrors[0];
  const policy = useMemo(() => effectivePolicy(state), [state]);
  return (
    <Paper
      withBorder
      p="md"
      data-testid="effective-policy"
      component="section"
      aria-labelledby="effective-policy-title"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="effective-policy-title">
            {t(policyMessages.title)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(policyMessages.description)}
          </Text>
        </div>
        {first ? (
          <Alert color="red" title={t(policyMessages.raises)} data-testid="policy-error">
            <Text ff="monospace" size="sm">
              {first.kind}: {first.message}
            </Text>
          </Alert>
        ) : null}
        <Table.ScrollContainer minWidth={320}>
          <Table striped={false} withRowBorders verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(policyMessages.argument)}</Table.Th>
                <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                  {t(policyMessages.entered)}
                </Table.Th>
                {first ? null : (
                  <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                    {t(policyMessages.effective)}
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {POLICY_FIELDS.map((field) => {
                const entered = state.config[field] as PyValue | undefined;
                const used = policy[field];
                const differs = !samePyValue(entered ?? null, used);
                return (
                  <Table.Tr
                    key={field}
                    data-testid={`policy-${field}`}
                    data-differs={!first && differs}
                  >
                    <Table.Th scope="row" fw={400}>
                      <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
                        {field}
                      </Text>
                    </Table.Th>
                    <Table.Td ff="monospace" data-testid="entered">
                      {pyRepr(entered ?? null)}
                    </Table.Td>
                    {first ? null : (
                      <Table.Td ff="monospace" data-testid="effective" fw={differs ? 700 : 400}>
                        {pyRepr(used)}
                        {differs ? (
                          <Badge
                            component="span"
                            size="xs"
                            color="indigo.9"
                            variant="filled"
                            ml={6}
                          >
                            {t(policyMessages.differs)}
                          </Badge>
                        ) : null}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
});

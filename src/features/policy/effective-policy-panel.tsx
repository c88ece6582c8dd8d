import { Alert, Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { memo, useMemo } from 'react';
import { effectivePolicy, POLICY_FIELDS, samePyValue } from '../../core/index';
import type { BuilderState, Diagnostic, PyValue } from '../../core/index';
import { useT } from '../../i18n/language-context';
import { policyMessages } from '../../i18n/messages/policy';
import { checkText } from '../../ui/check-text';
import { pyRepr } from '../../ui/py-repr';
import { withUnderscoreBreaks } from '../../ui/underscore-breaks';
import classes from './policy-table.module.css';
import regionClasses from '../../ui/region.module.css';

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
      className={regionClasses.region}
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
          // The builder's own "cannot know" is not MindSpore raising: titled so, said in words.
          <Alert
            color="red"
            title={t(
              first.kind === 'Unsupported' ? policyMessages.unchecked : policyMessages.raises,
            )}
            data-testid="policy-error"
          >
            <Text ff="monospace" size="sm">
              {first.kind}: {checkText(first, t)}
            </Text>
          </Alert>
        ) : null}
        <div className={classes.scroll}>
          <table className={classes.table}>
            <thead>
              <tr>
                <th scope="col">{t(policyMessages.argument)}</th>
                <th scope="col">{t(policyMessages.entered)}</th>
                {first ? null : <th scope="col">{t(policyMessages.effective)}</th>}
              </tr>
            </thead>
            <tbody>
              {POLICY_FIELDS.map((field) => {
                const entered = state.config[field] as PyValue | undefined;
                const used = policy[field];
                const differs = !samePyValue(entered ?? null, used);
                return (
                  <tr key={field} data-testid={`policy-${field}`} data-differs={!first && differs}>
                    <th scope="row" className={`${classes.mono} ${classes.field}`}>
                      {withUnderscoreBreaks(field)}
                    </th>
                    <td className={classes.mono} data-testid="entered">
                      {pyRepr(entered ?? null)}
                    </td>
                    {first ? null : (
                      <td
                        className={differs ? `${classes.mono} ${classes.differs}` : classes.mono}
                        data-testid="effective"
                      >
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
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Stack>
    </Paper>
  );
});

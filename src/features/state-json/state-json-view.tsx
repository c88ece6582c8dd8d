import { Code, Paper, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { BuilderState } from '../../core/index';
import { useT } from '../../i18n/language-context';
import { stateJsonMessages } from '../../i18n/messages/state-json';
import regionClasses from '../../ui/region.module.css';

/**
 * The builder's state as JSON, live (in the keystroke's own render: what the page shows is this
 * state, everywhere at once); a native disclosure so that it folds without script.
 */
export function StateJsonView({ state }: { state: BuilderState }) {
  const t = useT();
  const json = useMemo(() => JSON.stringify(state, null, 2), [state]);
  return (
    <Paper withBorder p="md" component="section" className={regionClasses.region}>
      <details open>
        <summary style={{ cursor: 'pointer' }}>
          <Title order={2} size="h4" display="inline">
            {t(stateJsonMessages.title)}
          </Title>
        </summary>
        {/* Focusable, so that the scrolled JSON can be read with the keyboard; a region, so
            that its name is announced (a <pre> has no role to carry aria-label). */}
        <Code
          block
          mt="sm"
          tabIndex={0}
          role="region"
          aria-label={t(stateJsonMessages.title)}
          data-testid="state-json"
          style={{ maxHeight: '28rem', overflow: 'auto' }}
        >
          {json}
        </Code>
      </details>
    </Paper>
  );
}

import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { defaultState } from '../core/index';
import { rendersDuring } from '../test/renders';
import { App } from './app';

describe('the page', { timeout: 60_000 }, () => {
  test('an edit renders the regions that show it, not the layout around them', async () => {
    render(<App language="en" opened={{ state: defaultState(), notices: [] }} />);
    // Every lazily loaded region is in: the timeline's totals and the export's code are shown.
    await screen.findByTestId('timeline-totals', undefined, { timeout: 30_000 });
    await screen.findByTestId('export-code', undefined, { timeout: 30_000 });
    const field = screen.getByTestId('field-save_checkpoint_steps');
    // A first edit enables Undo; the second is the one measured.
    fireEvent.change(field, { target: { value: '7' } });
    await waitFor(() => expect(screen.getByTestId('export-code')).toHaveTextContent('=7'));
    const renders = await rendersDuring(() => fireEvent.change(field, { target: { value: '8' } }));
    await waitFor(() => expect(screen.getByTestId('export-code')).toHaveTextContent('=8'));
    // What shows the edit rendered: the form, the policy, the JSON, the export's code.
    for (const name of ['ConfigFormBody', 'EffectivePolicyPanel', 'StateJsonView', 'ExportCode'])
      expect(renders.get(name) ?? 0, name).toBeGreaterThan(0);
    // The layout did not: its container, lazy regions, placeholders, toolbar.
    for (const name of [
      'PageLayout',
      '@mantine/core/Container',
      'LazyRegion',
      'TopBar',
      'HistoryButtons',
      'CopyLinkButton',
    ])
      expect(renders.get(name) ?? 0, name).toBe(0);
  });
});

import { MantineProvider } from '@mantine/core';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { completeState, simulate } from '../../core/index';
import type { PartialBuilderState } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import type { Language } from '../../i18n/languages';
import { formatBytes, formatCount } from '../../ui/format';
import { Timeline } from './timeline';

function renderTimeline(partial: PartialBuilderState, language: Language = 'en') {
  const state = completeState(partial);
  render(
    <MantineProvider env="test">
      <LanguageProvider initial={language}>
        <Timeline state={state} />
      </LanguageProvider>
    </MantineProvider>,
  );
  return simulate(state, { maxEvents: 5000 });
}

describe('Timeline', () => {
  test.each<[string, PartialBuilderState]>([
    ['defaults, 2 × 5 steps', { run: { epoch: 2, dataset_size: 5 } }],
    [
      'steps=4, max=2',
      {
        config: { save_checkpoint_steps: 4, keep_checkpoint_max: 2 },
        run: { epoch: 2, dataset_size: 5 },
      },
    ],
    ['8 ranks', { run: { epoch: 3, dataset_size: 7, device_num: 8 } }],
  ])('%s: totals are the simulator’s', (_label, partial) => {
    const result = renderTimeline(partial);
    const ranks = partial.run?.device_num ?? 1;
    expect(screen.getByTestId('total-files-written')).toHaveTextContent(
      formatCount(result.stats.saves),
    );
    expect(screen.getByTestId('total-files-left')).toHaveTextContent(
      formatCount(result.retained.length),
    );
    expect(screen.getByTestId('total-peak-disk')).toHaveTextContent(
      formatBytes(result.stats.peak_bytes),
    );
    if (ranks > 1) {
      expect(screen.getByTestId('total-bytes-written-job')).toHaveTextContent(
        formatBytes(result.stats.bytes_written * ranks),
      );
    } else {
      expect(screen.queryByTestId('total-bytes-written-job')).toBeNull();
    }
    const rows = within(screen.getByTestId('events-table')).getAllByRole('row');
    expect(rows).toHaveLength(Math.min(20, result.events.length) + 1);
  });

  test('arrow keys walk the lifespan bars and say what each one is', async () => {
    const result = renderTimeline({
      config: { save_checkpoint_steps: 4, keep_checkpoint_max: 2 },
      run: { epoch: 2, dataset_size: 5 },
    });
    const files = [...result.series.lifespans].sort((a, b) => a.start - b.start);
    const user = userEvent.setup();
    act(() => screen.getByTestId('lifespan-chart').focus());
    expect(screen.getByTestId('lifespan-detail')).toHaveTextContent(files[0]!.file);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('lifespan-detail')).toHaveTextContent(files[1]!.file);
    await user.keyboard('{End}');
    expect(screen.getByTestId('lifespan-detail')).toHaveTextContent(files.at(-1)!.file);
  });

  test.each<[string, PartialBuilderState, string]>([
    ['epoch 0', { run: { epoch: 0 } }, 'The number of epochs must be a whole number of at least 1'],
    [
      'more saves than the simulator plays',
      { run: { epoch: 1_000_000, dataset_size: 1_000_000 } },
      'the simulator plays at most',
    ],
  ])(
    'a training run the builder cannot play (%s) is said to be the builder’s limit, with no totals',
    (_label, partial, reason) => {
      const result = renderTimeline(partial);
      // The simulator's own verdict, not MindSpore's: nothing is known about the files.
      expect(result.error?.kind).toBe('RunModel');
      expect(screen.getByTestId('timeline-unavailable')).toHaveTextContent(
        'The timeline cannot be computed',
      );
      expect(screen.getByTestId('timeline-unavailable')).toHaveTextContent(reason);
      expect(screen.getByTestId('timeline')).not.toHaveTextContent('MindSpore raises');
      expect(screen.queryByTestId('timeline-summary')).toBeNull();
      expect(screen.queryByTestId('total-files-written')).toBeNull();
    },
  );

  test.each<[string, PartialBuilderState, Language, string]>([
    [
      'a prefix given as a variable',
      { callback: { prefix: { $py: 'name', name: 'run_prefix' } } },
      'en',
      'The timeline cannot be computed: prefix is given as `run_prefix`, whose value the builder cannot know',
    ],
    [
      'a prefix given as a variable',
      { callback: { prefix: { $py: 'name', name: 'run_prefix' } } },
      'zh',
      'prefix 被写成了 `run_prefix`',
    ],
    [
      'steps given as a variable',
      { config: { save_checkpoint_steps: { $py: 'name', name: 'steps' } } },
      'zh',
      'save_checkpoint_steps 被写成了 `steps`',
    ],
  ])(
    '%s (%s): the builder cannot play it, said in the page’s language, not as MindSpore raising',
    (_label, partial, language, text) => {
      const result = renderTimeline(partial, language);
      expect(result.error?.kind).toBe('Unsupported');
      expect(screen.getByTestId('timeline-unavailable')).toHaveTextContent(text);
      expect(screen.getByTestId('timeline')).not.toHaveTextContent('MindSpore raises');
      expect(screen.getByTestId('timeline')).not.toHaveTextContent('MindSpore 在此会抛出');
      expect(screen.queryByTestId('total-files-written')).toBeNull();
    },
  );

  test('a run that saves nothing says so', () => {
    renderTimeline({
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 0 },
      run: { epoch: 2, dataset_size: 5 },
    });
    expect(screen.getByTestId('timeline-summary')).toHaveTextContent('Writes no checkpoint file');
  });
});

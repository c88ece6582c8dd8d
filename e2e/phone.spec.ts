import { expect, test } from '@playwright/test';
import { completeState, encodeShareState } from '../src/core/index';
import { openInLanguage } from './open-page';

// Issue 8: the page works at 375 px wide. Wide content (the events table, code) scrolls inside its
// own region; the page itself never scrolls sideways, whatever it shows.
const STATES = [
  ['the default page', '/'],
  [
    'MindSpore’s error (all four policy values 0)',
    `/${encodeShareState(completeState({ config: { save_checkpoint_steps: 0, keep_checkpoint_max: 0 } }))}`,
  ],
  [
    'keep_checkpoint_per_n_minutes and a long prefix',
    `/${encodeShareState(
      completeState({
        config: { keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 },
        callback: { prefix: 'resnet50_imagenet_batch256_lr0.1_cosine_warmup' },
      }),
    )}`,
  ],
] as const;

for (const language of ['en', 'zh'] as const) {
  for (const [label, path] of STATES) {
    test(`at 375 px the page does not scroll sideways: ${label} (${language})`, async ({
      page,
    }) => {
      await openInLanguage(page, { language, width: 375, url: path });
      await expect(page.getByTestId('export-code')).toBeVisible();
      await expect(page.getByTestId('timeline')).toHaveAttribute('aria-busy', 'false');
      const { client, scroll } = await page.evaluate(() => ({
        client: document.documentElement.clientWidth,
        scroll: document.documentElement.scrollWidth,
      }));
      expect(client).toBe(375);
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }
}

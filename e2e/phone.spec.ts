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

// The training run's unit selects ("GB/s", "毫秒"): their text ends before their arrow. The arrow's
// section took the width of the field's own right section (76 px, inherited), centred under the text.
for (const language of ['en', 'zh'] as const) {
  for (const width of [375, 1280]) {
    test(`the unit selects' arrows do not cover their text at ${width} px (${language})`, async ({
      page,
    }) => {
      await openInLanguage(page, { language, width });
      const run = page.getByTestId('run-model');
      await expect(run).toBeVisible();
      // The longest units: milliseconds, and a write speed.
      await page.getByTestId('run-step_seconds-unit').selectOption('ms');
      await run.getByTestId('run-save-source').getByRole('radio').nth(1).check({ force: true });
      await expect(page.getByTestId('run-write_speed-unit')).toBeVisible();
      const units = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLSelectElement>('select[data-testid$="-unit"]')].map(
          (select) => {
            const style = getComputedStyle(select);
            const context = document.createElement('canvas').getContext('2d')!;
            context.font = style.font;
            const text = select.options[select.selectedIndex]!.text;
            const box = select.getBoundingClientRect();
            const textEnd =
              box.left + parseFloat(style.paddingLeft) + context.measureText(text).width;
            const arrow = select.parentElement!.querySelector('svg')!.getBoundingClientRect();
            return { text, gap: Math.round((arrow.left - textEnd) * 10) / 10 };
          },
        ),
      );
      expect(units.map((unit) => unit.text)).toEqual(
        expect.arrayContaining(language === 'en' ? ['ms', 'GB/s'] : ['毫秒', 'GB/s']),
      );
      for (const unit of units) expect(unit.gap, unit.text).toBeGreaterThanOrEqual(2);
    });
  }
}

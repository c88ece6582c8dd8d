import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { defaultState, exportText } from '../src/core/index';
import type { BuilderState } from '../src/core/index';
import { settled } from './settled';
import { openPage } from './open-page';

/**
 * The whole page, not a region, against WCAG 2.1 A and AA, in both themes and in every state a
 * user meets: defaults, MindSpore's error and warnings, the timeline, each dialog and popup. Then
 * the keyboard: a config built and exported with the keyboard only, a visible focus at every tab
 * stop, and the warnings count announced.
 */

type Scheme = 'light' | 'dark';

const SCHEMES: readonly Scheme[] = ['light', 'dark'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const POLICY_FIELDS = [
  'save_checkpoint_steps',
  'save_checkpoint_seconds',
  'keep_checkpoint_max',
  'keep_checkpoint_per_n_minutes',
] as const;
const E05 =
  "ValueError: For 'CheckpointConfig', the input arguments 'save_checkpoint_steps', 'save_checkpoint_seconds', 'keep_checkpoint_max' and 'keep_checkpoint_per_n_minutes' can't be all None or 0.";

function prefer(page: Page, scheme: Scheme) {
  return page.addInitScript((theme) => {
    window.localStorage.setItem('ckpt-builder.language', 'en');
    window.localStorage.setItem('ckpt-builder.theme', theme);
  }, scheme);
}

/** The lazy regions are in: the export panel shows its text and the timeline has computed. */
async function lazyRegionsLoaded(page: Page) {
  await expect(page.getByTestId('export-code')).toBeVisible();
  await expect(page.getByTestId('timeline')).toHaveAttribute('aria-busy', 'false', {
    timeout: 20_000,
  });
}

/** Every WCAG 2.1 A/AA violation on the whole page, one line per element. */
async function wholePageViolations(page: Page): Promise<string[]> {
  await settled(page);
  // Legacy mode runs axe inside the page in one pass instead of opening a second page to merge
  // per-frame results: about 2 s less per scan. It does not look into iframes; there are none.
  expect(await page.locator('iframe').count()).toBe(0);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
    ),
  );
}

interface ScanState {
  name: string;
  /** The address opened, `/` unless said. */
  url?: string;
  /** Brings the page, loaded with its lazy regions, into the state to scan. */
  reach: (page: Page) => Promise<void>;
}

const STATES: readonly ScanState[] = [
  { name: 'the default page', reach: async () => {} },
  {
    name: 'MindSpore’s error: all four policy values 0',
    reach: async (page) => {
      for (const field of POLICY_FIELDS) await page.getByTestId(`field-${field}`).fill('0');
      await expect(page.getByTestId('policy-error')).toContainText(E05.replace('ValueError: ', ''));
      await expect(page.getByRole('form').getByText(E05, { exact: true })).toBeVisible();
    },
  },
  {
    name: 'a warning: seconds > 0 while steps is set, its explanation open',
    reach: async (page) => {
      await page.getByTestId('field-save_checkpoint_seconds').fill('600');
      const warning = page.getByTestId('warnings').locator('[data-warning-id="seconds-ignored"]');
      await expect(warning).toHaveCount(1);
      await warning.getByText('What MindSpore does, and why').click();
    },
  },
  {
    name: 'the notices of a link with a bad value',
    url: "/#s=1.3,4,7,'ten'",
    reach: async (page) => {
      await expect(page.getByTestId('share-notices')).toContainText('default was kept');
    },
  },
  {
    name: 'the timeline scrolled into view with its events table',
    reach: async (page) => {
      const table = page.getByTestId('events-table');
      await table.scrollIntoViewIfNeeded();
      await expect(table).toBeVisible();
    },
  },
  {
    name: 'the import dialog with a rejected paste',
    reach: async (page) => {
      await page.getByRole('button', { name: 'Import…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByLabel('Python, JSON or YAML')
        .fill('CheckpointConfig(save_checkpoint_steps=1.5)');
      await expect(dialog.getByTestId('import-error-text')).toHaveText(
        "TypeError: The input value must be int, but got 'float'",
      );
    },
  },
  {
    name: 'the preset menu open',
    reach: async (page) => {
      await page.getByRole('button', { name: 'Presets' }).click();
      await expect(page.getByRole('menuitem', { name: /Long pretraining/ })).toBeVisible();
    },
  },
  {
    name: 'the preset confirmation dialog',
    reach: async (page) => {
      await page.getByTestId('field-keep_checkpoint_max').fill('4');
      await page.getByRole('button', { name: 'Presets' }).click();
      await page.getByRole('menuitem', { name: /Long pretraining/ }).click();
      await expect(page.getByRole('dialog', { name: 'Replace your settings?' })).toBeVisible();
    },
  },
  {
    // Every select on the page is a native <select> (its open list is outside the page): the
    // composite encryption and append_info controls are scanned opened instead.
    name: 'the encryption key reference and an append_info dict entry',
    reach: async (page) => {
      await page.getByTestId('enc-key-source').selectOption('an environment variable (hex)');
      await page.getByLabel('append_info: your own dict').check();
      await page.getByRole('button', { name: 'Add an entry' }).click();
      await expect(page.getByLabel('append_info: key 1')).toHaveValue('key');
    },
  },
];

test.describe('whole-page axe scan, WCAG 2.1 A and AA', () => {
  for (const scheme of SCHEMES) {
    test.describe(`${scheme} theme`, () => {
      for (const state of STATES) {
        test(state.name, async ({ page }) => {
          await prefer(page, scheme);
          await openPage(page, state.url ?? '/');
          await lazyRegionsLoaded(page);
          await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
          await state.reach(page);
          await lazyRegionsLoaded(page);
          expect(await wholePageViolations(page)).toEqual([]);
        });
      }
    });
  }
});

/**
 * Presses Tab (Shift+Tab when `backwards`) until `target` has the focus; fails, naming what has
 * the focus, when `maxPresses` presses do not get there.
 */
async function tabTo(
  page: Page,
  target: Locator,
  maxPresses: number,
  { backwards = false }: { backwards?: boolean } = {},
): Promise<void> {
  const isFocused = () => target.evaluate((element) => element === document.activeElement);
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await isFocused()) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (await isFocused()) return;
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    return element
      ? `<${element.tagName.toLowerCase()}> ${element.getAttribute('data-testid') ?? ''} ${element.getAttribute('aria-label') ?? ''} "${(element.textContent ?? '').slice(0, 40)}"`
      : 'nothing';
  });
  throw new Error(
    `tabTo: ${String(target)} not focused after ${maxPresses} ${backwards ? 'Shift+Tab' : 'Tab'} presses; the focus is on ${focused}`,
  );
}

async function pageState(page: Page): Promise<BuilderState> {
  return JSON.parse((await page.getByTestId('state-json').textContent()) ?? '{}') as BuilderState;
}

test.describe('keyboard only', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('build a config and export it as YAML with the keyboard alone', async ({ page }) => {
    await prefer(page, 'light');
    await openPage(page, '/');
    await lazyRegionsLoaded(page);
    // From here on: the keyboard only.
    const steps = page.getByTestId('field-save_checkpoint_steps');
    const seconds = page.getByTestId('field-save_checkpoint_seconds');
    const max = page.getByTestId('field-keep_checkpoint_max');
    await tabTo(page, steps, 15);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('250');
    await tabTo(page, max, 3);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('7');
    // Back one stop: seconds, typed while steps is set (a warning MindSpore would not give).
    await tabTo(page, seconds, 2, { backwards: true });
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('90');
    await expect(steps).toHaveValue('250');
    await expect(max).toHaveValue('7');
    await expect(seconds).toHaveValue('90');
    const base = defaultState();
    const expected: BuilderState = {
      ...base,
      config: {
        ...base.config,
        save_checkpoint_steps: 250,
        save_checkpoint_seconds: 90,
        keep_checkpoint_max: 7,
      },
    };
    expect(await pageState(page)).toEqual(expected);

    // The export panel: its switch (Space), then the YAML tab by the arrow keys.
    const onlyNonDefault = page.getByRole('switch', { name: /only non-default arguments/i });
    const python = page.getByRole('tab', { name: 'Python', exact: true });
    await tabTo(page, python, 80);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const yaml = page.getByRole('tab', { name: 'YAML', exact: true });
    await expect(yaml).toBeFocused();
    await expect(yaml).toHaveAttribute('aria-selected', 'true');
    const code = page.getByTestId('export-code');
    // Arrowing through the tabs mounts and unmounts their panels: wait until only YAML's is left
    // (CI once saw JSON's still there, a strict-mode violation).
    await expect(code).toHaveCount(1);
    await expect(code).toHaveAttribute('data-format', 'yaml');
    await tabTo(page, onlyNonDefault, 3);
    await expect(onlyNonDefault).toBeChecked();
    await page.keyboard.press('Space');
    await expect(onlyNonDefault).not.toBeChecked();
    const text = exportText(expected, 'yaml', { onlyNonDefault: false });
    expect(text).toContain('250');
    expect(text).not.toBe(exportText(expected, 'yaml'));
    await expect(code).toHaveText(text, { useInnerText: false });

    // Copy (Enter), then Download (Space).
    const copy = page.getByTestId('export-copy');
    await tabTo(page, copy, 2);
    await page.keyboard.press('Enter');
    await expect(copy).toHaveText(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await tabTo(page, page.getByTestId('export-download'), 2);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Space'),
    ]);
    expect(download.suggestedFilename()).toBe('checkpoint_monitor.yaml');
    expect(readFileSync(await download.path(), 'utf8')).toBe(text);
  });
});

/** What `element` shows as its focus indicator: itself, or the visible part Mantine rings. */
interface FocusStop {
  name: string;
  visible: boolean;
  indicator: string;
}

async function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return null;
    const labelledBy = (focused.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    const labels =
      'labels' in focused && focused.labels instanceof NodeList
        ? [...(focused.labels as NodeListOf<HTMLLabelElement>)].map((l) => l.textContent).join(' ')
        : '';
    const name = (
      focused.getAttribute('aria-label') ||
      labelledBy ||
      labels ||
      focused.textContent ||
      focused.getAttribute('data-testid') ||
      focused.tagName
    )
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60);
    // Mantine hides the native radio of a SegmentedControl and the checkbox of a Switch (opacity 0
    // or 0 px) and draws their focus ring on the element that follows: the label, the track.
    const style = getComputedStyle(focused);
    const box = focused.getBoundingClientRect();
    const hidden = style.opacity === '0' || box.width < 2 || box.height < 2;
    const shown = hidden ? focused.nextElementSibling : focused;
    if (!(shown instanceof Element)) return { name, visible: false, indicator: 'nothing shown' };
    const ring = getComputedStyle(shown);
    const outline = ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) > 0;
    const shadow = ring.boxShadow !== 'none' && ring.boxShadow !== '';
    return {
      name,
      visible: outline || shadow,
      indicator: `${hidden ? 'next sibling ' : ''}outline ${ring.outlineStyle} ${ring.outlineWidth}, box-shadow ${ring.boxShadow}`,
    };
  });
}

test.describe('a visible focus at every tab stop', () => {
  for (const scheme of SCHEMES) {
    test(`the first 60 tab stops, ${scheme} theme`, async ({ page }) => {
      await prefer(page, scheme);
      await openPage(page, '/');
      await lazyRegionsLoaded(page);
      const stops: FocusStop[] = [];
      for (let press = 0; press < 70 && stops.length < 60; press++) {
        await page.keyboard.press('Tab');
        const stop = await focusStop(page);
        if (stop) stops.push(stop);
      }
      expect(stops.length).toBe(60);
      expect(
        stops.filter((stop) => !stop.visible).map((stop) => `${stop.name}: ${stop.indicator}`),
      ).toEqual([]);
    });
  }
});

test('the warnings count is announced politely when an edit changes it', async ({ page }) => {
  await prefer(page, 'light');
  await openPage(page, '/');
  const announcer = page.getByTestId('warnings-announcer');
  // A live region is heard only if it is in the page before its text changes, and not hidden
  // from assistive technology.
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await expect(announcer).toHaveAttribute('aria-atomic', 'true');
  expect(
    await announcer.evaluate((element) => element.closest('[aria-hidden="true"]') === null),
  ).toBe(true);
  await expect(announcer).toHaveText('');
  // The region is inside the warnings section, where the counts are.
  await expect(page.getByTestId('warnings').getByTestId('warnings-announcer')).toHaveCount(1);

  // Nothing is said on the first render; the first edit that changes the counts says them all.
  const warningsIn = (sentence: string) => Number(/(\d+) warnings?\./.exec(sentence)?.[1] ?? 0);
  const seconds = page.getByTestId('field-save_checkpoint_seconds');
  await seconds.fill('600');
  await expect(announcer).toHaveText(/\d+ warnings?\./);
  const withSecondsIgnored = (await announcer.textContent()) ?? '';
  await seconds.fill('0');
  await expect(announcer).not.toHaveText(withSecondsIgnored);
  const without = (await announcer.textContent()) ?? '';
  // The counts of the panel's list, one warning fewer without the ignored seconds.
  expect(warningsIn(withSecondsIgnored)).toBe(warningsIn(without) + 1);
  await expect(page.getByTestId('warnings').locator('li[data-severity="warning"]')).toHaveCount(
    warningsIn(without),
  );
});

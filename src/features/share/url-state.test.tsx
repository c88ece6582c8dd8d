import { MantineProvider } from '@mantine/core';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { decodeShareState, defaultState, encodeShareState } from '../../core/index';
import type { BuilderState } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import { CopyLinkButton } from './copy-link-button';
import { useCopyLink } from './use-copy-link';
import { readLocationState } from './link-reader';
import {
  carriesLinkState,
  readOpeningState,
  shareUrl,
  URL_WRITE_DELAY_MS,
  useUrlState,
} from './url-state';

const withMax = (n: number): BuilderState => ({
  ...defaultState(),
  config: { ...defaultState().config, keep_checkpoint_max: n },
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.useRealTimers();
});

const OPENINGS = [
  ['no fragment', '', '', defaultState(), []],
  ['an empty fragment', '#', '', defaultState(), []],
  ['a link', '#s=1.3,2', '', withMax(2), []],
  ['a link in the query', '', '?s=1.3,2', withMax(2), []],
  ['an unrelated query', '', '?utm=x', defaultState(), []],
  ['a damaged link', '#s=1.%E0%A4%A', '', defaultState(), ['link']],
] as const;

describe('the state a page opens with', () => {
  test.each(OPENINGS)('%s (the link reader)', (_label, hash, search, state, fields) => {
    const opened = readLocationState(hash, search);
    expect(opened.state).toEqual(state);
    expect(opened.notices.map((notice) => notice.field)).toEqual(fields);
  });

  test.each(OPENINGS)('%s (as the page reads it)', async (_label, hash, search, state, fields) => {
    const opened = await readOpeningState(hash, search);
    expect(opened.state).toEqual(state);
    expect(opened.notices.map((notice) => notice.field)).toEqual(fields);
  });

  test('a link whose reader cannot be loaded opens the defaults, and says so', async () => {
    vi.resetModules();
    vi.doMock('./link-reader', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      const { readOpeningState: readWithoutReader } = await import('./url-state');
      const opened = await readWithoutReader('#s=1.3,2');
      expect(opened.state).toEqual(defaultState());
      expect(opened.notices).toEqual([
        expect.objectContaining({ field: 'link', reason: 'reader-unavailable' }),
      ]);
      // Without a link there is nothing to load, and nothing to say.
      expect(await readWithoutReader('', '?utm=x')).toEqual({ state: defaultState(), notices: [] });
    } finally {
      vi.doUnmock('./link-reader');
      vi.resetModules();
    }
  });

  test('shareUrl is this address with the state in the fragment', () => {
    window.history.replaceState(null, '', '/app/?x=1#old');
    expect(shareUrl(withMax(2))).toBe(`${window.location.origin}/app/?x=1#s=1.3,2`);
  });

  test('shareUrl leaves out a link state the page was opened with as a query', () => {
    window.history.replaceState(null, '', '/app/?s=1.1,5&x=1#old');
    expect(shareUrl(withMax(2))).toBe(`${window.location.origin}/app/?x=1#s=1.3,2`);
    window.history.replaceState(null, '', '/app/?s=1.1,5');
    expect(shareUrl(withMax(2))).toBe(`${window.location.origin}/app/#s=1.3,2`);
  });
});

describe('useUrlState', () => {
  test('writes the address once the edits pause, with replaceState', () => {
    vi.useFakeTimers();
    const replace = vi.spyOn(window.history, 'replaceState');
    const { rerender } = renderHook(({ state }) => useUrlState(state, () => {}), {
      initialProps: { state: withMax(1) },
    });
    rerender({ state: withMax(10) });
    rerender({ state: withMax(100) });
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS - 1);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toBe(encodeShareState(withMax(100)));
    replace.mockRestore();
  });

  test('an address opened with a query state keeps the state in the fragment only', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?s=1.3,2');
    renderHook(() => useUrlState(withMax(2), () => {}));
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe(encodeShareState(withMax(2)));
  });

  test('leaves a link it could not read in the address bar until the first edit', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/#s=1.3,2');
    const replace = vi.spyOn(window.history, 'replaceState');
    const opening = defaultState();
    const { rerender } = renderHook(({ state }) => useUrlState(state, () => {}, true), {
      initialProps: { state: opening },
    });
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 4);
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#s=1.3,2');
    rerender({ state: withMax(7) });
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(window.location.hash).toBe(encodeShareState(withMax(7)));
    // An edit back to the opening state is written like any other.
    rerender({ state: opening });
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(window.location.hash).toBe('#s=1');
    replace.mockRestore();
  });

  test('a write planned before a link is navigated to does not overwrite it', () => {
    vi.useFakeTimers();
    const { rerender } = renderHook(({ state }) => useUrlState(state, () => {}), {
      initialProps: { state: withMax(1) },
    });
    rerender({ state: withMax(3) });
    act(() => {
      window.history.replaceState(null, '', '/#s=1.3,9');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
    expect(window.location.hash).toBe('#s=1.3,9');
  });

  test('opens a link navigated to in the same tab', async () => {
    const opened = vi.fn();
    renderHook(() => useUrlState(defaultState(), opened));
    act(() => {
      window.history.replaceState(null, '', '/#s=1.3,7');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(opened).toHaveBeenCalledWith(decodeShareState('#s=1.3,7')));
  });

  test('of two links pasted one after the other, the newest is opened', async () => {
    const opened = vi.fn();
    renderHook(() => useUrlState(defaultState(), opened));
    act(() => {
      window.history.replaceState(null, '', '/#s=1.3,7');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      window.history.replaceState(null, '', '/#s=1.3,8');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(opened).toHaveBeenCalledWith(decodeShareState('#s=1.3,8')));
    expect(opened).toHaveBeenCalledTimes(1);
  });
});

function CopyHost({ url }: { url: string }) {
  const { copy, status } = useCopyLink(() => url);
  return <CopyLinkButton onCopy={copy} status={status} />;
}

describe('the copy link button', () => {
  test.each([
    ['copied', true, 'Copied'],
    ['refused', false, 'Could not copy'],
  ])('says when the link was %s', async (_label, works, feedback) => {
    // user-event installs its own clipboard stub: ours goes in after it.
    const user = userEvent.setup();
    // jsdom has neither a secure context nor execCommand: stand in for the Clipboard API.
    const writeText = vi.fn(() => (works ? Promise.resolve() : Promise.reject(new Error('no'))));
    vi.stubGlobal('isSecureContext', true);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <MantineProvider env="test">
        <LanguageProvider initial="en">
          <CopyHost url="http://x/#s=1.3,2" />
        </LanguageProvider>
      </MantineProvider>,
    );
    const button = screen.getByRole('button', { name: 'Copy link' });
    await user.click(button);
    await waitFor(() => expect(button).toHaveTextContent(feedback));
    expect(writeText).toHaveBeenCalledWith('http://x/#s=1.3,2');
    vi.unstubAllGlobals();
  });
});

describe('whether an address carries a link (the prerendered page is for one that does not)', () => {
  test.each([
    ['no hash, no query', '', '', false],
    ['an empty hash', '#', '', false],
    ['a state in the hash', '#s=1.3,2', '', true],
    ['a state in the query', '', '?s=1.3,2', true],
    ['a state among other query parameters', '', '?lang=en&s=1.3,2', true],
    ['other query parameters only', '', '?utm=x', false],
  ])('%s', (_label, hash, search, carries) => {
    expect(carriesLinkState(hash, search)).toBe(carries);
    // The same rule readLocationState decodes by: a link's state, or the default with no notice.
    if (!carries)
      expect(readLocationState(hash, search)).toEqual({ state: defaultState(), notices: [] });
  });
});

import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, test } from 'vitest';
import { useId } from './stable-mantine-id';
import { HydrationGate, useHydrated } from './use-hydrated';

function HydratedProbe({ renders }: { renders: boolean[] }) {
  const hydrated = useHydrated();
  renders.push(hydrated);
  return <p data-testid="probe">{hydrated ? 'hydrated' : 'as prerendered'}</p>;
}

describe('HydrationGate', () => {
  test('without a gate (a page rendered in the browser, a test) the page is hydrated', () => {
    render(<HydratedProbe renders={[]} />);
    expect(screen.getByTestId('probe')).toHaveTextContent('hydrated');
  });

  test('a gate that is not hydrating says hydrated from the first render', () => {
    const renders: boolean[] = [];
    render(
      <HydrationGate hydrating={false}>
        <HydratedProbe renders={renders} />
      </HydrationGate>,
    );
    expect(renders[0]).toBe(true);
  });

  test('the prerender renders as not hydrated; hydration matches it, then turns to hydrated', async () => {
    const page = (renders: boolean[]) => (
      <HydrationGate hydrating>
        <HydratedProbe renders={renders} />
      </HydrationGate>
    );
    const markup = renderToString(page([]));
    expect(markup).toContain('as prerendered');
    const container = document.createElement('div');
    container.innerHTML = markup;
    document.body.append(container);
    const renders: boolean[] = [];
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, page(renders), { onRecoverableError: (error) => errors.push(error) });
    });
    // Hydrated with what the prerender showed (no mismatch), then re-rendered as hydrated.
    expect(errors).toEqual([]);
    expect(renders[0]).toBe(false);
    expect(renders.at(-1)).toBe(true);
    expect(container.textContent).toBe('hydrated');
    container.remove();
  });
});

describe('the stable id that stands in for Mantine’s useId', () => {
  function Ids({ seen, staticId }: { seen: string[]; staticId?: string }) {
    const id = useId(staticId);
    seen.push(id);
    return <p id={id}>x</p>;
  }

  test('is React’s id with Mantine’s prefix, the same in the prerender and in the browser', async () => {
    const markup = renderToString(<Ids seen={[]} />);
    const container = document.createElement('div');
    container.innerHTML = markup;
    document.body.append(container);
    const prerenderedId = container.querySelector('p')?.id ?? '';
    expect(prerenderedId).toMatch(/^mantine-\S+$/);
    const seen: string[] = [];
    await act(async () => {
      hydrateRoot(container, <Ids seen={seen} />);
    });
    // Never replaced after mount: one value, the prerendered one.
    expect(new Set(seen)).toEqual(new Set([prerenderedId]));
    expect(container.querySelector('p')?.id).toBe(prerenderedId);
    container.remove();
  });

  test('a static id is used as given', () => {
    const seen: string[] = [];
    render(<Ids seen={seen} staticId="given" />);
    expect(seen).toEqual(['given']);
  });
});

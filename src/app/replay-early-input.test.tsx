import { act, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { actionsToReplay, replayEarlyInput } from './replay-early-input';
import type { EarlyAction } from './replay-early-input';

const a = {} as EventTarget;
const b = {} as EventTarget;
const button = {} as EventTarget;

describe('which early actions are replayed', () => {
  test.each<[string, EarlyAction[], EarlyAction[]]>([
    ['nothing done', [], []],
    [
      'typing "1", "10", "100" is one edit, its last value',
      [
        { target: a, name: 'x', value: '1' },
        { target: a, name: 'x', value: '10' },
        { target: a, name: 'x', value: '100' },
      ],
      [{ target: a, name: 'x', value: '100' }],
    ],
    [
      'a click after typing stays after it (Reset after an edit still resets)',
      [
        { target: a, name: 'x', value: '5' },
        { target: button, name: null, value: null },
      ],
      [
        { target: a, name: 'x', value: '5' },
        { target: button, name: null, value: null },
      ],
    ],
    [
      'a control typed into again after a click keeps its place after the click',
      [
        { target: a, name: 'x', value: '5' },
        { target: button, name: null, value: null },
        { target: a, name: 'x', value: '6' },
        { target: b, name: 'y', value: true },
      ],
      [
        { target: button, name: null, value: null },
        { target: a, name: 'x', value: '6' },
        { target: b, name: 'y', value: true },
      ],
    ],
    [
      'every click is replayed, twice if clicked twice',
      [
        { target: button, name: null, value: null },
        { target: button, name: null, value: null },
      ],
      [
        { target: button, name: null, value: null },
        { target: button, name: null, value: null },
      ],
    ],
  ])('%s', (_label, actions, expected) => {
    expect(actionsToReplay(actions)).toEqual(expected);
  });
});

/** A controlled form like the builder's: its state is what React was told, not the DOM. */
function Form({ onState }: { onState: (state: Record<string, unknown>) => void }) {
  const [steps, setSteps] = useState('1');
  const [version, setVersion] = useState('2.2');
  const [none, setNone] = useState(true);
  const [clicks, setClicks] = useState(0);
  onState({ steps, version, none, clicks });
  return (
    <form>
      <input name="steps" value={steps} onChange={(event) => setSteps(event.target.value)} />
      <select name="version" value={version} onChange={(event) => setVersion(event.target.value)}>
        <option value="2.2">2.2</option>
        <option value="2.7">2.7</option>
      </select>
      <input
        type="checkbox"
        name="none"
        checked={none}
        onChange={(event) => setNone(event.target.checked)}
      />
      <button type="button" onClick={() => setClicks((count) => count + 1)}>
        Count
      </button>
    </form>
  );
}

describe('replaying into the hydrated page', () => {
  // These tests drive React themselves (hydrateRoot), inside act().
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  });
  afterEach(() => {
    document.body.replaceChildren();
    delete window.__earlyInput;
  });

  test('typed, picked, ticked and clicked before hydration: React gets each as an edit', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Form onState={() => {}} />);
    document.body.append(container);
    const steps = container.querySelector<HTMLInputElement>('input[name=steps]')!;
    const version = container.querySelector<HTMLSelectElement>('select')!;
    const none = container.querySelector<HTMLInputElement>('input[name=none]')!;
    const count = container.querySelector<HTMLButtonElement>('button')!;
    // What the visitor did in the static page, as index.html's script records it.
    steps.value = '17';
    version.value = '2.7';
    none.checked = false;
    window.__earlyInput = {
      actions: [
        { target: steps, name: 'steps', value: '17' },
        { target: version, name: 'version', value: '2.7' },
        { target: none, name: 'none', value: false },
        { target: count, name: null, value: null },
      ],
      stop: () => {},
    };
    let state: Record<string, unknown> = {};
    await act(async () => {
      hydrateRoot(container, <Form onState={(next) => (state = next)} />, {
        onRecoverableError: () => {},
      });
    });
    expect(state).toEqual({ steps: '1', version: '2.2', none: true, clicks: 0 });
    let replayed = 0;
    await act(async () => {
      replayed = await replayEarlyInput();
    });
    expect(replayed).toBe(4);
    expect(state).toEqual({ steps: '17', version: '2.7', none: false, clicks: 1 });
    expect(window.__earlyInput).toBeUndefined();
  });

  test('a value put back to the prerendered one is not replayed', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Form onState={() => {}} />);
    document.body.append(container);
    const steps = container.querySelector<HTMLInputElement>('input[name=steps]')!;
    let stopped = false;
    window.__earlyInput = {
      actions: [
        { target: steps, name: 'steps', value: '12' },
        { target: steps, name: 'steps', value: '1' },
      ],
      stop: () => (stopped = true),
    };
    let state: Record<string, unknown> = {};
    await act(async () => {
      hydrateRoot(container, <Form onState={(next) => (state = next)} />);
    });
    let replayed = -1;
    await act(async () => {
      replayed = await replayEarlyInput();
    });
    expect(stopped).toBe(true);
    expect(replayed).toBe(0);
    expect(state).toMatchObject({ steps: '1' });
  });
});

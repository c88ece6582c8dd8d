/**
 * What a visitor does in the prerendered page before its script runs (ADR 9): index.html's
 * inline script records it in `window.__earlyInput`, in order: each control's value as it
 * changed, and each button clicked (`value: null`). Hydration puts each control back to the
 * state's value and attaches the handlers, so the actions are then replayed as the browser's
 * own events: React, react-hook-form and the history take them as edits.
 */
export interface EarlyAction {
  target: EventTarget;
  /** The control's name: it finds the control again if an earlier edit re-created it. */
  name: string | null;
  /** A control's new value (a checkbox's `checked`), or null for a click. */
  value: string | boolean | null;
}

interface EarlyInputRecorder {
  actions: EarlyAction[];
  stop: () => void;
}

declare global {
  interface Window {
    __earlyInput?: EarlyInputRecorder;
  }
}

type ValueControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isValueControl(target: EventTarget): target is ValueControl {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}

/** The value the prerendered page gave the control (its HTML attributes). */
function prerenderedValue(control: ValueControl): string {
  if (control instanceof HTMLSelectElement) {
    const options = [...control.options];
    return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
  }
  return control.defaultValue;
}

/**
 * Types `value` into the control as a user would. React tells a user's change from its own by a
 * tracker on the element's value property: it is first told the prerendered value (through the
 * property), then the browser's own setter puts the typed value, and the event reports a change.
 */
function typeInto(control: ValueControl, value: string) {
  control.value = prerenderedValue(control);
  const property = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(control) as object,
    'value',
  );
  property?.set?.call(control, value);
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Each control's last value, at the place of its last change, and every click, in order: typing
 * "1", "10", "100" is one edit, and a click on Reset after typing still resets.
 */
export function actionsToReplay(actions: readonly EarlyAction[]): EarlyAction[] {
  const lastChange = new Map<EventTarget, number>();
  actions.forEach((action, index) => {
    if (action.value !== null) lastChange.set(action.target, index);
  });
  return actions.filter(
    (action, index) => action.value === null || lastChange.get(action.target) === index,
  );
}

/**
 * The element the action is for: itself, or the control of the same name that replaced it (a
 * version change re-creates the argument controls). A button that is gone is not guessed at.
 */
function currentElement(action: EarlyAction): HTMLElement | null {
  const { target, name } = action;
  if (target instanceof HTMLElement && target.isConnected) return target;
  if (name === null) return null;
  const named = document.getElementsByName(name);
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** A task of its own: React renders each replayed edit before the next reads the state. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Stops recording and replays what the visitor did. Resolves to how many actions were replayed. */
export async function replayEarlyInput(): Promise<number> {
  const recorder = window.__earlyInput;
  if (!recorder) return 0;
  recorder.stop();
  delete window.__earlyInput;
  let replayed = 0;
  for (const action of actionsToReplay(recorder.actions)) {
    await nextTask();
    const { value } = action;
    const target = currentElement(action);
    if (target === null) continue;
    if (value === null) {
      if (target instanceof HTMLButtonElement && target.disabled) continue;
      target.click();
    } else if (target instanceof HTMLInputElement && typeof value === 'boolean') {
      if (value === target.defaultChecked) continue;
      // A checkbox or switch: back to the prerendered state, then a click, as the user's was.
      target.checked = target.defaultChecked;
      target.click();
    } else if (isValueControl(target) && typeof value === 'string') {
      if (value === prerenderedValue(target)) continue;
      typeInto(target, value);
    } else {
      continue;
    }
    replayed += 1;
  }
  return replayed;
}

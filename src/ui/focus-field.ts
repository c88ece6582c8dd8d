/**
 * The attribute that marks a field's name in its label (the config form's arguments, the training
 * run's `run.<name>` fields): what the warnings name, and `focusField` finds. Features never import
 * each other; they meet in the page's DOM through this one attribute.
 */
export const FIELD_NAME_ATTRIBUTE = 'data-field-name';

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button';

function usable(element: Element | null | undefined): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.matches(FOCUSABLE) &&
    !(element as HTMLInputElement).disabled
  );
}

/**
 * Brings the field named `name` into the middle of the screen and focuses its control: the one its
 * label is for, or else (a group of checkboxes, a disabled input and the box that enables it) the
 * first usable control after its name. Returns false when the page shows no such field.
 */
export function focusField(name: string): boolean {
  const mark = document.querySelector(`[${FIELD_NAME_ATTRIBUTE}="${CSS.escape(name)}"]`);
  if (mark === null) return false;
  const label = mark.closest('label');
  let target: HTMLElement | null = usable(label?.control) ? label.control : null;
  if (target === null) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = mark;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (usable(node as Element)) {
        target = node as HTMLElement;
        break;
      }
    }
  }
  if (target === null) return false;
  // The label and its notes come into view with the control, not the control alone at an edge.
  (label ?? mark).scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}

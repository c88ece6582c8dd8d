import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { focusField } from './focus-field';

// jsdom lays nothing out: scrolling is recorded, not done.
const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
});
afterEach(() => {
  document.body.innerHTML = '';
});

function page(html: string) {
  document.body.innerHTML = html;
}

describe('focusField', () => {
  test.each<[string, string, string, string]>([
    [
      'the control its label is for',
      `<label id="l" for="a"><span data-field-name="save_checkpoint_steps">save_checkpoint_steps</span></label>
       <input id="b"><input id="a">`,
      'save_checkpoint_steps',
      'a',
    ],
    [
      'a switch, whose label follows its input',
      `<input id="sw" type="checkbox" role="switch">
       <label id="l" for="sw"><span data-field-name="run.dataset_sink_mode">dataset_sink_mode</span></label>
       <input id="next">`,
      'run.dataset_sink_mode',
      'sw',
    ],
    [
      'a disabled input: the box that enables it, after it',
      `<label id="l" for="dir"><span data-field-name="directory">directory</span></label>
       <input id="dir" disabled><input id="none" type="checkbox">`,
      'directory',
      'none',
    ],
    [
      'a group labelled by a div: its first control',
      `<div id="l"><span data-field-name="append_info">append_info</span></div>
       <input type="hidden" name="x"><input id="first" type="checkbox"><input type="checkbox">`,
      'append_info',
      'first',
    ],
  ])('%s', (_label, html, name, focused) => {
    page(html);
    expect(focusField(name)).toBe(true);
    expect(document.activeElement?.id).toBe(focused);
    // The label is brought into view, or the name itself where there is no label element.
    const mark = document.querySelector(`[data-field-name="${name}"]`)!;
    expect(scrolled).toEqual([mark.closest('label') ?? mark]);
  });

  test('a field the page does not show: nothing moves', () => {
    page(`<label for="a"><span data-field-name="prefix">prefix</span></label><input id="a">`);
    const before = document.activeElement;
    expect(focusField('run.epoch')).toBe(false);
    expect(focusField('pre"fix')).toBe(false);
    expect(document.activeElement).toBe(before);
    expect(scrolled).toEqual([]);
  });
});

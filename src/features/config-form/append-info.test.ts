import { describe, expect, test } from 'vitest';
import type { PyValue } from '../../core/index';
import {
  appendInfoParts,
  appendInfoValue,
  entryType,
  freshKey,
  replaceEntry,
  storedFloat,
} from './append-info';

describe('append_info as the form edits it', () => {
  test.each<[string, PyValue, ReturnType<typeof appendInfoParts>]>([
    ['None', null, { epoch: false, step: false, dict: null }],
    ['the two counters', ['epoch_num', 'step_num'], { epoch: true, step: true, dict: null }],
    [
      'a counter and a dict',
      ['step_num', { lr: 0.1 }],
      { epoch: false, step: true, dict: { lr: 0.1 } },
    ],
    ['a tuple (E09) is not editable', { $py: 'tuple', items: ['epoch_num'] }, null],
    ['an unknown str (E11) is not editable', ['foo'], null],
    ['two dicts (E12) are not editable', [{ a: 1 }, { b: 2 }], null],
    ['a str (E09) is not editable', 'epoch_num', null],
  ])('%s', (_label, value, expected) => {
    expect(appendInfoParts(value)).toEqual(expected);
  });

  test.each<[string, Parameters<typeof appendInfoValue>[0], PyValue]>([
    ['nothing is None', { epoch: false, step: false, dict: null }, null],
    [
      'counters first, in MindSpore order',
      { epoch: true, step: true, dict: null },
      ['epoch_num', 'step_num'],
    ],
    ['an empty dict stays (it gives {} not None)', { epoch: false, step: false, dict: {} }, [{}]],
  ])('%s', (_label, parts, expected) => {
    expect(appendInfoValue(parts)).toEqual(expected);
  });

  test.each<[string, PyValue, string]>([
    ['int', 3, 'int'],
    ['float', 0.5, 'float'],
    ['integral float', { $py: 'float', value: '2.0' }, 'float'],
    ['bool', true, 'bool'],
    ['str', 'x', 'str'],
    ['None', null, 'other'],
    ['list', [1], 'other'],
  ])('entry type of %s', (_label, value, expected) => {
    expect(entryType(value)).toBe(expected);
  });

  test('an integral float keeps its ".0" so that it stays a float', () => {
    expect(storedFloat(2)).toEqual({ $py: 'float', value: '2.0' });
    expect(storedFloat(0.25)).toBe(0.25);
  });

  test('renaming an entry keeps the order; fresh keys do not collide', () => {
    expect(Object.keys(replaceEntry({ a: 1, b: 2, c: 3 }, 1, 'z', 2))).toEqual(['a', 'z', 'c']);
    expect(freshKey({ key: 1, key_2: 2 })).toBe('key_3');
  });
});

import { describe, expect, test } from 'vitest';
import type { PyValue } from '../core/index';
import { DEFAULT_ENC_KEY_REF } from '../core/index';
import { pyRepr } from './py-repr';

describe('pyRepr writes stored values as Python prints them', () => {
  test.each<[string, PyValue, string]>([
    ['None', null, 'None'],
    ['True', true, 'True'],
    ['an int', 1000, '1000'],
    ['a float', 1.5, '1.5'],
    ['a small float in exponent form', 0.00001, '1e-05'],
    ['an integral float', { $py: 'float', value: '1.0' }, '1.0'],
    ['a big int', { $py: 'int', value: '100000000000000000000' }, '100000000000000000000'],
    ['a str', 'CKP', "'CKP'"],
    ['a str with a quote', "it's", '"it\'s"'],
    ['a str with a newline', 'a\nb', "'a\\nb'"],
    ['a list', ['epoch_num', { lr: 0.1 }], "['epoch_num', {'lr': 0.1}]"],
    ['a one-element tuple', { $py: 'tuple', items: ['epoch_num'] }, "('epoch_num',)"],
    ['a numpy scalar', { $py: 'numpy', type: 'int64', value: 5 }, 'np.int64(5)'],
    ['a name from pasted code', { $py: 'name', name: 'cfg.steps' }, 'cfg.steps'],
  ])('%s', (_label, value, expected) => {
    expect(pyRepr(value)).toBe(expected);
  });

  test('bytes show only their length, never their content', () => {
    const text = pyRepr({ $py: 'bytes', hex: '00112233445566778899aabbccddeeff' });
    expect(text).toBe('<bytes of length 16>');
  });

  test('an enc_key reference is described by source, name and length', () => {
    expect(pyRepr(DEFAULT_ENC_KEY_REF)).toBe('<bytes of 16 bytes from env MS_CKPT_ENC_KEY>');
  });
});

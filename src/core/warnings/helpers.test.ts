import { describe, expect, test } from 'vitest';
import { closestArgument } from './catalogue/unknown-keyword';
import { looksPerRank } from './catalogue/shared-directory';
import { splitExt } from './edit';
import { argumentsFor } from '../versions';

describe('splitExt (spec §6.2: leading dots do not start an extension)', () => {
  test.each([
    ['CKP-1_1.ckpt', '.ckpt'],
    ['a.ckpt', '.ckpt'],
    ['.ckpt', ''],
    ['..ckpt', ''],
    ['CKP-graph.meta', '.meta'],
    ['a.b.safetensors', '.safetensors'],
    ['noext', ''],
    ['dir.d/file', ''],
  ])('%s → %s', (name, extension) => {
    expect(splitExt(name)).toBe(extension);
  });
});

describe('looksPerRank', () => {
  test.each([
    ['./ckpt', false],
    [null, false],
    ['./ckpt/rank_0', true],
    ['./ckpt/device_id', true],
    [{ $py: 'expr', source: "'./ckpt_' + str(get_rank())" }, true],
    [{ $py: 'name', name: 'ckpt_dir' }, false],
    [{ $py: 'name', name: 'rank_dir' }, true],
  ] as const)('%j → %s', (value, perRank) => {
    expect(looksPerRank(value)).toBe(perRank);
  });
});

describe('closestArgument', () => {
  const names = argumentsFor('2.2').map((argument) => argument.name);
  test.each([
    ['keep_checkpoints_max', 'keep_checkpoint_max'],
    ['save_checkpoint_step', 'save_checkpoint_steps'],
    ['Async_Save', 'async_save'],
    ['foo', undefined],
    ['crc_check', undefined],
  ])('%s → %s', (name, closest) => {
    expect(closestArgument(name, names)).toBe(closest);
  });
});

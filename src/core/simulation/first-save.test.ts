import { describe, expect, test } from 'vitest';
import { DEFAULT_ENC_KEY_REF } from '../config/enc-key';
import { completeState, type PartialBuilderState } from '../config/state';
import type { MindSporeVersion } from '../versions';
import { firstSaveError } from './first-save';

const key = (length: number) => ({ ...DEFAULT_ENC_KEY_REF, length });
const codeOf = (partial: PartialBuilderState) =>
  firstSaveError(completeState(partial))?.code ?? null;

describe('firstSaveError: encryption (E31, spec §5.2)', () => {
  test.each([
    { mode: 'AES-GCM', length: 16, code: null },
    { mode: 'AES-GCM', length: 24, code: null },
    { mode: 'AES-GCM', length: 32, code: null },
    { mode: 'AES-GCM', length: 20, code: 'E31' },
    { mode: 'AES-CBC', length: 32, code: null },
    { mode: 'AES-CBC', length: 8, code: 'E31' },
    { mode: 'SM4-CBC', length: 16, code: null },
    { mode: 'SM4-CBC', length: 32, code: 'E31' },
    { mode: 'aes-gcm', length: 16, code: 'E31' },
    { mode: 'foo', length: 16, code: 'E31' },
    { mode: 'AES-GCM', length: 0, code: 'E31' },
  ])('$mode with a $length-byte key → $code', ({ mode, length, code }) => {
    expect(codeOf({ config: { enc_key: key(length), enc_mode: mode } })).toBe(code);
  });

  test('without a key the mode is never checked', () => {
    expect(codeOf({ config: { enc_key: null, enc_mode: 'foo' } })).toBeNull();
  });

  test('the message is MindSpore’s', () => {
    expect(firstSaveError(completeState({ config: { enc_key: key(5) } }))).toEqual({
      kind: 'ValueError',
      message: 'Encrypt failed',
      code: 'E31',
    });
  });
});

describe('firstSaveError: format, redundancy and integrated save, in MindSpore’s order', () => {
  const versions: MindSporeVersion[] = ['2.2', '2.3', '2.4', '2.5', '2.6', '2.7'];
  test.each(versions.map((version) => ({ version, expected: version < '2.4' ? null : 'E32' })))(
    "format='pt' on $version → $expected",
    ({ version, expected }) => {
      expect(codeOf({ mindspore_version: version, config: { format: 'pt' } })).toBe(expected);
    },
  );

  test.each<{
    label: string;
    version: MindSporeVersion;
    run: PartialBuilderState['run'];
    code: string | null;
  }>([
    { label: '2.3 ignores remove_redundancy', version: '2.3', run: {}, code: null },
    {
      label: '2.4 stand_alone → E33',
      version: '2.4',
      run: { parallel_mode: 'stand_alone' },
      code: 'E33',
    },
    {
      label: '2.5 data_parallel, 1 device → none',
      version: '2.5',
      run: { parallel_mode: 'data_parallel', device_num: 1 },
      code: null,
    },
    {
      label: '2.6 one device → E34',
      version: '2.6',
      run: { parallel_mode: 'data_parallel', device_num: 1 },
      code: 'E34',
    },
    {
      label: '2.7 eight devices → none',
      version: '2.7',
      run: { parallel_mode: 'data_parallel', device_num: 8 },
      code: null,
    },
  ])('remove_redundancy: $label', ({ version, run, code }) => {
    expect(codeOf({ mindspore_version: version, config: { remove_redundancy: true }, run })).toBe(
      code,
    );
  });

  test('E33 comes before E32, E32 before E35, E35 before E31', () => {
    const all = {
      remove_redundancy: true,
      format: 'pt',
      enc_key: key(5),
    };
    const pipeline = {
      parallel_mode: 'semi_auto_parallel' as const,
      pipeline_stages: 2,
      device_num: 8,
    };
    expect(
      codeOf({ mindspore_version: '2.4', config: all, run: { parallel_mode: 'stand_alone' } }),
    ).toBe('E33');
    expect(
      codeOf({
        mindspore_version: '2.4',
        config: { format: 'pt', enc_key: key(5) },
        run: pipeline,
      }),
    ).toBe('E32');
    expect(codeOf({ mindspore_version: '2.4', config: { enc_key: key(5) }, run: pipeline })).toBe(
      'E35',
    );
    expect(codeOf({ mindspore_version: '2.2', config: { enc_key: key(5) }, run: pipeline })).toBe(
      'E35',
    );
    expect(codeOf({ mindspore_version: '2.2', config: { enc_key: key(5) } })).toBe('E31');
  });

  test.each<{
    label: string;
    config: PartialBuilderState['config'];
    run: PartialBuilderState['run'];
    code: string | null;
  }>([
    {
      label: 'semi_auto_parallel, 2 stages',
      config: {},
      run: { parallel_mode: 'semi_auto_parallel', pipeline_stages: 2 },
      code: 'E35',
    },
    {
      label: 'auto_parallel, 4 stages',
      config: {},
      run: { parallel_mode: 'auto_parallel', pipeline_stages: 4 },
      code: 'E35',
    },
    {
      label: 'hybrid_parallel is not auto parallel',
      config: {},
      run: { parallel_mode: 'hybrid_parallel', pipeline_stages: 2 },
      code: null,
    },
    {
      label: 'one stage',
      config: {},
      run: { parallel_mode: 'auto_parallel', pipeline_stages: 1 },
      code: null,
    },
    {
      label: 'integrated_save=False',
      config: { integrated_save: false },
      run: { parallel_mode: 'auto_parallel', pipeline_stages: 2 },
      code: null,
    },
    {
      label: 'remove_redundancy passes integrated_save=False (2.6)',
      config: { remove_redundancy: true },
      run: { parallel_mode: 'auto_parallel', pipeline_stages: 2, device_num: 8 },
      code: null,
    },
  ])('integrated_save with pipelines: $label', ({ config, run, code }) => {
    expect(codeOf({ mindspore_version: '2.6', config, run })).toBe(code);
  });

  test('messages of E32, E33, E34 and E35', () => {
    const message = (partial: PartialBuilderState) =>
      firstSaveError(completeState(partial))?.message;
    expect(message({ mindspore_version: '2.5', config: { format: 'Ckpt' } })).toBe(
      "For 'save_checkpoint', the format must be 'safetensors' or 'ckpt', but got Ckpt.",
    );
    expect(message({ mindspore_version: '2.5', config: { remove_redundancy: true } })).toBe(
      'The deduplication feature for saving checkpoint can only be used in parallel scenarios, but got stand_alone.',
    );
    expect(message({ mindspore_version: '2.6', config: { remove_redundancy: true } })).toBe(
      "The deduplication feature for saving checkpoint can only be used in parallel scenarios, but got 'stand_alone'.",
    );
    expect(message({ run: { parallel_mode: 'semi_auto_parallel', pipeline_stages: 2 } })).toBe(
      "Pipeline Parallel don't support Integrated save checkpoint now.",
    );
  });
});

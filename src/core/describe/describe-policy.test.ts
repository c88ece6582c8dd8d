import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { completeState, type PartialBuilderState } from '../config/state';
import { simulate } from '../simulation/simulate';
import { describePolicy } from './describe-policy';
import { MINDSPORE_VERSIONS } from '../versions';

const GRAPH_SINK = { epoch: 6, dataset_size: 300, dataset_sink_mode: true, sink_size: 100 };

type Row = [label: string, state: PartialBuilderState, en: string, zh: string];

/** A key MindSpore's encryption refuses at the write (AES-GCM takes 16, 24 or 32 bytes). */
const SHORT_KEY = { source: 'env', name: 'CKPT_KEY', length: 7, type: 'bytes' } as const;

const ROWS: Row[] = [
  [
    'steps with a step time, seconds ignored',
    {
      config: { save_checkpoint_steps: 1000, save_checkpoint_seconds: 60 },
      run: { step_seconds: 1.5 },
    },
    'Saves every 1,000 steps — about every 25 minutes at 1.5 s per step — and keeps the 5 newest files. save_checkpoint_seconds is ignored because save_checkpoint_steps is set.',
    '每 1,000 步保存一次（按每步 1.5 秒计，约每 25 分钟一次），保留最新的 5 个文件。由于设置了 save_checkpoint_steps，save_checkpoint_seconds 被忽略。',
  ],
  [
    'the defaults',
    {},
    'Saves after every step and keeps the 5 newest files.',
    '每个 step 之后都保存，保留最新的 5 个文件。',
  ],
  [
    'keep one',
    { config: { save_checkpoint_steps: 100, keep_checkpoint_max: 1 }, run: { step_seconds: 36 } },
    'Saves every 100 steps — about every 1 hour at 36 s per step — and keeps only the newest file.',
    '每 100 步保存一次（按每步 36 秒计，约每 1 小时一次），只保留最新的一个文件。',
  ],
  [
    'graph-sink drift (spec V11)',
    { config: { save_checkpoint_steps: 150 }, run: { ...GRAPH_SINK, step_seconds: 0.5 } },
    'Saves every 200 steps, not 150, because in graph-mode data sink MindSpore checks only at the end of each 100-step sink — about every 100 seconds at 0.5 s per step — and keeps the 5 newest files.',
    '每 200 步保存一次（而不是 150 步），因为图模式数据下沉时 MindSpore 只在每次 100 步的下沉结束时检查（按每步 0.5 秒计，约每 100 秒一次），保留最新的 5 个文件。',
  ],
  [
    'every sink',
    { run: GRAPH_SINK },
    'Saves at the end of every 100-step sink and keeps the 5 newest files.',
    '每次 100 步的下沉结束时都保存，保留最新的 5 个文件。',
  ],
  [
    'seconds mode with per-n retention',
    {
      config: {
        save_checkpoint_steps: 0,
        save_checkpoint_seconds: 600,
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 30,
      },
      run: { step_seconds: 1, save_seconds: 0 },
    },
    'Saves about every 10 minutes (at the first step end more than 600 s after the previous save) and keeps about one file per 30 minutes, without limit.',
    '大约每 10 分钟保存一次（距上次保存超过 600 秒后的第一个 step 结束时），大约每 30 分钟保留一个文件，数量不设上限。',
  ],
  [
    'seconds mode in graph sink, per minute',
    {
      config: {
        save_checkpoint_steps: null,
        save_checkpoint_seconds: 60,
        keep_checkpoint_max: null,
        keep_checkpoint_per_n_minutes: 1,
      },
      run: { ...GRAPH_SINK, step_seconds: 1, save_seconds: 0 },
    },
    'Saves about every 100 seconds (at the first end of a 100-step sink more than 60 s after the previous save) and keeps about one file per minute, without limit.',
    '大约每 100 秒保存一次（距上次保存超过 60 秒后的第一次 100 步下沉结束时），大约每分钟保留一个文件，数量不设上限。',
  ],
  [
    'never saves',
    { config: { save_checkpoint_steps: 0, save_checkpoint_seconds: null } },
    'Never saves: save_checkpoint_steps and save_checkpoint_seconds are both 0 or None, so not even the final save at the end of training is written.',
    '永远不会保存：save_checkpoint_steps 和 save_checkpoint_seconds 都是 0 或 None，连训练结束时的最后一次保存也不会写出。',
  ],
  [
    'max forced to one, per_n ignored is not claimed',
    {
      config: {
        save_checkpoint_steps: 2,
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 0,
      },
      run: { step_seconds: 30 },
    },
    'Saves every 2 steps — about every 1 minute at 30 s per step — and keeps only the newest file (with both retention settings 0/None MindSpore uses keep_checkpoint_max = 1).',
    '每 2 步保存一次（按每步 30 秒计，约每 1 分钟一次），只保留最新的一个文件（两个保留参数都是 0/None 时，MindSpore 使用 keep_checkpoint_max = 1）。',
  ],
  [
    'per_n ignored',
    {
      config: {
        save_checkpoint_steps: 10,
        keep_checkpoint_max: 3,
        keep_checkpoint_per_n_minutes: 5,
      },
      run: { step_seconds: 1 },
    },
    'Saves every 10 steps — about every 10 seconds at 1 s per step — and keeps the 3 newest files. keep_checkpoint_per_n_minutes is ignored because keep_checkpoint_max is set.',
    '每 10 步保存一次（按每步 1 秒计，约每 10 秒一次），保留最新的 3 个文件。由于设置了 keep_checkpoint_max，keep_checkpoint_per_n_minutes 被忽略。',
  ],
  [
    'interval longer than the run (spec V3)',
    {
      config: { save_checkpoint_steps: 1875, keep_checkpoint_max: 10 },
      run: { epoch: 1, dataset_size: 938 },
    },
    'Saves only once, at the end of training, because the interval of 1,875 steps is longer than this 938-step run, and keeps the 10 newest files.',
    '只在训练结束时保存一次，因为 1,875 步的间隔超过了本次训练的 938 步，保留最新的 10 个文件。',
  ],
  [
    'seconds longer than the run',
    {
      config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 10 },
      run: { epoch: 1, dataset_size: 10, step_seconds: 1, startup_seconds: 0 },
    },
    'Saves only once, at the end of training, because save_checkpoint_seconds = 10 is longer than this run, and keeps the 5 newest files.',
    '只在训练结束时保存一次，因为 save_checkpoint_seconds = 10 超过了本次训练的时长，保留最新的 5 个文件。',
  ],
  [
    'rejected values',
    { config: { save_checkpoint_steps: -1 } },
    'MindSpore rejects these values (see the errors), so nothing is saved.',
    'MindSpore 会拒绝这些参数值（见错误信息），因此不会保存任何文件。',
  ],
  [
    'all four 0 (E05)',
    {
      config: {
        save_checkpoint_steps: 0,
        save_checkpoint_seconds: 0,
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 0,
      },
    },
    'MindSpore rejects these values (see the errors), so nothing is saved.',
    'MindSpore 会拒绝这些参数值（见错误信息），因此不会保存任何文件。',
  ],
  // Any exception at construction, not only the four policy integers'.
  ...(
    [
      ['exception_save=1 (E06)', { config: { exception_save: 1 } }],
      ["prefix 'a/b' (E20, ModelCheckpoint)", { callback: { prefix: 'a/b' } }],
      [
        '2.4 safetensors with crc_check (E19)',
        { mindspore_version: '2.4', config: { format: 'safetensors', crc_check: true } },
      ],
    ] as const
  ).map(([label, partial]): Row => [
    label,
    partial,
    'MindSpore rejects these values (see the errors), so nothing is saved.',
    'MindSpore 会拒绝这些参数值（见错误信息），因此不会保存任何文件。',
  ]),
  [
    "2.4 format='pt' (E32 at the first save)",
    { mindspore_version: '2.4', config: { format: 'pt' } },
    'MindSpore raises at the first save (see the errors): training stops there, and no checkpoint is written.',
    'MindSpore 会在第一次保存时抛出异常（见错误信息）：训练就此停止，不会写出任何文件。',
  ],
  [
    'a 7-byte key for AES-GCM (E31), synchronous',
    { mindspore_version: '2.5', config: { enc_key: SHORT_KEY } },
    'MindSpore raises at the first save (see the errors): training stops there, and no checkpoint is written.',
    'MindSpore 会在第一次保存时抛出异常（见错误信息）：训练就此停止，不会写出任何文件。',
  ],
  [
    'a 7-byte key (E31) with async_save on 2.2: each save leaves an empty file',
    { mindspore_version: '2.2', config: { enc_key: SHORT_KEY, async_save: true } },
    'Every save fails in the background (see the errors): training goes on, but each save leaves only an empty file.',
    '每次保存都会在后台失败（见错误信息）：训练继续进行，但每次保存只留下一个空文件。',
  ],
  [
    "a 7-byte key (E31) with async_save='thread' on 2.5",
    { mindspore_version: '2.5', config: { enc_key: SHORT_KEY, async_save: 'thread' } },
    'Every save fails in the background (see the errors): training goes on, but no checkpoint is written.',
    '每次保存都会在后台失败（见错误信息）：训练继续进行，但不会写出任何文件。',
  ],
];

describe('describePolicy', () => {
  test.each(ROWS.filter(([, , en]) => !en.startsWith('Saves') && !en.startsWith('Never')))(
    '%s: the simulator agrees that MindSpore raises',
    (_label, partial) => {
      expect(simulate(completeState(partial), { maxEvents: 0 }).error).toBeDefined();
    },
  );

  test.each(ROWS)('%s (en)', (_label, partial, en) => {
    expect(describePolicy(completeState(partial), 'en')).toBe(en);
  });

  test.each(ROWS)('%s (zh)', (_label, partial, _en, zh) => {
    expect(describePolicy(completeState(partial), 'zh')).toBe(zh);
  });

  test.each(ROWS)('%s: the Chinese sentence holds no English prose', (_label, partial) => {
    const zh = describePolicy(completeState(partial), 'zh');
    // Only argument names, values and MindSpore's own words may stay in Latin letters.
    const words = zh.replace(/[a-z_]+_[a-z_]+|MindSpore|None|step|AES-GCM/g, '');
    expect(words).not.toMatch(/[A-Za-z]{3,}/);
  });

  test('any policy and run reads as whole sentences in both languages', () => {
    const int = fc.constantFrom(null, 0, 1, 2, 7, 150, 10 ** 6, -1, 1.5);
    const partial = fc.record({
      mindspore_version: fc.constantFrom(...MINDSPORE_VERSIONS),
      config: fc.record({
        save_checkpoint_steps: int,
        save_checkpoint_seconds: int,
        keep_checkpoint_max: int,
        keep_checkpoint_per_n_minutes: int,
        async_save: fc.boolean(),
      }),
      run: fc.record({
        epoch: fc.constantFrom(0, 1, 3, 1000),
        dataset_size: fc.constantFrom(1, 10, 300, 10 ** 5),
        dataset_sink_mode: fc.boolean(),
        sink_size: fc.constantFrom(-1, 0, 1, 100),
        mode: fc.constantFrom('GRAPH_MODE' as const, 'PYNATIVE_MODE' as const),
        device_target: fc.constantFrom('Ascend' as const, 'CPU' as const),
        step_seconds: fc.constantFrom(0, 0.01, 1.5, 3600),
        save_seconds: fc.constantFrom(0, 5, 600),
      }),
    });
    fc.assert(
      fc.property(partial, (value) => {
        const state = completeState(value);
        const en = describePolicy(state, 'en');
        const zh = describePolicy(state, 'zh');
        expect(en).toMatch(/^[A-Z].*\.$/s);
        expect(zh).toMatch(/。$/);
        expect(en + zh).not.toMatch(/\{\w+\}|NaN|undefined|Infinity/);
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 300 },
    );
  });
});

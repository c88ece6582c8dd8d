import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultState } from '../config/state';
import { builderStateSchema } from '../config/state-schema';
import { exportText } from './export-text';
import { namedStates } from './export-test-states';
import type { ImportOptions, ImportResult } from './import-result';
import { importMindFormersYaml } from './yaml-import';

/** The example of spec §11 (a real MindFormers config's shape). */
const SPEC_EXAMPLE = `callbacks:
  - type: MFLossMonitor
  - type: CheckpointMonitor
    prefix: "demo"
    save_checkpoint_steps: 1000
    keep_checkpoint_max: 2
    integrated_save: False
    async_save: False
    checkpoint_format: "safetensors"
`;

function accepted(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

function monitor(...lines: string[]): string {
  return ['callbacks:', '  - type: CheckpointMonitor', ...lines.map((line) => `    ${line}`)].join(
    '\n',
  );
}

describe('importMindFormersYaml', () => {
  test('the spec §11 example: rank 0 writes demo_rank_0-… into ./output/checkpoint/rank_0', () => {
    const { state, format, notes } = accepted(
      importMindFormersYaml(SPEC_EXAMPLE, { version: '2.4' }),
    );
    expect(format).toBe('yaml');
    const expected = defaultState('2.4');
    expected.config.save_checkpoint_steps = 1000;
    expected.config.keep_checkpoint_max = 2;
    expected.config.integrated_save = false;
    expected.config.format = 'safetensors';
    expected.config.append_info = [{ epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1 }];
    expected.callback = { prefix: 'demo_rank_0', directory: './output/checkpoint/rank_0' };
    expect(state).toEqual(expected);
    expect(notes.map((note) => note.id)).toEqual(['yaml-rank-paths', 'yaml-append-info-default']);
    // The state is the caller's: changing it changes no later import.
    (state.config.append_info as { loss_scale: number }[])[0]!.loss_scale = 99;
    const again = accepted(importMindFormersYaml(SPEC_EXAMPLE, { version: '2.4' }));
    expect(again.state.config.append_info).toEqual(expected.config.append_info);
  });

  test.each<[string, string, ImportOptions, string]>([
    ['the text says (builder comment)', '# MindSpore 2.6\n', { version: '2.3' }, '2.6'],
    ['the options say', '', { version: '2.3' }, '2.3'],
    ['nobody says: the default version', '', {}, '2.2'],
  ])('the version: %s', (_label, header, options, version) => {
    const { state, notes } = accepted(importMindFormersYaml(header + SPEC_EXAMPLE, options));
    expect(state.mindspore_version).toBe(version);
    const overridden = options.version !== undefined && options.version !== version;
    expect(notes.some((note) => note.id === 'version-from-comment')).toBe(overridden);
  });

  test('an unknown key is the TypeError MindFormers re-raises, with its line', () => {
    const result = importMindFormersYaml(monitor('prefix: a', 'save_steps: 5', 'foo: 1'));
    expect(result).toEqual({
      ok: false,
      format: 'yaml',
      errors: [
        {
          kind: 'TypeError',
          field: 'save_steps',
          line: 4,
          message: "CheckpointMonitor: got an unexpected keyword argument 'save_steps'",
        },
      ],
    });
  });

  test.each([
    [
      'an int',
      'prefix: 5',
      "CheckpointMonitor: unsupported operand type(s) for +: 'int' and 'str'",
    ],
    [
      'null',
      'prefix: ~',
      "CheckpointMonitor: unsupported operand type(s) for +: 'NoneType' and 'str'",
    ],
    ['a list', 'prefix: [a]', 'CheckpointMonitor: can only concatenate list (not "str") to list'],
    [
      'a directory that is no path',
      'directory: 5',
      'CheckpointMonitor: expected str, bytes or os.PathLike object, not int',
    ],
  ])('a prefix or directory MindFormers cannot join: %s', (_label, line, message) => {
    const result = importMindFormersYaml(monitor(line));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ kind: 'TypeError', message, line: 3 });
  });

  test('`None` in YAML is the string "None", as PyYAML reads it', () => {
    const { state } = accepted(importMindFormersYaml(monitor('prefix: None', 'enc_mode: None')));
    expect(state.callback.prefix).toBe('None_rank_0');
    expect(state.config.enc_mode).toBe('None');
  });

  test('`10:00` is 600 seconds, as PyYAML reads base 60: accepted with steps 0', () => {
    const { state } = accepted(
      importMindFormersYaml(monitor('save_checkpoint_steps: 0', 'save_checkpoint_seconds: 10:00')),
    );
    expect(state.config.save_checkpoint_seconds).toBe(600);
  });

  test('a falsy directory means output_dir, taken from the config when it has one', () => {
    const text = `output_dir: /data/run\n${monitor('directory: ""')}\nrunner_config:\n  epochs: 3\n  sink_mode: True\n  sink_size: 1\n`;
    const { state, notes } = accepted(importMindFormersYaml(text));
    expect(state.callback.directory).toBe('/data/run/checkpoint/rank_0');
    expect(state.run).toMatchObject({ epoch: 3, dataset_sink_mode: true, sink_size: 1 });
    expect(notes.map((note) => note.id)).toContain('yaml-runner-config');
  });

  test('a literal enc_key is E14 re-raised by CheckpointMonitor; the key is dropped, with a note why', () => {
    const result = importMindFormersYaml(monitor('enc_key: "0123456789abcdef"'));
    expect(result).toMatchObject({
      ok: false,
      format: 'yaml',
      errors: [
        {
          kind: 'ValueError',
          field: 'enc_key',
          code: 'E14',
          line: 3,
          message:
            "CheckpointMonitor: The parameter 'enc_key' must be isinstance of (<class 'NoneType'>, <class 'bytes'>), but got <key not shown>.",
        },
      ],
    });
    expect(JSON.stringify(result)).not.toContain('0123456789abcdef');
    if (result.ok) return;
    expect(result.state?.config.enc_key).toEqual({
      source: 'env',
      name: 'MS_CKPT_ENC_KEY',
      length: 16,
      type: 'str',
    });
    const note = result.notes?.find((item) => item.id === 'enc-key-literal-dropped');
    expect(note).toMatchObject({ field: 'enc_key', line: 3 });
    expect(note?.message).toMatch(/never keeps key material/);
  });

  test('keys only MindFormers reads, and checkpoint_format on a version without format', () => {
    const text = monitor('save_network_params: True', 'checkpoint_format: safetensors');
    const { state, notes } = accepted(importMindFormersYaml(text, { version: '2.2' }));
    expect(state.config.format).toBe('safetensors');
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'yaml-mindformers-only', field: 'save_network_params' }),
        expect.objectContaining({ id: 'yaml-ignored-by-version', field: 'format', line: 4 }),
      ]),
    );
  });

  // Spec §11, "Trainer overrides": the Trainer builds the callback from a YAML config.
  test('the Trainer’s append_info replaces the entry’s: the default dict, whatever the YAML says', () => {
    for (const given of ["append_info: ['foo']", "append_info: ['epoch_num']", 'append_info: []']) {
      const { state, notes } = accepted(importMindFormersYaml(monitor(given), { version: '2.6' }));
      expect(state.config.append_info).toEqual([
        { epoch_num: 0, step_num: 0, global_step: 0, loss_scale: 1 },
      ]);
      expect(notes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: 'yaml-append-info-replaced',
            field: 'append_info',
            line: 3,
          }),
        ]),
      );
    }
  });

  test('remove_redundancy with the ckpt format is the Trainer’s ValueError, with no monitor prefix', () => {
    for (const lines of [
      ['remove_redundancy: True'],
      ['checkpoint_format: ckpt', 'remove_redundancy: True'],
    ]) {
      const result = importMindFormersYaml(monitor(...lines), { version: '2.6' });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0]).toMatchObject({
        kind: 'ValueError',
        field: 'remove_redundancy',
        message: 'The format of checkpoint is ckpt which is not support remove redundancy.',
      });
      // The state was read, so the page can still show it.
      expect(result.state?.config.remove_redundancy).toBe(true);
    }
    expect(
      importMindFormersYaml(monitor('checkpoint_format: safetensors', 'remove_redundancy: True'), {
        version: '2.6',
      }).ok,
    ).toBe(true);
  });

  test('use_legacy: False at the top level turns ckpt into safetensors, before the checks', () => {
    const whole = (...lines: string[]) => `use_legacy: False\n${monitor(...lines)}`;
    const { state, notes } = accepted(
      importMindFormersYaml(whole('save_checkpoint_steps: 10'), { version: '2.6' }),
    );
    expect(state.config.format).toBe('safetensors');
    expect(notes).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'yaml-use-legacy-safetensors' })]),
    );
    // With safetensors, remove_redundancy is accepted, and an AES-CBC mode is E19.
    expect(importMindFormersYaml(whole('remove_redundancy: True'), { version: '2.6' }).ok).toBe(
      true,
    );
    const cbc = importMindFormersYaml(whole("enc_mode: 'AES-CBC'"), { version: '2.6' });
    expect(!cbc.ok && cbc.errors[0]?.message).toBe(
      "CheckpointMonitor: For 'save_checkpoint', when format is 'safetensors', other param must be default.",
    );
    // use_legacy True (or absent) leaves ckpt as it is.
    const legacy = accepted(
      importMindFormersYaml(`use_legacy: True\n${monitor('save_checkpoint_steps: 10')}`, {
        version: '2.6',
      }),
    );
    expect(legacy.state.config.format).toBe('ckpt');
  });

  test('a bare list of callbacks, or the CheckpointMonitor mapping alone, reads too', () => {
    const list = accepted(importMindFormersYaml('- type: CheckpointMonitor\n  prefix: x'));
    const entry = accepted(importMindFormersYaml('type: CheckpointMonitor\nprefix: x'));
    expect(list.state.callback.prefix).toBe('x_rank_0');
    expect(entry.state).toEqual(list.state);
  });

  test.each([
    [
      'saved_network is a str, not a Cell (E04)',
      'saved_network: net',
      "CheckpointMonitor: For 'CheckpointConfig', the type of 'saved_network' must be None or Cell, but got <class 'str'>.",
    ],
    [
      'the all-zero policy (E05), as in spec §11',
      'save_checkpoint_steps: 0\n    keep_checkpoint_max: 0',
      "CheckpointMonitor: For 'CheckpointConfig', the input arguments 'save_checkpoint_steps', 'save_checkpoint_seconds', 'keep_checkpoint_max' and 'keep_checkpoint_per_n_minutes' can't be all None or 0.",
    ],
  ])(
    'an error MindSpore raises carries the CheckpointMonitor: prefix: %s',
    (_label, line, message) => {
      const result = importMindFormersYaml(monitor(line));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((error) => error.message)).toEqual([message]);
    },
  );

  test.each([
    ['no CheckpointMonitor', 'callbacks:\n  - type: MFLossMonitor', 'Unsupported', undefined],
    ['an empty paste', '', 'Unsupported', undefined],
    [
      'unreadable YAML',
      'callbacks:\n  - type: CheckpointMonitor\n    prefix: "x',
      'SyntaxError',
      3,
    ],
  ])('%s is refused with a clear error', (_label, text, kind, line) => {
    const result = importMindFormersYaml(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.kind).toBe(kind);
      expect(result.errors[0]?.line).toBe(line);
      if (line !== undefined) expect(result.errors[0]?.column).toBeGreaterThanOrEqual(1);
      expect(result.errors[0]?.message.length).toBeGreaterThan(20);
    }
  });

  test('never throws on mangled YAML, and answers in its documented shape', () => {
    const sources = [
      SPEC_EXAMPLE,
      ...Object.values(namedStates()).map((state) => exportText(state, 'yaml')),
    ];
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.oneof(
        fc.constantFrom(':', '-', ' ', '  ', '\n', '"', "'", '[', '{', '#', '\t', '&a', '|', '~'),
        fc.string({ maxLength: 3 }),
      ),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.array(edit, { maxLength: 4 }),
        (source, edits) => {
          let text = source;
          for (const { at, remove, insert } of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + remove);
          }
          const result = importMindFormersYaml(text);
          if (result.ok) {
            expect(builderStateSchema.safeParse(result.state).success).toBe(true);
          } else {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors) {
              expect(error.message.length).toBeGreaterThan(0);
              if (error.kind === 'SyntaxError') {
                expect(error.line).toBeGreaterThanOrEqual(1);
                expect(error.column).toBeGreaterThanOrEqual(1);
              }
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultState, samePyValue } from '../config/state';
import { builderStateSchema } from '../config/state-schema';
import { isEncKeyRef } from '../config/enc-key';
import { argumentsFor } from '../versions';
import { pyFloatRepr } from '../python/repr';
import { exportText, type ExportFormat } from './export-text';
import { importText } from './import-text';
import { anyState, validPythonState, validYamlState } from './export-test-states';
import { MINDFORMERS_APPEND_INFO, MONITOR_CONFIG_KEYS } from './yaml-mindformers';
import { importMindFormersYaml } from './yaml-import';
import { pythonBytesRepr, pythonStrRepr } from './python-export';

const FORMATS: ExportFormat[] = ['json', 'typescript', 'python', 'yaml'];

// importText lives on another branch (issue 2). Until it reads text, the round trips through it
// are skipped rather than red; they run as soon as it does.
const jsonImportWorks = importText(exportText(defaultState(), 'json')).ok;
const pythonImportWorks = importText(
  'from mindspore.train import CheckpointConfig\nconfig = CheckpointConfig(keep_checkpoint_max=3)\n',
).ok;

describe('Python renderings match CPython', () => {
  test.each([
    ['0.1', 0.1, '0.1'],
    ['a small float goes scientific below 1e-4', 0.00001, '1e-05'],
    ['1e-4 stays fixed', 0.0001, '0.0001'],
    ['negative', -2.5, '-2.5'],
    ['integral', 3, '3.0'],
    ['big', 1e16, '1e+16'],
    ['sum of tenths', 0.1 + 0.2, '0.30000000000000004'],
    ['large fixed', 123456789012345.67, '123456789012345.67'],
    ['many digits', 1 / 3, '0.3333333333333333'],
    ['tiny', 5e-324, '5e-324'],
    ['negative zero', -0, '-0.0'],
    ['infinity', Infinity, 'inf'],
  ])('float repr: %s', (_label, value, expected) => {
    expect(pyFloatRepr(value)).toBe(expected);
  });

  test.each([
    ['plain', 'abc', "'abc'"],
    ['a single quote switches to double quotes', "it's", '"it\'s"'],
    ['both quotes stay single, escaped', 'a\'b"c', "'a\\'b\"c'"],
    ['control characters', 'a\nb\t\x00', "'a\\nb\\t\\x00'"],
    ['non-ASCII printable stays', 'é中', "'é中'"],
    ['non-printable unicode', '\u2028', "'\\u2028'"],
  ])('str repr: %s', (_label, value, expected) => {
    expect(pythonStrRepr(value)).toBe(expected);
  });

  test.each([
    ['printable', '616263', "b'abc'"],
    ['high bytes and quote', '27ff0a', 'b"\'\\xff\\n"'],
  ])('bytes repr: %s', (_label, hex, expected) => {
    expect(pythonBytesRepr(hex)).toBe(expected);
  });
});

describe('exportText', () => {
  test('by default writes only the arguments that differ from the version defaults', () => {
    const state = defaultState('2.4');
    state.config.keep_checkpoint_max = 2;
    const python = exportText(state, 'python');
    expect(python).toContain('config = CheckpointConfig(keep_checkpoint_max=2)');
    expect(python).not.toContain('save_checkpoint_steps');
    const all = exportText(state, 'python', { onlyNonDefault: false });
    for (const argument of argumentsFor('2.4')) expect(all).toContain(`${argument.name}=`);
  });

  test('a default state exports CheckpointConfig() and notes the version', () => {
    const python = exportText(defaultState('2.3'), 'python');
    expect(python.split('\n')[0]).toBe('# MindSpore 2.3');
    expect(python).toContain('config = CheckpointConfig()');
    expect(python).toContain(
      "checkpoint_callback = ModelCheckpoint(prefix='CKP', directory=None, config=config)",
    );
    expect(python).toContain(
      '# model.train(10, dataset, callbacks=[checkpoint_callback], dataset_sink_mode=False, sink_size=-1)',
    );
  });

  test.each([
    ['env, bytes', 'env', 'bytes', "bytes.fromhex(os.environ['MY_KEY'])", 'import os'],
    ['env, str (E14)', 'env', 'str', "os.environ['MY_KEY']", 'import os'],
    ['file, bytes', 'file', 'bytes', "Path('MY_KEY').read_bytes()", 'from pathlib import Path'],
  ] as const)('enc_key is read at run time (%s)', (_label, source, type, code, importLine) => {
    const state = defaultState('2.2');
    state.config.enc_key = { source, name: 'MY_KEY', length: 16, type };
    const python = exportText(state, 'python');
    expect(python).toContain(`enc_key=${code},`);
    expect(python).toContain(importLine);
  });

  test.each(FORMATS)('%s never writes key material a state should not hold', (format) => {
    const state = defaultState('2.2');
    state.config.enc_key = { $py: 'bytes', hex: '736563726574' };
    const text = exportText(state, format);
    expect(text).not.toContain('736563726574');
    expect(text).not.toContain('secret');
  });

  test('unknown keywords and keywords Python cannot name are exported', () => {
    const state = defaultState('2.2');
    state.config.foo = 1;
    state.config['foo-bar'] = 'x';
    state.config.format = 'safetensors';
    const python = exportText(state, 'python');
    expect(python).toMatch(/ {4}foo=1, {2}# not a CheckpointConfig argument/);
    expect(python).toContain("**{'foo-bar': 'x'}");
    expect(python).toMatch(/# not read by MindSpore 2.2 .*\n {4}format='safetensors',\n/);
  });

  test('saved_network is written as the name of a Cell, a str as a str', () => {
    const state = defaultState('2.2');
    state.config.saved_network = 'net';
    expect(exportText(state, 'python')).toMatch(/saved_network=net, {2}#/);
    state.config.saved_network = { $py: 'str', value: 'net' };
    expect(exportText(state, 'python')).toContain("saved_network='net'");
  });
});

describe('round trips', () => {
  test('JSON: the whole state, whatever it holds, reads back identical (schema)', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const read = builderStateSchema.parse(JSON.parse(exportText(state, 'json')));
        expect(read).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });

  // importText refuses a JSON state MindSpore would reject, so this one runs on accepted states.
  test.skipIf(!jsonImportWorks)('JSON: importText(exportText(s)) is s', () => {
    fc.assert(
      fc.property(fc.oneof(validPythonState, validYamlState), (state) => {
        const result = importText(exportText(state, 'json'));
        expect(result).toMatchObject({ ok: true, format: 'json' });
        if (result.ok) expect(result.state).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });

  test('YAML: every part CheckpointMonitor carries reads back', () => {
    fc.assert(
      fc.property(validYamlState, fc.boolean(), (state, onlyNonDefault) => {
        const text = exportText(state, 'yaml', { onlyNonDefault });
        const result = importMindFormersYaml(text);
        if (!result.ok) throw new Error(`${text}\n${JSON.stringify(result.errors)}`);
        // Pasted into the import box, it is detected as YAML and read the same way.
        expect(importText(text)).toEqual(result);
        expect(result.state.mindspore_version).toBe(state.mindspore_version);
        expect(result.state.callback).toEqual(state.callback);
        for (const [, name] of MONITOR_CONFIG_KEYS) {
          // The Trainer's append_info replaces the entry's: CheckpointMonitor writes its default.
          const expected = name === 'append_info' ? MINDFORMERS_APPEND_INFO : state.config[name];
          expect(samePyValue(result.state.config[name], expected), name).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test.skipIf(!pythonImportWorks)('Python: every part the snippet carries reads back', () => {
    fc.assert(
      fc.property(validPythonState, fc.boolean(), (state, onlyNonDefault) => {
        const text = exportText(state, 'python', { onlyNonDefault });
        // No version option: the `# MindSpore X.Y` comment carries it.
        const result = importText(text);
        if (!result.ok) throw new Error(`${text}\n${JSON.stringify(result.errors)}`);
        expect(result.format).toBe('python');
        expect(result.state.mindspore_version).toBe(state.mindspore_version);
        expect(result.state.callback).toEqual(state.callback);
        expect(Object.keys(result.state.config).sort()).toEqual(Object.keys(state.config).sort());
        for (const [name, value] of Object.entries(state.config)) {
          const read = result.state.config[name];
          // The key's length is only in a comment; where it is read from and its type are code.
          if (isEncKeyRef(value) && isEncKeyRef(read)) {
            expect({ ...read, length: 0 }, name).toEqual({ ...value, length: 0 });
          } else expect(samePyValue(read, value), name).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, test } from 'vitest';
import type { ConfigArguments } from '../config/state';
import { effectivePolicy } from '../mindspore/policy';
import type { PyValue } from '../python/py-value';
import { MINDSPORE_VERSIONS, positionalParameters, type MindSporeVersion } from '../versions';
import { importText } from './import-text';
import type { ImportResult } from './import-result';
import {
  parsePython,
  readPython,
  REDACTED_KEY_EXPRESSION,
  type PythonImport,
} from './python-import';

function accepted(result: ImportResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}

/** What the reader makes of the text, before MindSpore's checks. */
function read(text: string, version?: MindSporeVersion): PythonImport {
  const result = readPython(text, version === undefined ? {} : { version });
  if ('errors' in result)
    throw new Error(`expected a reading, got ${JSON.stringify(result.errors)}`);
  return result;
}

function config(text: string, version?: MindSporeVersion): ConfigArguments {
  return read(text, version).state.config;
}

function firstError(text: string, version?: MindSporeVersion) {
  const result = importText(text, version === undefined ? {} : { version });
  if (result.ok) throw new Error('expected errors');
  return result.errors[0];
}

describe('finding the calls', () => {
  test.each([
    ['bare name', 'CheckpointConfig(save_checkpoint_steps=7)'],
    ['mindspore.train', 'mindspore.train.CheckpointConfig(save_checkpoint_steps=7)'],
    ['ms.train', 'ms.train.CheckpointConfig(save_checkpoint_steps=7)'],
    ['train', 'train.CheckpointConfig(save_checkpoint_steps=7)'],
    [
      'import alias',
      'from mindspore.train import CheckpointConfig as CC\ncfg = CC(save_checkpoint_steps=7)',
    ],
    [
      'inside a function',
      'def build():\n    return CheckpointConfig(\n        save_checkpoint_steps=7,\n    )\n',
    ],
    [
      'REPL transcript',
      '>>> import mindspore as ms\n>>> cfg = ms.train.CheckpointConfig(\n...     save_checkpoint_steps=7)',
    ],
    ['backslash continuation', 'cfg = CheckpointConfig(save_checkpoint_steps=\\\n7)'],
    [
      'Windows line ends and a byte-order mark',
      '\uFEFFimport mindspore\r\ncfg = CheckpointConfig(\r\n\tsave_checkpoint_steps=7)\r\n',
    ],
  ])('%s', (_label, text) => {
    expect(config(text).save_checkpoint_steps).toBe(7);
  });

  test('calls in comments and strings are not read', () => {
    const text =
      "# CheckpointConfig(save_checkpoint_steps=1)\ns = 'CheckpointConfig(save_checkpoint_steps=2)'\nCheckpointConfig(save_checkpoint_steps=3)";
    expect(config(text).save_checkpoint_steps).toBe(3);
  });

  test("another library's CheckpointConfig is not MindSpore's", () => {
    const result = importText(
      'mindformers.trainer.config_args.CheckpointConfig(keep_checkpoint_max=1)',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/No CheckpointConfig/);
  });

  test('the MindSpore tutorial: a named config passed to ModelCheckpoint', () => {
    const text = [
      'from mindspore.train import ModelCheckpoint, CheckpointConfig',
      '# Set the checkpoint policy',
      'config_ck = CheckpointConfig(save_checkpoint_steps=1875, keep_checkpoint_max=10)',
      'ckpoint = ModelCheckpoint(prefix="checkpoint_lenet", config=config_ck)',
      'model.train(10, ds_train, callbacks=[ckpoint, LossMonitor(1875)])',
    ].join('\n');
    const result = accepted(importText(text));
    expect(result.state.config.save_checkpoint_steps).toBe(1875);
    expect(result.state.config.keep_checkpoint_max).toBe(10);
    expect(result.state.callback).toEqual({ prefix: 'checkpoint_lenet', directory: null });
    expect(result.notes).toEqual([]);
  });

  test('ModelCheckpoint reads the config assigned to its variable, not another one', () => {
    const text = [
      'a = CheckpointConfig(save_checkpoint_steps=1)',
      'b = CheckpointConfig(save_checkpoint_steps=2)',
      'cb = ModelCheckpoint("p", "./out", b)',
    ].join('\n');
    const result = accepted(importText(text));
    expect(result.state.config.save_checkpoint_steps).toBe(2);
    expect(result.state.callback).toEqual({ prefix: 'p', directory: './out' });
  });

  test('an annotated assignment names the config too', () => {
    const result = accepted(
      importText(
        'config: CheckpointConfig = CheckpointConfig(save_checkpoint_steps=3)\ncb = ModelCheckpoint(config=config)',
      ),
    );
    expect(result.state.config.save_checkpoint_steps).toBe(3);
    expect(result.notes).toEqual([]);
  });

  test('a nested CheckpointConfig call is the config', () => {
    const text =
      'CheckpointConfig(save_checkpoint_steps=1)\nModelCheckpoint(config=CheckpointConfig(save_checkpoint_steps=9))';
    expect(config(text).save_checkpoint_steps).toBe(9);
  });

  test('several configs and no ModelCheckpoint: the first is read, and a note says so', () => {
    const result = accepted(
      importText(
        'CheckpointConfig(save_checkpoint_steps=4)\nCheckpointConfig(save_checkpoint_steps=5)',
      ),
    );
    expect(result.state.config.save_checkpoint_steps).toBe(4);
    expect(result.notes.map((n) => n.id)).toEqual(['several-checkpoint-configs']);
  });

  test('a config not passed to ModelCheckpoint is still read, with a note', () => {
    const result = accepted(
      importText('c = CheckpointConfig(save_checkpoint_steps=4)\nModelCheckpoint(prefix="x")'),
    );
    expect(result.state.config.save_checkpoint_steps).toBe(4);
    expect(result.notes.map((n) => n.id)).toEqual(['config-not-passed']);
  });

  test('a config variable assigned outside the text', () => {
    const result = importText('ModelCheckpoint(config=cfg)');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({ kind: 'Unsupported', field: 'config' });
  });

  test.each(['', 'print("hello")', 'import mindspore'])('no call at all: %j', (text) => {
    const result = importText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.kind).toBe('Unsupported');
      expect(result.errors[0]?.message).toMatch(/CheckpointConfig\(\.\.\.\)/);
    }
  });

  test('a version marker in a comment picks the version', () => {
    const result = accepted(
      importText('# mindspore==2.5.0\nCheckpointConfig(async_save="thread")'),
    );
    expect(result.state.mindspore_version).toBe('2.5');
    expect(result.notes.map((n) => n.id)).toContain('version-from-comment');
  });

  test('parsePython reports assignments and positions', () => {
    const parsed = parsePython('\n  cfg = CheckpointConfig(1, 5)');
    expect(parsed.calls).toHaveLength(1);
    expect(parsed.calls[0]).toMatchObject({
      target: 'CheckpointConfig',
      assignedTo: 'cfg',
      span: { line: 2, column: 9 },
    });
  });
});

describe("positional arguments follow the version's order (spec §2.1)", () => {
  test.each(MINDSPORE_VERSIONS)(
    'MindSpore %s: the n-th positional is the n-th parameter',
    (version) => {
      const parameters = positionalParameters(version);
      // Distinct markers per position: names are stored as $py names and identify the slot.
      const args = parameters.map((_p, index) => `v${index}`).join(', ');
      const read = config(`CheckpointConfig(${args})`, version);
      parameters.forEach((parameter, index) => {
        const expected: PyValue =
          parameter.name === 'saved_network' ? `v${index}` : { $py: 'name', name: `v${index}` };
        expect(read[parameter.name]).toEqual(expected);
      });
    },
  );

  test.each<[MindSporeVersion, number]>([
    ['2.2', 11],
    ['2.3', 12],
    ['2.4', 14],
    ['2.7', 14],
  ])('MindSpore %s: one positional too many is a TypeError', (version, most) => {
    const args = Array.from({ length: most + 1 }, () => 'None').join(', ');
    expect(firstError(`CheckpointConfig(${args})`, version)).toMatchObject({
      kind: 'TypeError',
      message: `CheckpointConfig.__init__() takes from 1 to ${most + 1} positional arguments but ${most + 2} were given`,
    });
  });

  test('CheckpointConfig(1, 5): the 5 is seconds, with a note (MindSpore test_init)', () => {
    const result = accepted(importText('CheckpointConfig(1, 5)'));
    expect(result.state.config.save_checkpoint_seconds).toBe(5);
    expect(result.state.config.keep_checkpoint_max).toBe(5);
    expect(effectivePolicy(result.state)).toEqual({
      save_checkpoint_steps: 1,
      save_checkpoint_seconds: null,
      keep_checkpoint_max: 5,
      keep_checkpoint_per_n_minutes: null,
    });
    expect(result.notes).toMatchObject([
      { id: 'positional-second-is-seconds', field: 'save_checkpoint_seconds', line: 1 },
    ]);
  });

  test('one positional argument gives no note', () => {
    expect(accepted(importText('CheckpointConfig(3)')).notes).toEqual([]);
  });
});

test('a \\N{...} escape is valid Python the builder cannot read: Unsupported, not a SyntaxError', () => {
  const result = importText("CheckpointConfig(enc_mode='\\N{BULLET}')", { version: '2.2' });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors[0]?.kind).toBe('Unsupported');
  expect(result.errors[0]?.message).toContain('\\N{...}');
});

describe('errors Python raises before MindSpore', () => {
  test.each<[string, string, string, string]>([
    [
      'keyword given twice',
      'CheckpointConfig(a=1, a=2)',
      'SyntaxError',
      'keyword argument repeated: a',
    ],
    [
      'positional after keyword',
      'CheckpointConfig(save_checkpoint_steps=1, 2)',
      'SyntaxError',
      'positional argument follows keyword argument',
    ],
    [
      'positional after **',
      'CheckpointConfig(**kw, 2)',
      'SyntaxError',
      'positional argument follows keyword argument unpacking',
    ],
    [
      'assignment in an argument',
      'CheckpointConfig(a.b=1)',
      'SyntaxError',
      'expression cannot contain assignment, perhaps you meant "=="?',
    ],
    [
      'multiple values',
      'CheckpointConfig(1, save_checkpoint_steps=2)',
      'TypeError',
      "CheckpointConfig.__init__() got multiple values for argument 'save_checkpoint_steps'",
    ],
    [
      'multiple values beats too many positionals',
      `CheckpointConfig(${'0, '.repeat(12)}save_checkpoint_seconds=1)`,
      'TypeError',
      "CheckpointConfig.__init__() got multiple values for argument 'save_checkpoint_seconds'",
    ],
    // self is bound to the new instance before any argument (CPython 3.11).
    [
      'CheckpointConfig self=',
      'CheckpointConfig(self=1)',
      'TypeError',
      "CheckpointConfig.__init__() got multiple values for argument 'self'",
    ],
    [
      'ModelCheckpoint self=',
      "ModelCheckpoint(prefix='a', self=None)",
      'TypeError',
      "ModelCheckpoint.__init__() got multiple values for argument 'self'",
    ],
    [
      'ModelCheckpoint multiple values',
      "ModelCheckpoint('a', prefix='b')",
      'TypeError',
      "ModelCheckpoint.__init__() got multiple values for argument 'prefix'",
    ],
    [
      'ModelCheckpoint too many positionals',
      "ModelCheckpoint('a', None, None, 1)",
      'TypeError',
      'ModelCheckpoint.__init__() takes from 1 to 4 positional arguments but 5 were given',
    ],
    [
      'ModelCheckpoint unknown keyword',
      'ModelCheckpoint(prefx="a")',
      'TypeError',
      "ModelCheckpoint.__init__() got an unexpected keyword argument 'prefx'",
    ],
    ['unclosed call', 'CheckpointConfig(1,\n  2', 'SyntaxError', "'(' was never closed"],
  ])('%s', (_label, text, kind, message) => {
    expect(firstError(text)).toMatchObject({ kind, message });
  });

  test('a parse error later in the text wins over a repeated keyword (the compiler runs after the parser)', () => {
    expect(firstError('CheckpointConfig(a=1, a=2)\nModelCheckpoint(prefix="x", 1)')).toMatchObject({
      kind: 'SyntaxError',
      message: 'positional argument follows keyword argument',
      line: 2,
    });
  });

  test('200 nested brackets are too many, as in CPython', () => {
    expect(importText(`CheckpointConfig(a=${'['.repeat(199)}${']'.repeat(199)})`).ok).toBe(true);
    expect(firstError(`CheckpointConfig(a=${'['.repeat(200)}${']'.repeat(200)})`)).toMatchObject({
      kind: 'SyntaxError',
      message: 'too many nested parentheses',
    });
  });

  test('syntax errors carry their position', () => {
    expect(firstError('x = 1\ncfg = CheckpointConfig(a=1,\n    a=2)')).toMatchObject({
      line: 3,
      column: 5,
    });
  });

  test.each(['CheckpointConfig(**kwargs)', 'CheckpointConfig(*args)', 'ModelCheckpoint(**kw)'])(
    '%s is Unsupported',
    (text) => {
      expect(firstError(text)?.kind).toBe('Unsupported');
    },
  );

  test('unknown keywords are kept (MindSpore swallows them)', () => {
    expect(config('CheckpointConfig(foo=1, crc_check=True)', '2.2')).toMatchObject({
      foo: 1,
      crc_check: true,
    });
  });
});

describe('saved_network', () => {
  test.each<[string, PyValue, string | undefined]>([
    ['net', 'net', undefined],
    ['self.network.backbone', 'self.network.backbone', undefined],
    ['None', null, undefined],
    ["'net'", { $py: 'str', value: 'net' }, 'E04'],
  ])('saved_network=%s', (source, expected, code) => {
    const text = `CheckpointConfig(saved_network=${source})`;
    expect(config(text).saved_network).toEqual(expected);
    const result = importText(text);
    expect(result.ok ? undefined : result.errors[0]?.code).toBe(code);
  });
});

describe('enc_key: key material is never stored (ADR 3)', () => {
  test.each<[string, string, object, string[], string]>([
    [
      'bytes literal',
      "b'0123456789abcdef'",
      { source: 'env', name: 'MS_CKPT_ENC_KEY', length: 16, type: 'bytes' },
      ['enc-key-literal-dropped'],
      'ok',
    ],
    [
      'bytes.fromhex literal',
      "bytes.fromhex('00' * 3)",
      { $py: 'expr' },
      ['enc-key-expression-dropped'],
      'Unsupported',
    ],
    [
      'bytes.fromhex',
      "bytes.fromhex('000102030405060708090a0b0c0d0e0f1011121314151617')",
      { source: 'env', length: 24, type: 'bytes' },
      ['enc-key-literal-dropped'],
      'ok',
    ],
    [
      'bytearray',
      "bytearray(b'0123456789abcdef')",
      { length: 16, type: 'bytearray' },
      ['enc-key-literal-dropped'],
      'E14',
    ],
    ['str literal', "'secret'", { length: 6, type: 'str' }, ['enc-key-literal-dropped'], 'E14'],
    [
      'os.urandom',
      'os.urandom(32)',
      { length: 32, type: 'bytes' },
      ['enc-key-random-replaced'],
      'ok',
    ],
    [
      'environment, as str',
      "os.environ['MY_KEY']",
      { source: 'env', name: 'MY_KEY', type: 'str', length: 16 },
      ['enc-key-length-assumed'],
      'E14',
    ],
    [
      'environment, hex-decoded',
      'bytes.fromhex(os.environ["MY_KEY"])',
      { source: 'env', name: 'MY_KEY', type: 'bytes' },
      ['enc-key-length-assumed'],
      'ok',
    ],
    [
      'environment, getenv().encode()',
      "os.getenv('MY_KEY').encode()",
      { source: 'env', name: 'MY_KEY', type: 'bytes' },
      ['enc-key-length-assumed'],
      'ok',
    ],
    [
      'key file',
      "open('/keys/k.bin', 'rb').read()",
      { source: 'file', name: '/keys/k.bin', type: 'bytes' },
      ['enc-key-length-assumed'],
      'ok',
    ],
    [
      'key file opened in text mode: a str',
      "open('/keys/k.txt').read()",
      { source: 'file', name: '/keys/k.txt', type: 'str' },
      ['enc-key-length-assumed'],
      'E14',
    ],
    [
      'key file, mode given by keyword',
      "open('/keys/k.bin', mode='rb').read()",
      { source: 'file', name: '/keys/k.bin', type: 'bytes' },
      ['enc-key-length-assumed'],
      'ok',
    ],
    [
      'key file read as text by pathlib',
      "Path('/keys/k.txt').read_text()",
      { source: 'file', name: '/keys/k.txt', type: 'str' },
      ['enc-key-length-assumed'],
      'E14',
    ],
    [
      'key file bytes as a bytearray',
      "bytearray(Path('/keys/k.bin').read_bytes())",
      { source: 'file', name: '/keys/k.bin', type: 'bytearray' },
      ['enc-key-length-assumed'],
      'E14',
    ],
    ['None', 'None', {}, [], 'ok'],
  ])('%s', (_label, source, expected, noteIds, verdict) => {
    const text = `CheckpointConfig(enc_key=${source})`;
    const reading = read(text);
    const key = reading.state.config.enc_key;
    if (source === 'None') expect(key).toBeNull();
    else expect(key).toMatchObject(expected);
    expect(reading.notes.map((n) => n.id)).toEqual(noteIds);
    expect(JSON.stringify(reading.state)).not.toMatch(/0123456789abcdef|secret|000102/);
    const result = importText(text);
    if (verdict === 'ok') {
      expect(result.ok).toBe(true);
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.code ?? result.errors[0]?.kind).toBe(verdict);
    }
  });

  // MindSpore prints the key; the builder never shows it, not even the user's own paste (ADR 3).
  test.each([
    ["'secret'", '<key not shown>'],
    ["bytearray(b'k\\x00')", 'bytearray(<key not shown>)'],
    ["bytearray.fromhex('6b00')", 'bytearray(<key not shown>)'],
    ["os.environ['K']", '<key not shown>'],
  ])('E14 for enc_key=%s shows a placeholder where MindSpore prints the key', (source, shown) => {
    const result = importText(`CheckpointConfig(enc_key=${source})`);
    expect(!result.ok && result.errors[0]?.message).toBe(
      `The parameter 'enc_key' must be isinstance of (<class 'NoneType'>, <class 'bytes'>), but got ${shown}.`,
    );
  });

  test.each([["'ab' + 'cd'"], ["f'{prefix}0123456789'"], ["b'0123456789abcdef'[::-1]"]])(
    'an expression that may spell out the key is not kept: %s',
    (source) => {
      const reading = read(`CheckpointConfig(enc_key=${source})`);
      expect(reading.state.config.enc_key).toEqual({
        $py: 'expr',
        source: REDACTED_KEY_EXPRESSION,
      });
      expect(importText(`CheckpointConfig(enc_key=${source})`)).toMatchObject({
        ok: false,
        errors: [{ kind: 'Unsupported', field: 'enc_key' }],
      });
    },
  );

  test.each([
    ["'0123456789abcdef'.encode()", 16],
    ["'clé'.encode('utf-8')", 4],
    ['bytes([1, 2, 3])', 3],
  ])('%s is a literal key of %i bytes, dropped', (source, length) => {
    const reading = read(`CheckpointConfig(enc_key=${source})`);
    expect(reading.state.config.enc_key).toMatchObject({ type: 'bytes', length });
    expect(reading.notes.map((n) => n.id)).toEqual(['enc-key-literal-dropped']);
  });

  test('a key assigned to a variable earlier is followed', () => {
    const result = accepted(
      importText("key = b'0123456789abcdef0123456789abcdef'\ncfg = CheckpointConfig(enc_key=key)"),
    );
    expect(result.state.config.enc_key).toMatchObject({ length: 32, type: 'bytes' });
  });

  test('an unknown variable stays a name (MindSpore verdict unknown)', () => {
    expect(config('CheckpointConfig(enc_key=k)').enc_key).toEqual({ $py: 'name', name: 'k' });
  });
});

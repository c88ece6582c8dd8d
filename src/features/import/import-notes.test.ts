import { describe, expect, test } from 'vitest';
import { IMPORT_NOTE_IDS, importNoteKey, importText } from '../../core/index';
import type { ImportNote, ImportOptions } from '../../core/index';
import { formatMessage } from '../../i18n/languages';
import { importNoteMessages } from '../../i18n/messages/import';

type NoteKey = keyof typeof importNoteMessages;

const YAML_MONITOR = 'callbacks:\n  - type: CheckpointMonitor\n    prefix: llama\n';

// One pasted text per wording of every note: [wording, text, options].
const cases: [NoteKey, string, ImportOptions][] = [
  ['config-assumed', 'CheckpointConfig(3)\nModelCheckpoint(config=cfg)', {}],
  ['config-not-passed', "c = CheckpointConfig(3)\nModelCheckpoint(prefix='net')", {}],
  ['enc-key-expression-dropped', "CheckpointConfig(enc_key='0123' + '4567')", {}],
  ['enc-key-expression-dropped/json', '{"config":{"enc_key":[{"$py":"bytes","hex":"00"}]}}', {}],
  ['enc-key-length-assumed', "CheckpointConfig(enc_key=bytes.fromhex(os.environ['K']))", {}],
  ['enc-key-length-assumed/str', "CheckpointConfig(enc_key=os.environ['K'])", {}],
  ['enc-key-length-assumed/file', "CheckpointConfig(enc_key=open('key.bin', 'rb').read())", {}],
  ['enc-key-literal-dropped', "CheckpointConfig(enc_key=b'0123456789abcdef')", {}],
  ['enc-key-literal-dropped/typed', "CheckpointConfig(enc_key=bytearray(b'0123456789abcdef'))", {}],
  [
    'enc-key-literal-dropped/json',
    '{"config":{"enc_key":{"$py":"bytes","hex":"000102030405060708090a0b0c0d0e0f"}}}',
    {},
  ],
  ['enc-key-literal-dropped/yaml', `${YAML_MONITOR}    enc_key: secret\n`, {}],
  ['enc-key-random-replaced', 'CheckpointConfig(enc_key=os.urandom(32))', {}],
  ['positional-second-is-seconds', 'CheckpointConfig(10, 60)', {}],
  ['positional-second-is-seconds/third', 'CheckpointConfig(10, 60, 3)', {}],
  ['several-checkpoint-configs', 'CheckpointConfig(1)\nCheckpointConfig(2)', {}],
  [
    'several-model-checkpoints',
    "c = CheckpointConfig(1)\nModelCheckpoint(config=c)\nModelCheckpoint(prefix='b', config=c)",
    {},
  ],
  ['version-from-comment', '# MindSpore 2.5\nCheckpointConfig(1)', {}],
  ['version-from-comment/instead', '# MindSpore 2.5\nCheckpointConfig(1)', { version: '2.7' }],
  ['version-from-comment/yaml', `# MindSpore 2.5\n${YAML_MONITOR}`, { version: '2.7' }],
  ['yaml-append-info-default', YAML_MONITOR, {}],
  ['yaml-append-info-replaced', `${YAML_MONITOR}    append_info: ['foo']\n`, {}],
  [
    'yaml-ignored-by-version',
    `${YAML_MONITOR}    checkpoint_format: safetensors\n`,
    { version: '2.2' },
  ],
  ['yaml-mindformers-only', `${YAML_MONITOR}    global_batch_size: 64\n`, {}],
  ['yaml-mindformers-only/config', `${YAML_MONITOR}    config: {}\n`, {}],
  ['yaml-rank-paths', YAML_MONITOR, {}],
  ['yaml-runner-config', `runner_config:\n  epochs: 3\n  sink_mode: false\n${YAML_MONITOR}`, {}],
  ['yaml-several-monitors', `${YAML_MONITOR}  - type: CheckpointMonitor\n    prefix: second\n`, {}],
  ['yaml-use-legacy-safetensors', `use_legacy: False\n${YAML_MONITOR}`, { version: '2.6' }],
];

function notesOf(text: string, options: ImportOptions): ImportNote[] {
  const result = importText(text, options);
  return result.notes ?? [];
}

describe('import notes in the dictionary', () => {
  test.each(cases)(
    '%s: the importer writes it, and the dictionary’s English equals it',
    (key, text, options) => {
      const notes = notesOf(text, options);
      const note = notes.find((item) => importNoteKey(item) === key);
      expect(note, `notes: ${notes.map(importNoteKey).join(', ')}`).toBeDefined();
      const message = importNoteMessages[key];
      expect(formatMessage(message.en, note?.params)).toBe(note?.message);
      // Every placeholder is filled in Chinese too: no "{name}" is left for the reader.
      expect(formatMessage(message.zh, note?.params)).not.toMatch(/\{\w+\}/);
    },
  );

  test.each(cases)(
    '%s: every other note the same text gives matches its entry too',
    (_key, text, options) => {
      for (const note of notesOf(text, options)) {
        const key = importNoteKey(note);
        expect(Object.keys(importNoteMessages)).toContain(key);
        expect(formatMessage(importNoteMessages[key as NoteKey].en, note.params)).toBe(
          note.message,
        );
      }
    },
  );

  test('the table exercises every wording in the dictionary, once', () => {
    const exercised = cases.map(([key]) => key);
    expect([...exercised].sort()).toEqual(Object.keys(importNoteMessages).sort());
  });

  test.each(IMPORT_NOTE_IDS.map((id) => [id]))('%s has a dictionary entry', (id) => {
    expect(Object.keys(importNoteMessages)).toContain(id);
  });

  test('every dictionary key names an id the importers can give', () => {
    const ids: readonly string[] = IMPORT_NOTE_IDS;
    for (const key of Object.keys(importNoteMessages)) {
      expect(ids).toContain(key.split('/')[0]);
    }
  });
});

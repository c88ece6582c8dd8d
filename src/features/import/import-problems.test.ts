import { describe, expect, test } from 'vitest';
import { importText } from '../../core/index';
import type { Diagnostic, ImportProblemId } from '../../core/index';
import { formatMessage } from '../../i18n/languages';
import { importProblemMessages } from '../../i18n/messages/import';

const M = 'callbacks:\n  - type: CheckpointMonitor\n';

// One pasted text per builder's own reason an import fails: [reason, text].
const cases: [ImportProblemId, string][] = [
  ['no-call-found', 'hello world'],
  ['star-unpacking', 'CheckpointConfig(*args)'],
  ['config-not-assigned', 'ModelCheckpoint(config=cfg)'],
  ['config-not-evaluable', 'ModelCheckpoint(config=make())'],
  ['python-named-escape', "CheckpointConfig(prefix='\\N{EM DASH}')"],
  ['no-monitor-found', 'callbacks:\n  - type: Other\n'],
  ['json-invalid', '{"config": }'],
  ['json-unknown-keys-top', '{"foo": 1}'],
  ['json-config-value', '{"config":{"save_checkpoint_steps":{"$py":"nope"}}}'],
  ['json-invalid-value', '{"run": 5}'],
  ['json-version', '{"mindspore_version": "9.9"}'],
  ['unknowable-value', 'CheckpointConfig(save_checkpoint_steps=n)'],
  ['yaml-tab-indent', 'callbacks:\n\t- type: CheckpointMonitor'],
  ['yaml-after-marker', `--- x\n${M}`],
  ['yaml-after-document', `${M}    prefix: a\n  prefix: b\n`],
  ['yaml-multiline-quote', `${M}    prefix: "abc\n`],
  ['yaml-expected-key', `${M}    prefix\n`],
  ['yaml-unsupported-syntax', `${M}    prefix: &a x\n`],
  ['yaml-text-after-quote', `${M}    prefix: "a" b\n`],
  ['yaml-text-after-flow', `${M}    append_info: [1] x\n`],
  ['yaml-expected-list-end', `${M}    append_info: ["a" "b"]\n`],
  ['yaml-flow-key', `${M}    append_info: {[1]: 2}\n`],
  ['yaml-expected-map-end', `${M}    append_info: {a: "1" b}\n`],
  ['yaml-bad-escape', `${M}    prefix: "\\xZZ"\n`],
  ['yaml-not-unicode', `${M}    prefix: "\\UFFFFFFFF"\n`],
  ['yaml-unknown-escape', `${M}    prefix: "\\q"\n`],
  ['yaml-no-constructor', `${M}    prefix: =\n`],
];

function check(error: Diagnostic | undefined, id: ImportProblemId) {
  expect(error?.reason?.id, `${error?.kind}: ${error?.message}`).toBe(id);
  const message = importProblemMessages[id];
  const values = { ...error?.reason?.values };
  expect(formatMessage(message.en, values)).toBe(error?.message);
  // Every placeholder is filled in Chinese too, and the sentence is Chinese.
  const zh = formatMessage(message.zh, values);
  expect(zh).not.toMatch(/\{\w+\}/);
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
}

describe('the builder’s own import errors in the dictionary', () => {
  test.each(cases)(
    '%s: the importer gives it, and the dictionary’s English equals it',
    (id, text) => {
      const result = importText(text, {});
      expect(result.ok).toBe(false);
      check(result.ok ? undefined : result.errors[0], id);
    },
  );

  test('a syntax error keeps its line and column beside its reason', () => {
    const result = importText('callbacks:\n\t- type: CheckpointMonitor', {});
    expect(result.ok ? undefined : result.errors[0]).toMatchObject({
      kind: 'SyntaxError',
      line: 2,
      column: 1,
      reason: { id: 'yaml-tab-indent', values: { line: 2 } },
    });
  });

  test('Python’s own SyntaxError and MindSpore’s exceptions carry no reason (shown as printed)', () => {
    for (const text of ['CheckpointConfig(1,', 'CheckpointConfig(save_checkpoint_steps=-1)']) {
      const result = importText(text, {});
      expect(result.ok ? undefined : result.errors[0]?.reason).toBeUndefined();
    }
  });
});

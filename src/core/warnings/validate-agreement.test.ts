import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { completeState, type PartialBuilderState } from '../config/state';
import { validate } from '../mindspore/validate';
import { MINDSPORE_VERSIONS } from '../versions';
import { findWarnings } from './find-warnings';

// The error-severity rules that repeat a construction error in plain words, and its code.
const CODES: Record<string, readonly string[]> = {
  'enc-key-not-bytes': ['E14'],
  'async-mode-needs-2-5': ['E06'],
  'safetensors-restrictions': ['E19'],
  'prefix-slash': ['E20', 'E21'],
};

const codes = (partial: PartialBuilderState) =>
  validate(completeState(partial)).map((diagnostic) => diagnostic.code);

describe('the config-time error rules agree with validate', () => {
  test.each([
    [
      'enc-key-not-bytes',
      { config: { enc_key: { source: 'env', name: 'K', length: 16, type: 'str' } } },
    ],
    [
      'enc-key-not-bytes',
      { config: { enc_key: { source: 'env', name: 'K', length: 16, type: 'bytes' } } },
    ],
    ['async-mode-needs-2-5', { mindspore_version: '2.4', config: { async_save: 'process' } }],
    ['async-mode-needs-2-5', { mindspore_version: '2.5', config: { async_save: 'process' } }],
    [
      'safetensors-restrictions',
      { mindspore_version: '2.5', config: { format: 'safetensors', async_save: true } },
    ],
    [
      'safetensors-restrictions',
      { mindspore_version: '2.6', config: { format: 'safetensors', async_save: true } },
    ],
    ['prefix-slash', { mindspore_version: '2.2', callback: { prefix: 'a/b' } }],
    ['prefix-slash', { mindspore_version: '2.7', callback: { prefix: null } }],
    ['prefix-slash', { mindspore_version: '2.7', callback: { prefix: 'a\\b' } }],
  ] as const)('%s on %j', (id, partial) => {
    const fires = findWarnings(completeState(partial)).some((warning) => warning.id === id);
    const raised = codes(partial).some((code) => code !== undefined && CODES[id]?.includes(code));
    expect(fires).toBe(raised);
  });

  test('whenever validate raises one of these errors, its rule fires', () => {
    const partial = fc.record({
      mindspore_version: fc.constantFrom(...MINDSPORE_VERSIONS),
      config: fc.record({
        async_save: fc.constantFrom(false, true, 'thread', 'process', 'Thread'),
        enc_key: fc.constantFrom(null, {
          source: 'env' as const,
          name: 'K',
          length: 16,
          type: 'str' as const,
        }),
        enc_mode: fc.constantFrom('AES-GCM', 'AES-CBC'),
        crc_check: fc.boolean(),
        exception_save: fc.boolean(),
        incremental: fc.constantFrom(false, 'yes'),
        format: fc.constantFrom('ckpt', 'safetensors'),
      }),
      callback: fc.record({ prefix: fc.constantFrom('CKP', 'a/b', 5) }),
    });
    fc.assert(
      fc.property(partial, (value) => {
        const state = completeState(value);
        const ids = findWarnings(state).map((warning) => warning.id);
        for (const diagnostic of validate(state)) {
          for (const [id, ruleCodes] of Object.entries(CODES)) {
            if (diagnostic.code === undefined || !ruleCodes.includes(diagnostic.code)) continue;
            // E06 is also the bool check of exception_save and integrated_save.
            if (diagnostic.code === 'E06' && diagnostic.field !== 'async_save') continue;
            expect(ids).toContain(id);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

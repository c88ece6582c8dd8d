import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_ENC_KEY_REF } from '../config/enc-key';
import { DEFAULT_RUN } from '../config/run-model';
import { runModelSchema } from '../config/run-model-schema';
import { defaultState, type BuilderState } from '../config/state';
import { builderStateSchema } from '../config/state-schema';
import { ARGUMENTS, DEFAULT_VERSION, MINDSPORE_VERSIONS } from '../versions';
import { LINK_FIELDS } from './link-fields';
import { decodeShareState } from './share-decode';
import {
  encodeShareState,
  LINK_BASELINE_V1,
  SHARE_FORMAT_VERSION,
  type ShareNotice,
} from './share-state';
import { builderStateArbitrary, TYPICAL_LIMITS, type StateLimits } from './state-arbitraries';

/**
 * The domain within which every link must stay at most 1,500 characters (ADR 4): every field
 * changed, each to a Python scalar (str up to 32 UTF-16 units, int up to 40 digits, any float),
 * and two unknown keywords.
 */
const LINK_LIMITS: StateLimits = { maxString: 32, maxItems: 3, maxDepth: 0, maxExtraKeywords: 2 };
/** Property tests on two shared cores need more than Vitest's 5 s. */
const SLOW = 120_000;
const MAX_LINK = 1500;

/** A notice names a state field, the link as a whole, or a field number this builder lacks. */
const NAMED_FIELD =
  /^(link|link\.\d+|mindspore_version|config|config\..+|callback\.(prefix|directory)|run\.[a-z_0-9]+)$/s;

function expectNamedFields(notices: readonly ShareNotice[]): void {
  for (const notice of notices) {
    expect(notice.field).toMatch(NAMED_FIELD);
    expect(notice.message.length).toBeGreaterThan(0);
  }
}

function withState(change: (state: BuilderState) => void, version = DEFAULT_VERSION): BuilderState {
  const state = defaultState(version);
  change(state);
  return state;
}

test('an empty argument name in a link is unreadable, reported on the link, not on "config."', () => {
  const { notices } = decodeShareState("#s=1.'',1");
  expect(notices.map((notice) => notice.field)).toEqual(['link']);
  expectNamedFields(notices);
});

describe('encodeShareState', () => {
  test.each(MINDSPORE_VERSIONS.map((version) => ({ version })))(
    'the defaults of $version encode in a few characters',
    ({ version }) => {
      const link = encodeShareState(defaultState(version));
      expect(link.length).toBeLessThanOrEqual(16);
      expect(link).toMatch(/^#s=1(\.|$)/);
    },
  );

  test.each([
    {
      label: 'keep_checkpoint_max',
      change: (s: BuilderState) => (s.config.keep_checkpoint_max = 2),
    },
    { label: 'the prefix', change: (s: BuilderState) => (s.callback.prefix = 'resnet50') },
    { label: 'the run epoch', change: (s: BuilderState) => (s.run.epoch = 90) },
    { label: 'an unknown keyword', change: (s: BuilderState) => (s.config.foo = [1, 'a']) },
  ])('carries only what differs from the defaults: $label', ({ change }) => {
    const changed = withState(change);
    const link = encodeShareState(changed);
    expect(link.length).toBeLessThan(40);
    expect(decodeShareState(link)).toEqual({ state: changed, notices: [] });
  });

  test(
    'uses only characters that are safe in a URL fragment',
    () => {
      fc.assert(
        fc.property(builderStateArbitrary(), (state) => {
          expect(encodeShareState(state)).toMatch(/^#s=1(\.[A-Za-z0-9\-._~!'()*,:$@/%]*)?$/);
        }),
        { numRuns: 300 },
      );
    },
    SLOW,
  );

  test('never writes key material: an enc_key holding bytes is left out of the link', () => {
    const secret = 'c0ffee00c0ffee00c0ffee00c0ffee00';
    const keyed = withState((s) => (s.config.enc_key = { $py: 'bytes', hex: secret }));
    const link = encodeShareState(keyed);
    expect(link).not.toContain(secret);
    expect(link).not.toContain('c0ffee');
    const { state, notices } = decodeShareState(link);
    expect(state.config.enc_key).toBeNull();
    expect(notices).toEqual([
      expect.objectContaining({ field: 'config.enc_key', reason: 'key-material' }),
    ]);
  });

  test('carries a key reference, which holds no material', () => {
    const referenced = withState(
      (s) => (s.config.enc_key = { ...DEFAULT_ENC_KEY_REF, length: 32 }),
    );
    expect(decodeShareState(encodeShareState(referenced))).toEqual({
      state: referenced,
      notices: [],
    });
  });

  test('compresses when that is shorter: a long Chinese prefix', () => {
    const prefix = '中文前缀检查点'.repeat(10);
    const chinese = withState((s) => (s.callback.prefix = prefix));
    const link = encodeShareState(chinese);
    expect(link.startsWith('#s=1.z')).toBe(true);
    expect(link.length).toBeLessThan(encodeURIComponent(prefix).length);
    expect(decodeShareState(link).state).toEqual(chinese);
  });
});

describe('decodeShareState ∘ encodeShareState', () => {
  test(
    'gives back every generated state, without notices',
    () => {
      fc.assert(
        fc.property(builderStateArbitrary(TYPICAL_LIMITS), (state) => {
          expect(builderStateSchema.safeParse(state).success).toBe(true);
          expect(decodeShareState(encodeShareState(state))).toEqual({ state, notices: [] });
        }),
        { numRuns: 500 },
      );
    },
    SLOW,
  );

  test(
    'gives back states where every field differs from the defaults',
    () => {
      fc.assert(
        fc.property(builderStateArbitrary(TYPICAL_LIMITS, true), (state) => {
          expect(decodeShareState(encodeShareState(state))).toEqual({ state, notices: [] });
        }),
        { numRuns: 200 },
      );
    },
    SLOW,
  );

  test(
    `keeps links at most ${MAX_LINK} characters within the documented limits`,
    () => {
      let longest = 0;
      fc.assert(
        fc.property(builderStateArbitrary(LINK_LIMITS, true), (state) => {
          const length = encodeShareState(state).length;
          longest = Math.max(longest, length);
          expect(length).toBeLessThanOrEqual(MAX_LINK);
        }),
        { numRuns: 300 },
      );
      // Measured, not asserted beyond the bound: the ADR reports the figure.
      expect(longest).toBeGreaterThan(0);
    },
    SLOW,
  );

  test('reads a link whose safe characters were percent-encoded on the way', () => {
    const state = withState((s) => {
      s.config.append_info = ['epoch_num', { lr: 0.5 }];
      s.callback.prefix = "it's";
    });
    const link = encodeShareState(state);
    const escaped = link.replace(
      /[()'!~,:]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
    expect(escaped).not.toBe(link);
    expect(decodeShareState(escaped).state).toEqual(state);
  });

  test.each([
    { label: 'the fragment', wrap: (link: string) => link },
    { label: 'a whole URL', wrap: (link: string) => `https://example.org/builder/${link}` },
    { label: 'a query', wrap: (link: string) => `?${link.slice(1)}` },
    { label: 'other parameters too', wrap: (link: string) => `#lang=zh&${link.slice(1)}` },
  ])('reads $label', ({ wrap }) => {
    const state = withState((s) => (s.config.save_checkpoint_steps = 1000), '2.5');
    expect(decodeShareState(wrap(encodeShareState(state))).state).toEqual(state);
  });
});

describe('decodeShareState is total', () => {
  const realLinks = [
    withState((s) => {
      s.config.save_checkpoint_steps = 1000;
      s.config.keep_checkpoint_max = 2;
      s.config.integrated_save = false;
      s.config.format = 'safetensors';
      s.callback.prefix = 'demo';
      s.run.dataset_sink_mode = true;
      s.run.sink_size = 1;
    }, '2.4'),
    withState((s) => {
      s.callback.prefix = '中文前缀检查点'.repeat(6);
      s.config.append_info = ['epoch_num', 'step_num', { lr: 0.01 }];
      s.config.enc_key = { ...DEFAULT_ENC_KEY_REF };
    }, '2.7'),
  ].map(encodeShareState);

  test('the real links used here are one readable and one compressed', () => {
    expect(realLinks.map((link) => link.startsWith('#s=1.z'))).toEqual([false, true]);
  });

  const arbitraryText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ maxLength: 200 }).map((body) => `#s=1.${body}`),
    fc.stringMatching(/^[A-Za-z0-9_-]{0,200}$/).map((body) => `#s=1.z${body}`),
    fc
      .array(
        fc.oneof(fc.nat(60), fc.string({ maxLength: 5 }), fc.constantFrom("'x'", '!1~', '(a:1)')),
        {
          maxLength: 20,
        },
      )
      .map((items) => `#s=1.${items.join(',')}`),
    fc.nat(20).map((version) => `#s=${version}.1,2`),
  );

  test(
    'never throws on arbitrary text, and every notice names a field',
    () => {
      fc.assert(
        fc.property(arbitraryText, (text) => {
          const { state, notices } = decodeShareState(text);
          expect(builderStateSchema.safeParse(state).success).toBe(true);
          expectNamedFields(notices);
        }),
        { numRuns: 10_000 },
      );
    },
    SLOW,
  );

  test(
    'never throws on truncated or mutated real links, and every notice names a field',
    () => {
      const mutated = fc
        .record({
          link: fc.constantFrom(...realLinks),
          cut: fc.nat(),
          position: fc.nat(),
          replacement: fc.string({ unit: 'binary', maxLength: 3 }),
          deleteCount: fc.nat(3),
        })
        .map(({ link, cut, position, replacement, deleteCount }) => {
          const truncated = link.slice(0, cut % (link.length + 1));
          const at = position % (truncated.length + 1);
          return truncated.slice(0, at) + replacement + truncated.slice(at + deleteCount);
        });
      fc.assert(
        fc.property(mutated, (text) => {
          const { state, notices } = decodeShareState(text);
          expect(builderStateSchema.safeParse(state).success).toBe(true);
          expectNamedFields(notices);
        }),
        { numRuns: 3_000 },
      );
    },
    SLOW,
  );

  test('every prefix of a real link decodes without throwing', () => {
    for (const link of realLinks) {
      for (let length = 0; length <= link.length; length++) {
        const { notices } = decodeShareState(link.slice(0, length));
        expectNamedFields(notices);
      }
    }
    expect(decodeShareState(realLinks[0] ?? '').notices).toEqual([]);
  });

  test.each([
    { label: 'a non-string', input: 42 as unknown as string },
    { label: 'a huge text', input: `#s=1.${'1,'.repeat(60_000)}1` },
    { label: 'deep nesting', input: `#s=1.16,${'!'.repeat(5000)}${'~'.repeat(5000)}` },
    { label: 'a bomb-like compressed body', input: `#s=1.z${'A'.repeat(2000)}` },
    { label: 'a broken escape', input: '#s=1.%E0%A4%A' },
  ])('returns a valid state and named notices for $label', ({ input }) => {
    const { state, notices } = decodeShareState(input);
    expect(builderStateSchema.safeParse(state).success).toBe(true);
    expect(notices.length).toBeGreaterThan(0);
    expectNamedFields(notices);
  });
});

describe('a damaged link costs only its damaged entries', () => {
  test.each<[string, string, Record<string, unknown>, { field: string; reason: string }]>([
    [
      'a value that is no JSON',
      '#s=1.1,1000,3,abc',
      { save_checkpoint_steps: 1000, keep_checkpoint_max: 5 },
      { field: 'config.keep_checkpoint_max', reason: 'invalid-value' },
    ],
    [
      'a string cut short',
      "#s=1.1,7,3,2,5,'abcd",
      { save_checkpoint_steps: 7, keep_checkpoint_max: 2 },
      { field: 'callback.prefix', reason: 'invalid-value' },
    ],
    [
      'an entry that names no field',
      '#s=1.1,1000.3,true',
      { save_checkpoint_steps: 1000.3 },
      { field: 'link', reason: 'unreadable-entry' },
    ],
  ])('%s', (_label, link, config, notice) => {
    const { state, notices } = decodeShareState(link);
    expect({ ...state.config, prefix: state.callback.prefix }).toMatchObject(config);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject(notice);
    expect(builderStateSchema.safeParse(state).success).toBe(true);
  });

  test('a link with nothing readable still opens the defaults, said once', () => {
    const { state, notices } = decodeShareState('#s=1.abc,def');
    expect(state).toEqual(defaultState());
    expect(notices).toEqual([expect.objectContaining({ field: 'link', reason: 'unreadable' })]);
  });
});

describe('decodeShareState notices', () => {
  test.each([
    {
      label: 'an unknown format version',
      link: `#s=${SHARE_FORMAT_VERSION + 1}.3,2`,
      field: 'link',
      reason: 'unknown-format',
    },
    { label: 'no state at all', link: '#about', field: 'link', reason: 'unreadable' },
    {
      label: 'an unknown field number',
      link: '#s=1.999,1',
      field: 'link.999',
      reason: 'unknown-field',
    },
    {
      label: 'an unknown MindSpore version',
      link: "#s=1.0,'9.9'",
      field: 'mindspore_version',
      reason: 'invalid-value',
    },
    {
      label: 'an invalid run value',
      link: "#s=1.7,'ten'",
      field: 'run.epoch',
      reason: 'invalid-value',
    },
    {
      label: 'an invalid run choice',
      link: "#s=1.25,'TPU'",
      field: 'run.device_target',
      reason: 'invalid-value',
    },
    {
      label: 'a tagged value the state cannot hold',
      link: "#s=1.3,('%24py':'int','value':'ten')",
      field: 'config.keep_checkpoint_max',
      reason: 'invalid-value',
    },
    {
      label: 'a str enc_key',
      link: "#s=1.17,'0123456789abcdef'",
      field: 'config.enc_key',
      reason: 'key-material',
    },
    {
      label: 'a bytes enc_key',
      link: "#s=1.17,('%24py':'bytes','hex':'00ff')",
      field: 'config.enc_key',
      reason: 'key-material',
    },
    {
      label: 'a value cut off',
      link: '#s=1.3,2,1',
      field: 'config.save_checkpoint_steps',
      reason: 'invalid-value',
    },
  ])('$label → a notice on $field, the field at its default', ({ link, field, reason }) => {
    const { state, notices } = decodeShareState(link);
    expect(notices).toEqual([expect.objectContaining({ field, reason })]);
    const defaults = defaultState(state.mindspore_version);
    const [section, name] = field.split('.') as [string, string | undefined];
    if (section === 'config' && name !== undefined)
      expect(state.config[name]).toEqual(defaults.config[name]);
    if (section === 'run' && name !== undefined) {
      expect(state.run[name as keyof typeof state.run]).toEqual(
        defaults.run[name as keyof typeof state.run],
      );
    }
  });

  test.each([
    {
      label: 'a negative keep_checkpoint_max',
      link: '#s=1.3,-1',
      name: 'keep_checkpoint_max',
      value: -1,
    },
    { label: 'a float steps', link: '#s=1.1,2.5', name: 'save_checkpoint_steps', value: 2.5 },
    { label: 'a str for a bool', link: "#s=1.10,'False'", name: 'integrated_save', value: 'False' },
    { label: 'an int enc_key', link: '#s=1.17,5', name: 'enc_key', value: 5 },
  ])('keeps values MindSpore would reject, as given: $label', ({ link, name, value }) => {
    const { state, notices } = decodeShareState(link);
    expect(notices).toEqual([]);
    expect(state.config[name]).toEqual(value);
  });

  test('an empty text opens the defaults without a notice', () => {
    expect(decodeShareState('')).toEqual({ state: defaultState(), notices: [] });
  });

  test('a keyword named __proto__ stays an ordinary keyword', () => {
    const { state } = decodeShareState("#s=1.'__proto__',5");
    expect(Object.getPrototypeOf(state.config)).toBe(Object.prototype);
    expect(Object.entries(state.config)).toContainEqual(['__proto__', 5]);
  });
});

describe('the numbered field table', () => {
  test('numbers every argument of the table and every run field', () => {
    for (const argument of ARGUMENTS) expect(LINK_FIELDS).toContain(`config.${argument.name}`);
    for (const name of Object.keys(runModelSchema.shape))
      expect(LINK_FIELDS).toContain(`run.${name}`);
    expect(new Set(LINK_FIELDS).size).toBe(LINK_FIELDS.length);
  });

  test('the v1 baseline is the current default run (else add format 2 and a migration)', () => {
    // Not required for correctness (links carry differences from the pinned baseline), but a
    // drift would make the defaults' link longer; decide then whether a format 2 pays.
    expect(LINK_BASELINE_V1.run).toEqual(DEFAULT_RUN);
    expect(LINK_BASELINE_V1.mindspore_version).toBe(DEFAULT_VERSION);
  });
});

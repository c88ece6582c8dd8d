import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { effectivePolicy } from '../mindspore/policy';
import { validate, validateRun } from '../mindspore/validate';
import { builderStateArbitrary } from '../share/state-arbitraries';
import { decodeShareState } from '../share/share-decode';
import { encodeShareState } from '../share/share-state';
import { isArgumentOf, MINDSPORE_VERSIONS, versionAtLeast } from '../versions';
import { applyPreset, matchingPreset, presetConfig, presetMatches, PRESETS } from './presets';
import { defaultState } from './state';
import { builderStateSchema } from './state-schema';

const everyPresetOnEveryVersion = PRESETS.flatMap((preset) =>
  MINDSPORE_VERSIONS.map((version) => ({ id: preset.id, version, preset })),
);

describe('PRESETS', () => {
  test('has the five jobs of issue 6, each named and described in both languages', () => {
    expect(PRESETS.map((preset) => preset.id)).toEqual([
      'mindspore-defaults',
      'long-pretraining',
      'time-based-unstable',
      'mindformers-llm',
      'thinned-history',
    ]);
    for (const preset of PRESETS) {
      for (const text of [preset.name, preset.description]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.zh.length).toBeGreaterThan(0);
      }
    }
  });

  test.each(everyPresetOnEveryVersion)(
    '$id on $version is a state MindSpore accepts, and is lit',
    ({ preset, version }) => {
      const state = applyPreset(defaultState(version), preset);
      expect(builderStateSchema.safeParse(state).success).toBe(true);
      expect(validate(state)).toEqual([]);
      expect(validateRun(state)).toEqual([]);
      expect(matchingPreset(state)?.id).toBe(preset.id);
      // Every argument the preset sets exists in this version or is left out, never passed.
      for (const name of Object.keys(state.config)) expect(isArgumentOf(version, name)).toBe(true);
    },
  );

  test.each([
    {
      id: 'long-pretraining',
      policy: {
        save_checkpoint_steps: 1000,
        save_checkpoint_seconds: null,
        keep_checkpoint_max: 3,
        keep_checkpoint_per_n_minutes: null,
      },
    },
    {
      id: 'time-based-unstable',
      policy: {
        save_checkpoint_steps: 0,
        save_checkpoint_seconds: 600,
        keep_checkpoint_max: 3,
        keep_checkpoint_per_n_minutes: null,
      },
    },
    {
      id: 'mindformers-llm',
      policy: {
        save_checkpoint_steps: 1000,
        save_checkpoint_seconds: null,
        keep_checkpoint_max: 2,
        keep_checkpoint_per_n_minutes: null,
      },
    },
    {
      id: 'thinned-history',
      policy: {
        save_checkpoint_steps: 200,
        save_checkpoint_seconds: null,
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 15,
      },
    },
  ])('$id gives the effective policy its description promises', ({ id, policy }) => {
    const preset = PRESETS.find((candidate) => candidate.id === id);
    expect(preset).toBeDefined();
    if (preset !== undefined)
      expect(effectivePolicy(applyPreset(defaultState(), preset))).toEqual(policy);
  });

  test.each(MINDSPORE_VERSIONS.map((version) => ({ version })))(
    'MindFormers on $version writes safetensors only where CheckpointConfig has format (2.4+)',
    ({ version }) => {
      const mindformers = PRESETS.find((preset) => preset.id === 'mindformers-llm');
      if (mindformers === undefined) throw new Error('no MindFormers preset');
      const config = presetConfig(mindformers, version);
      expect(config.format).toBe(versionAtLeast(version, '2.4') ? 'safetensors' : undefined);
      expect(config.integrated_save).toBe(false);
    },
  );
});

describe('presetMatches and matchingPreset', () => {
  test.each(MINDSPORE_VERSIONS.map((version) => ({ version })))(
    'the defaults of $version light the MindSpore defaults preset',
    ({ version }) => {
      expect(matchingPreset(defaultState(version))?.id).toBe('mindspore-defaults');
    },
  );

  test('a preset reached by hand is lit, and unlit by a change to a governed field', () => {
    const byHand = defaultState('2.5');
    byHand.config.save_checkpoint_steps = 1000;
    byHand.config.keep_checkpoint_max = 3;
    byHand.callback.prefix = 'bert';
    byHand.config.foo = 'an unknown keyword MindSpore ignores';
    expect(matchingPreset(byHand)?.id).toBe('long-pretraining');
    byHand.config.crc_check = true;
    expect(matchingPreset(byHand)).toBeUndefined();
  });

  test('a value equal in Python but stored differently does not match (1.0 is not 1000)', () => {
    const floaty = defaultState();
    floaty.config.save_checkpoint_steps = { $py: 'float', value: '1000.0' };
    floaty.config.keep_checkpoint_max = 3;
    expect(matchingPreset(floaty)).toBeUndefined();
  });

  test('MindFormers is unlit without sink_size 1, which it governs', () => {
    const mindformers = PRESETS.find((preset) => preset.id === 'mindformers-llm');
    if (mindformers === undefined) throw new Error('no MindFormers preset');
    const state = applyPreset(defaultState('2.6'), mindformers);
    expect(presetMatches(mindformers, state)).toBe(true);
    state.run.sink_size = -1;
    expect(presetMatches(mindformers, state)).toBe(false);
  });

  test('presets never overlap: no preset applied to the defaults matches another', () => {
    for (const { preset, version } of everyPresetOnEveryVersion) {
      const state = applyPreset(defaultState(version), preset);
      const lit = PRESETS.filter((candidate) => presetMatches(candidate, state));
      expect(lit.map((candidate) => candidate.id)).toEqual([preset.id]);
    }
  });
});

describe('applyPreset', () => {
  test('on any state: keeps the version, lights the preset, is idempotent and survives a link', () => {
    fc.assert(
      fc.property(builderStateArbitrary(), fc.constantFrom(...PRESETS), (state, preset) => {
        const applied = applyPreset(state, preset);
        expect(applied.mindspore_version).toBe(state.mindspore_version);
        expect(presetMatches(preset, applied)).toBe(true);
        expect(matchingPreset(applied)?.id).toBe(preset.id);
        expect(applyPreset(applied, preset)).toEqual(applied);
        expect(matchingPreset(decodeShareState(encodeShareState(applied)).state)?.id).toBe(
          preset.id,
        );
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  test('keeps the run, and its total steps when sink_size 1 makes each epoch one step', () => {
    const mindformers = PRESETS.find((preset) => preset.id === 'mindformers-llm');
    if (mindformers === undefined) throw new Error('no MindFormers preset');
    const state = defaultState('2.4');
    state.run.step_seconds = 2;
    const applied = applyPreset(state, mindformers);
    expect(applied.run).toEqual({
      ...state.run,
      dataset_sink_mode: true,
      sink_size: 1,
      epoch: state.run.epoch * state.run.dataset_size,
    });
    expect(applied.callback).toEqual({
      prefix: 'llm_rank_0',
      directory: './output/checkpoint/rank_0',
    });
  });

  test('on CPU, where sink mode is inactive, the epochs stay as they are', () => {
    const mindformers = PRESETS.find((preset) => preset.id === 'mindformers-llm');
    if (mindformers === undefined) throw new Error('no MindFormers preset');
    const state = defaultState('2.4');
    state.run.device_target = 'CPU';
    expect(applyPreset(state, mindformers).run.epoch).toBe(state.run.epoch);
  });

  test('drops keywords the version does not read', () => {
    const state = defaultState('2.2');
    state.config.format = 'safetensors';
    state.config.foo = 1;
    const applied = applyPreset(state, PRESETS[0] ?? fail());
    expect(applied.config).toEqual(defaultState('2.2').config);
  });
});

function fail(): never {
  throw new Error('no preset');
}

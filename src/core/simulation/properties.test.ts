import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { completeState, type BuilderState } from '../config/state';
import { MINDSPORE_VERSIONS, VERSION_FACTS } from '../versions';
import { toMicroseconds } from './exact-time';
import { referenceRun } from './reference.test-helper';
import { planRun } from './run-plan';
import { simulate } from './simulate';
import type { EarlierFile } from './engine';
import type { SaveEvent, SimulationResult } from './types';

const policyInt = fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 7 }));

/** Small runs of every kind the simulator distinguishes, valid for MindSpore's checks. */
const stateArb: fc.Arbitrary<BuilderState> = fc
  .record({
    version: fc.constantFrom(...MINDSPORE_VERSIONS),
    steps: policyInt,
    seconds: fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 40 })),
    max: fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 4 })),
    perN: fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 2 })),
    asyncSave: fc.boolean(),
    safetensors: fc.boolean(),
    epoch: fc.integer({ min: 1, max: 4 }),
    initialEpoch: fc.integer({ min: 0, max: 3 }),
    datasetSize: fc.integer({ min: 1, max: 12 }),
    sinkMode: fc.boolean(),
    sinkSize: fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 6 })),
    mode: fc.constantFrom('GRAPH_MODE' as const, 'PYNATIVE_MODE' as const),
    device: fc.constantFrom('Ascend' as const, 'GPU' as const, 'CPU' as const),
    stepSeconds: fc.constantFrom(0.1, 0.5, 1, 1.5, 7, 10, 13, 20, 25, 30),
    startup: fc.constantFrom(0, 0.3, 5, 45),
    save: fc.constantFrom(0, 0.2, 1, 3, 12, 70),
    previousRuns: fc.integer({ min: 0, max: 2 }),
    trainCalls: fc.integer({ min: 1, max: 3 }),
    d2h: fc.boolean(),
  })
  .filter((x) => !!(x.steps || x.seconds || x.max || x.perN))
  .map((x) => {
    const facts = VERSION_FACTS[x.version];
    // safetensors refuses async_save on 2.4/2.5 (E19); keep generated states valid.
    const safetensors =
      x.safetensors && facts.formatExtension && !(x.asyncSave && facts.safetensorsRejectsAsync);
    const config: Record<string, null | number | boolean | string> = {
      save_checkpoint_steps: x.steps,
      save_checkpoint_seconds: x.seconds,
      keep_checkpoint_max: x.max,
      keep_checkpoint_per_n_minutes: x.perN,
      async_save: x.asyncSave,
    };
    if (safetensors) config.format = 'safetensors';
    return completeState({
      mindspore_version: x.version,
      config,
      run: {
        epoch: x.epoch + x.initialEpoch,
        initial_epoch: x.initialEpoch,
        dataset_size: x.datasetSize,
        dataset_sink_mode: x.sinkMode,
        sink_size: x.sinkSize,
        mode: x.mode,
        device_target: x.device,
        step_seconds: x.stepSeconds,
        startup_seconds: x.startup,
        save_seconds: x.save,
        checkpoint_bytes: 1000,
        previous_runs: x.previousRuns,
        train_calls: x.trainCalls,
        ms_enable_ckpt_d2h_async: x.d2h,
      },
    });
  });

const saves = (r: SimulationResult) => r.events.filter((e): e is SaveEvent => e.kind === 'save');

/** The reference, chaining earlier runs itself when they are managed (2.4/2.5 safetensors). */
function reference(state: BuilderState, prefix: string) {
  const planned = planRun(state);
  if (!planned.ok) throw new Error(planned.error.message);
  const plan = planned.plan;
  let earlier: EarlierFile[] = [];
  const facts = VERSION_FACTS[plan.version];
  if (
    plan.previousRuns > 0 &&
    facts.formatExtension &&
    plan.extension === 'safetensors' &&
    !facts.renameExtensions.includes('.safetensors')
  ) {
    for (let i = 0; i < plan.previousRuns; i++) {
      const out = referenceRun(plan, prefix, earlier);
      earlier = out.leftovers.map((f) => ({ ...f, mtimeTicks: f.mtimeTicks - out.endTicks }));
    }
  }
  return referenceRun(plan, prefix, earlier);
}

describe('the event-driven engine agrees with a step-by-step reference', () => {
  test('events, retained files, end time and the error step', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const result = simulate(state);
        if (result.error !== undefined && result.error.step === undefined) return; // construction
        const ref = reference(state, result.prefix);
        expect(result.events).toEqual(ref.events);
        expect(result.retained).toEqual(ref.retained);
        expect(toMicroseconds(result.end_time)).toBe(ref.endTicks);
        expect(result.error?.step ?? null).toBe(ref.errorStep);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe('invariants over generated states', () => {
  test('save times strictly increase; steps strictly increase within one train() call', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const result = simulate(state);
        const list = saves(result);
        for (let i = 1; i < list.length; i++) {
          const a = list[i - 1] as SaveEvent;
          const b = list[i] as SaveEvent;
          expect(b.time).toBeGreaterThan(a.time);
          if (state.run.train_calls === 1) expect(b.step).toBeGreaterThan(a.step);
        }
      }),
    );
  });

  test('event times never decrease', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { events, end_time } = simulate(state);
        for (let i = 1; i < events.length; i++)
          expect((events[i] as SaveEvent).time).toBeGreaterThanOrEqual(
            (events[i - 1] as SaveEvent).time,
          );
        if (events.length > 0)
          expect(end_time).toBeGreaterThanOrEqual((events.at(-1) as SaveEvent).time);
      }),
    );
  });

  test('retained = written − deleted; with keep_checkpoint_max = k > 0 at most k files ever exist', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const result = simulate(state);
        const max = state.config.keep_checkpoint_max;
        const maxMode = typeof max === 'number' && max > 0;
        const onDisk = new Set<string>();
        let peak = 0;
        for (const e of result.events) {
          if (e.kind === 'delete') onDisk.delete(e.file);
          else onDisk.add(e.file);
          peak = Math.max(peak, onDisk.size);
          if (maxMode) expect(onDisk.size).toBeLessThanOrEqual(max);
        }
        expect([...onDisk].sort()).toEqual(result.retained);
        expect(result.stats.peak_files).toBe(peak);
        expect(result.stats.saves).toBe(saves(result).filter((e) => !e.failed).length);
        expect(result.stats.deletes).toBe(result.events.filter((e) => e.kind === 'delete').length);
        expect(result.stats.overwrites).toBe(saves(result).filter((e) => e.overwrote).length);
        expect(result.stats.bytes_written).toBe(result.stats.saves * state.run.checkpoint_bytes);
      }),
    );
  });

  test('end time = startup + training steps + blocked time (when training runs to the end)', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const result = simulate(state);
        if (
          result.error !== undefined &&
          !(result.error.step !== undefined && state.config.async_save)
        )
          return;
        if (result.error !== undefined) return;
        const { run } = state;
        const expected =
          toMicroseconds(run.startup_seconds) +
          result.total_steps * toMicroseconds(run.step_seconds) +
          toMicroseconds(result.stats.blocked_seconds);
        expect(toMicroseconds(result.end_time)).toBe(expected);
      }),
    );
  });

  test('maxEvents changes nothing but the event list', () => {
    fc.assert(
      fc.property(stateArb, fc.integer({ min: 0, max: 30 }), (state, maxEvents) => {
        const full = simulate(state);
        const capped = simulate(state, { maxEvents });
        expect(capped.events).toEqual(full.events.slice(0, maxEvents));
        expect(capped.truncated).toBe(full.events.length > maxEvents);
        expect({ ...capped, events: [], truncated: false }).toEqual({
          ...full,
          events: [],
          truncated: false,
        });
      }),
    );
  });

  test('series: budgets hold, the peak and the end are kept, buckets add up', () => {
    fc.assert(
      fc.property(
        stateArb,
        fc.integer({ min: 5, max: 40 }),
        fc.integer({ min: 0, max: 10 }),
        (state, points, lives) => {
          const r = simulate(state, { maxSeriesPoints: points, maxLifespans: lives });
          if (r.error !== undefined && r.error.step === undefined) return;
          expect(r.series.disk.length).toBeLessThanOrEqual(points);
          expect(Math.max(...r.series.disk.map((p) => p.files))).toBe(r.stats.peak_files);
          expect(r.series.disk.at(-1)?.files).toBe(r.retained.length);
          expect(r.series.disk.at(-1)?.time).toBe(r.end_time);
          expect(r.series.buckets.reduce((n, b) => n + b.saves, 0)).toBe(r.stats.saves);
          expect(r.series.buckets.reduce((n, b) => n + b.deletes, 0)).toBe(r.stats.deletes);
          expect(r.series.lifespans.length).toBeLessThanOrEqual(lives);
          for (const l of r.series.lifespans) expect(l.end).toBeGreaterThanOrEqual(l.start);
        },
      ),
    );
  });
});

/**
 * `npm run bench`: how fast the simulator plays saves (simulation.md §4). Not part of `npm test`.
 * Each case runs a few times; the best time is reported (the machine is shared).
 */
import { completeState, type PartialBuilderState } from '../src/core/config/state';
import { simulate } from '../src/core/simulation/simulate';
import type { SimulateOptions } from '../src/core/simulation/types';

const REPEATS = 3;
const UI = { maxEvents: 1000 } satisfies SimulateOptions;

function best(partial: PartialBuilderState, options: SimulateOptions = UI) {
  const state = completeState(partial);
  let ms = Number.POSITIVE_INFINITY;
  let saves = 0;
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    const result = simulate(state, options);
    ms = Math.min(ms, performance.now() - started);
    if (result.error !== undefined) throw new Error(result.error.message);
    saves = result.stats.saves;
  }
  return { ms, saves };
}

function report(label: string, partial: PartialBuilderState, options: SimulateOptions = UI) {
  const { ms, saves } = best(partial, options);
  const rate = Math.round(saves / (ms / 1000)).toLocaleString('en-US');
  console.log(
    `${label.padEnd(58)} ${saves.toLocaleString('en-US').padStart(10)} saves ${ms.toFixed(1).padStart(9)} ms ${rate.padStart(13)} saves/s`,
  );
  return ms;
}

const fast = { step_seconds: 1, startup_seconds: 0, save_seconds: 0 };

console.log(`simulate() benchmark (best of ${REPEATS}; maxEvents ${UI.maxEvents} unless stated)`);
report('step-driven: every step, keep 5, 10^6 steps', {
  config: { save_checkpoint_steps: 1 },
  run: { ...fast, epoch: 1000, dataset_size: 1000 },
});
report(
  'step-driven: 10^6 saves, keep 5, all events kept',
  {
    config: { save_checkpoint_steps: 1 },
    run: { ...fast, epoch: 1000, dataset_size: 1000 },
  },
  {},
);
report('seconds-driven: every 10 s, 1 s steps, 10^7 steps', {
  config: { save_checkpoint_steps: 0, save_checkpoint_seconds: 10 },
  run: { ...fast, epoch: 10_000, dataset_size: 1000 },
});
report('per-n-driven: every step, per_n = 1 min, 10^6 steps', {
  config: { save_checkpoint_steps: 1, keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 },
  run: { ...fast, epoch: 1000, dataset_size: 1000 },
});
report('per-n-driven: every step, per_n = 1 min, sync 2 s writes', {
  config: { save_checkpoint_steps: 1, keep_checkpoint_max: 0, keep_checkpoint_per_n_minutes: 1 },
  run: { ...fast, epoch: 1000, dataset_size: 1000, save_seconds: 2 },
});
report('async 2.2: every step, 3 s background writes, 10^6 steps', {
  mindspore_version: '2.2',
  config: { save_checkpoint_steps: 1, async_save: true },
  run: { ...fast, epoch: 1000, dataset_size: 1000, save_seconds: 3 },
});

const big = report('10^9 steps, a save every 10^4 steps', {
  config: { save_checkpoint_steps: 10_000 },
  run: { ...fast, epoch: 1000, dataset_size: 1_000_000 },
});
const small = report('10^5 steps, a save every step', {
  config: { save_checkpoint_steps: 1 },
  run: { ...fast, epoch: 100, dataset_size: 1000 },
});
console.log(`ratio 10^9-step run / 10^5-step run: ${(big / small).toFixed(2)}`);

const started = performance.now();
const refused = simulate(
  completeState({ run: { ...fast, epoch: 100_000, dataset_size: 1_000_000 } }),
);
console.log(
  `10^11 saves refused in ${(performance.now() - started).toFixed(1)} ms: ${refused.error?.message ?? 'not refused'}`,
);

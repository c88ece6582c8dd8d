import { describe, expect, test } from 'vitest';
import { completeState, runProblemOf, simulate } from '../core/index';
import type { PartialBuilderState, RunProblemId } from '../core/index';
import { limitError } from '../core/simulation/run-plan';
import { formatMessage } from '../i18n/languages';
import type { Message } from '../i18n/languages';
import { runProblemMessages } from '../i18n/messages/run-problems';
import { diagnosticText } from './diagnostic-text';

const inLanguage =
  (language: 'en' | 'zh') => (message: Message, params?: Record<string, string | number>) =>
    formatMessage(message[language], params);

/** A run the simulator refuses for each of the builder's sentences, and that sentence. */
const REFUSED: [RunProblemId, PartialBuilderState][] = [
  ['epoch-not-whole', { run: { epoch: 0 } }],
  ['dataset-size-not-whole', { run: { dataset_size: -1 } }],
  ['initial-epoch-not-whole', { run: { initial_epoch: -1 } }],
  ['previous-runs-not-whole', { run: { previous_runs: 0.5 } }],
  ['device-num-not-whole', { run: { device_num: 0 } }],
  ['pipeline-stages-not-whole', { run: { pipeline_stages: 0 } }],
  ['train-calls-not-whole', { run: { train_calls: 0 } }],
  ['sink-size-not-whole', { run: { sink_size: 1.5 } }],
  ['step-seconds-not-positive', { run: { step_seconds: 0 } }],
  ['startup-seconds-negative', { run: { startup_seconds: -1 } }],
  ['save-seconds-negative', { run: { save_seconds: -0.5 } }],
  ['checkpoint-bytes-negative', { run: { checkpoint_bytes: -1 } }],
  ['disk-budget-negative', { run: { disk_budget_bytes: -1 } }],
  ['pipeline-stages-above-devices', { run: { pipeline_stages: 4, device_num: 2 } }],
  ['too-many-saves-estimated', { run: { epoch: 1_000_000, dataset_size: 1_000_000 } }],
  ['too-many-steps', { run: { epoch: 1_000_000_000, dataset_size: 1_000_000_000 } }],
  ['too-long', { run: { epoch: 1, dataset_size: 10, step_seconds: 1e12 } }],
];

/** The simulator's refusal of `partial`: its message, and which sentence it is. */
function refusal(partial: PartialBuilderState) {
  const state = completeState(partial);
  const error = simulate(state, { maxEvents: 0 }).error;
  if (error === undefined) throw new Error('the simulator played this run');
  expect(error.kind).toBe('RunModel');
  return { message: error.message, problem: runProblemOf(state, error.message) };
}

describe('the builder’s reasons a training run cannot be played', () => {
  test.each(REFUSED)(
    '%s: in English the core’s sentence, in Chinese a sentence of its own',
    (id, partial) => {
      const { message, problem } = refusal(partial);
      expect(problem?.id).toBe(id);
      expect(diagnosticText(message, problem, inLanguage('en'))).toBe(message);
      const chinese = diagnosticText(message, problem, inLanguage('zh'));
      expect(chinese).toMatch(/[\u4e00-\u9fff]/);
      for (const value of Object.values(problem?.values ?? {}))
        expect(chinese).toContain(String(value));
    },
  );

  test('the limit met while playing (more saves than the simulator plays) has its sentence too', () => {
    const { message } = limitError();
    const problem = runProblemOf(completeState({}), message);
    expect(problem?.id).toBe('too-many-saves');
    expect(diagnosticText(message, problem, inLanguage('en'))).toBe(message);
    expect(diagnosticText(message, problem, inLanguage('zh'))).toContain('10,000,000');
  });

  test('every sentence in the dictionary is one the core says (a case above covers each)', () => {
    const covered = new Set<string>([...REFUSED.map(([id]) => id), 'too-many-saves']);
    expect(Object.keys(runProblemMessages).sort()).toEqual([...covered].sort());
  });

  test('MindSpore’s own exceptions stay as MindSpore prints them', () => {
    const state = completeState({ run: { dataset_size: 0 } });
    const error = simulate(state, { maxEvents: 0 }).error!;
    expect(error.kind).not.toBe('RunModel');
    expect(runProblemOf(state, error.message)).toBeUndefined();
    expect(diagnosticText(error.message, undefined, inLanguage('zh'))).toBe(error.message);
  });
});

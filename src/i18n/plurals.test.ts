import { describe, expect, test } from 'vitest';
import { formatMessage } from './languages';
import { runProblemMessages } from './messages/run-problems';
import { timelineMessages as m } from './messages/timeline';

describe('English sentences agree with their counts; Chinese has one form', () => {
  test('the timeline summary with one file of each', () => {
    const params = {
      saves: '1',
      duration: '10 seconds',
      peakFiles: '1',
      peakBytes: '1 GB',
      left: '1',
    };
    expect(formatMessage(m.summary.en, params)).toBe(
      'Writes 1 checkpoint file over 10 seconds of training; at most 1 is on disk at once (1 GB), and 1 is left at the end.',
    );
    expect(formatMessage(m.summary.zh, params)).toContain('写入 1 个 checkpoint 文件');
  });

  test('the timeline summary with many', () => {
    const params = {
      saves: '1,000',
      duration: '2 hours',
      peakFiles: '5',
      peakBytes: '5 GB',
      left: '0',
    };
    expect(formatMessage(m.summary.en, params)).toBe(
      'Writes 1,000 checkpoint files over 2 hours of training; at most 5 are on disk at once (5 GB), and 0 are left at the end.',
    );
  });

  test.each([
    [m.peakDiskValue, { bytes: '1 GB', files: '1' }, '1 GB (1 file)'],
    [m.peakDiskValue, { bytes: '2 GB', files: '2' }, '2 GB (2 files)'],
    [
      m.diskDetail,
      { step: 3, time: '3 s', files: '1', bytes: '1 GB' },
      'Step 3 (3 s): 1 file, 1 GB on disk.',
    ],
    [m.wholeJob, { ranks: '8' }, 'Whole job (8 ranks)'],
    [
      runProblemMessages['pipeline-stages-above-devices'],
      { stages: 2, devices: 1 },
      'Each pipeline stage needs at least one device: 2 stages cannot run on 1 device.',
    ],
  ])('%#: %o → %s', (message, params, expected) => {
    expect(formatMessage(message.en, params)).toBe(expected);
  });
});

import type { SimulationEvent, SimulationResult } from '../../core/index';
import type { SimulationOutcome } from './simulation-outcome';

type Lifespan = SimulationResult['series']['lifespans'][number];

/**
 * A simulation outcome as the worker posts it: the thousands of events and lifespans as columns
 * of typed arrays (moved, not copied) and one string of file names, instead of thousands of small
 * objects. Structured clone copies objects one property at a time on both threads (~10 ms for
 * the default run's 5,000 events on the page's main thread); rebuilding them from columns takes
 * about a millisecond. `unpackOutcome(packOutcome(o))` equals `o`, key order included.
 */
export type PackedOutcome =
  Exclude<SimulationOutcome, { ok: true }> | { ok: true; packed: PackedResult; elapsedMs: number };

interface PackedResult {
  /** The result without its events and lifespans, which are in the columns below. */
  rest: Record<string, unknown>;
  /** The keys of the result and of its series, in their order (kept, as everything else is). */
  keys: string[];
  seriesKeys: string[];
  events: PackedEvents;
  lifespans: PackedLifespans;
}

/** One entry per event; `epoch` and `stepInEpoch` are 0 for deletions. */
interface PackedEvents {
  flags: Uint8Array;
  step: Float64Array;
  epoch: Float64Array;
  stepInEpoch: Float64Array;
  time: Float64Array;
  files: PackedStrings;
}

interface PackedLifespans {
  start: Float64Array;
  end: Float64Array;
  startStep: Float64Array;
  endStep: Float64Array;
  endedBy: Uint8Array;
  files: PackedStrings;
}

/** Strings end to end, and where each one ends. */
interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

const DELETE = 1;
const OVERWROTE = 2;
const FAILED = 4;
const PER_N_MINUTES = 8;

const ENDED_BY: readonly Lifespan['ended_by'][] = [
  'keep_checkpoint_max',
  'keep_checkpoint_per_n_minutes',
  'overwritten',
  'kept',
];

function packStrings(values: readonly string[]): PackedStrings {
  const ends = new Uint32Array(values.length);
  let end = 0;
  values.forEach((value, index) => {
    end += value.length;
    ends[index] = end;
  });
  return { text: values.join(''), ends };
}

function unpackString(strings: PackedStrings, index: number): string {
  return strings.text.slice(index === 0 ? 0 : strings.ends[index - 1], strings.ends[index]);
}

/** The outcome in its posted form, and the buffers to move with it. */
export function packOutcome(outcome: SimulationOutcome): {
  message: PackedOutcome;
  transfer: ArrayBuffer[];
} {
  if (!outcome.ok) return { message: outcome, transfer: [] };
  const { events: eventList, series, ...rest } = outcome.result;
  const { lifespans: lifespanList, ...otherSeries } = series;
  const keys = Object.keys(outcome.result);
  const seriesKeys = Object.keys(series);
  const count = eventList.length;
  const events: PackedEvents = {
    flags: new Uint8Array(count),
    step: new Float64Array(count),
    epoch: new Float64Array(count),
    stepInEpoch: new Float64Array(count),
    time: new Float64Array(count),
    files: packStrings(eventList.map((event) => event.file)),
  };
  eventList.forEach((event, index) => {
    events.step[index] = event.step;
    events.time[index] = event.time;
    if (event.kind === 'delete') {
      events.flags[index] =
        DELETE | (event.policy === 'keep_checkpoint_per_n_minutes' ? PER_N_MINUTES : 0);
    } else {
      events.flags[index] = (event.overwrote ? OVERWROTE : 0) | (event.failed ? FAILED : 0);
      events.epoch[index] = event.epoch;
      events.stepInEpoch[index] = event.step_in_epoch;
    }
  });
  const lives = lifespanList.length;
  const lifespans: PackedLifespans = {
    start: new Float64Array(lives),
    end: new Float64Array(lives),
    startStep: new Float64Array(lives),
    endStep: new Float64Array(lives),
    endedBy: new Uint8Array(lives),
    files: packStrings(lifespanList.map((lifespan) => lifespan.file)),
  };
  lifespanList.forEach((lifespan, index) => {
    lifespans.start[index] = lifespan.start;
    lifespans.end[index] = lifespan.end;
    lifespans.startStep[index] = lifespan.start_step;
    lifespans.endStep[index] = lifespan.end_step;
    lifespans.endedBy[index] = ENDED_BY.indexOf(lifespan.ended_by);
  });
  return {
    message: {
      ok: true,
      elapsedMs: outcome.elapsedMs,
      packed: { rest: { ...rest, series: otherSeries }, keys, seriesKeys, events, lifespans },
    },
    transfer: [
      events.flags,
      events.step,
      events.epoch,
      events.stepInEpoch,
      events.time,
      events.files.ends,
      lifespans.start,
      lifespans.end,
      lifespans.startStep,
      lifespans.endStep,
      lifespans.endedBy,
      lifespans.files.ends,
    ].map((array) => array.buffer as ArrayBuffer),
  };
}

/** The outcome the worker packed, as `runSimulation` gave it. */
export function unpackOutcome(message: PackedOutcome): SimulationOutcome {
  if (!message.ok) return message;
  const { rest, keys, seriesKeys, events, lifespans } = message.packed;
  const eventList: SimulationEvent[] = new Array<SimulationEvent>(events.flags.length);
  for (let index = 0; index < eventList.length; index += 1) {
    const flags = events.flags[index]!;
    const file = unpackString(events.files, index);
    if (flags & DELETE) {
      eventList[index] = {
        kind: 'delete',
        step: events.step[index]!,
        time: events.time[index]!,
        file,
        policy: flags & PER_N_MINUTES ? 'keep_checkpoint_per_n_minutes' : 'keep_checkpoint_max',
      };
    } else {
      eventList[index] = {
        kind: 'save',
        step: events.step[index]!,
        epoch: events.epoch[index]!,
        step_in_epoch: events.stepInEpoch[index]!,
        time: events.time[index]!,
        file,
        overwrote: (flags & OVERWROTE) !== 0,
        ...(flags & FAILED ? { failed: true as const } : {}),
      };
    }
  }
  const lifespanList: Lifespan[] = new Array<Lifespan>(lifespans.endedBy.length);
  for (let index = 0; index < lifespanList.length; index += 1) {
    lifespanList[index] = {
      file: unpackString(lifespans.files, index),
      start: lifespans.start[index]!,
      end: lifespans.end[index]!,
      start_step: lifespans.startStep[index]!,
      end_step: lifespans.endStep[index]!,
      ended_by: ENDED_BY[lifespans.endedBy[index]!]!,
    };
  }
  const restSeries = rest.series as Record<string, unknown>;
  const series: Record<string, unknown> = {};
  for (const key of seriesKeys) series[key] = key === 'lifespans' ? lifespanList : restSeries[key];
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    result[key] = key === 'events' ? eventList : key === 'series' ? series : rest[key];
  }
  return { ok: true, result: result as unknown as SimulationResult, elapsedMs: message.elapsedMs };
}

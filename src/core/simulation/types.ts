import type { DiagnosticKind } from '../mindspore/diagnostic';

/** simulation.md §3: what `simulate(state, options)` returns; plain JSON. */
export interface SimulationResult {
  /** The prefix actually used (after renaming because of earlier runs). */
  prefix: string;
  /** In the order they happen; a save's deletions come before the save. Capped by maxEvents. */
  events: SimulationEvent[];
  /** This run's files left at the end, sorted in plain string order. */
  retained: string[];
  total_steps: number;
  /** Seconds since ModelCheckpoint was constructed, after the final save and waits. */
  end_time: number;
  /** True only when events were actually dropped because of maxEvents. */
  truncated: boolean;
  error?: { kind: DiagnosticKind; message: string; step?: number };
  stats: SimulationStats;
  /** What the timeline draws, computed in the same pass (never by re-running per pixel). */
  series: SimulationSeries;
}

export interface SimulationStats {
  saves: number;
  deletes: number;
  overwrites: number;
  peak_files: number;
  peak_bytes: number;
  bytes_written: number;
  blocked_seconds: number;
}

export type SimulationEvent = SaveEvent | DeleteEvent;

export interface SaveEvent {
  kind: 'save';
  step: number;
  epoch: number;
  step_in_epoch: number;
  time: number;
  file: string;
  overwrote: boolean;
  /**
   * Present (true) only for a background write that failed (E31 with async_save on 2.2/2.3): it
   * leaves an empty file under this name, which retention counts like any other.
   */
  failed?: true;
}

export interface DeleteEvent {
  kind: 'delete';
  step: number;
  time: number;
  file: string;
  policy: 'keep_checkpoint_max' | 'keep_checkpoint_per_n_minutes';
}

/**
 * Downsampled views of the whole run for charts, exact at their sample points whatever maxEvents
 * is: files and bytes on disk over time (with the peak kept), and counts per interval.
 */
export interface SimulationSeries {
  /** Ordered by time; at most a few hundred points; includes the peak and the end. */
  disk: { time: number; step: number; files: number; bytes: number }[];
  /** Equal time buckets from 0 to end_time: saves and deletes in each. */
  buckets: { start: number; end: number; saves: number; deletes: number }[];
  /**
   * One entry per file lifetime for the lifespan chart, at most `maxLifespans` (default 2,000);
   * when there are more, `lifespans_truncated` is true and the kept ones are spread over the run.
   */
  lifespans: {
    file: string;
    start: number;
    end: number;
    start_step: number;
    end_step: number;
    ended_by: 'keep_checkpoint_max' | 'keep_checkpoint_per_n_minutes' | 'overwritten' | 'kept';
  }[];
  lifespans_truncated: boolean;
}

export interface SimulateOptions {
  /** Keep only the first N events (stats, retained, series stay exact). */
  maxEvents?: number;
  /** Most lifespans to return for drawing; default 2,000. */
  maxLifespans?: number;
  /** Most points of the disk series; default 400. */
  maxSeriesPoints?: number;
}

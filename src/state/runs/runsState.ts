import type { RunRecord } from '@/domain/run';

/** The run store's state: every record by id, and each target's history of run ids. */
export interface RunsState {
  runs: Record<string, RunRecord>;
  /** Per target, its runs' ids, oldest first. */
  history: Record<string, string[]>;
  /** Per target, the run shown instead of the latest (the user stepped back); absent: the latest. */
  shown: Record<string, string>;
}

export const EMPTY_RUNS: RunsState = { runs: {}, history: {}, shown: {} };

// The evaluation's state: the suites the user edits, the current suite's runs (each an immutable snapshot), the
// cells of the runs loaded so far, and which runs the grid and the history view show. Not persisted through
// localStorage (a suite with results is megabytes): persist.ts writes it to IndexedDB, load.ts reads it back.

import { create } from 'zustand';
import type { Cell, Suite, SuiteRun } from '@/domain/evaluation';

export interface EvaluationState {
  /** The IndexedDB read is done (or failed: storageProblem says so, and the store works in memory). */
  ready: boolean;
  /** Quota full, private mode, a blocked upgrade, records that could not be read: a sentence for the user. */
  storageProblem: string | null;
  suites: Suite[];
  currentSuiteId: string;
  /** The current suite's runs, oldest first (without their cells). */
  runs: SuiteRun[];
  /** By run id, by cellKey: the runs loaded so far only. */
  cells: Record<string, Record<string, Cell>>;
  /** null: the latest run. */
  shownRunId: string | null;
  /** null: the run before the shown one. */
  compareRunId: string | null;
  /** The suite run going now. */
  activeRunId: string | null;
  /** Why the last "Run …" started nothing (no cases, no panes, a run already going), or null. */
  notice: string | null;
}

export const INITIAL_EVALUATION: EvaluationState = {
  ready: false,
  storageProblem: null,
  suites: [],
  currentSuiteId: '',
  runs: [],
  cells: {},
  shownRunId: null,
  compareRunId: null,
  activeRunId: null,
  notice: null,
};

export const useEvaluationStore = create<EvaluationState>()(() => INITIAL_EVALUATION);

/** A new id with a one-letter kind: "s…" suites, "c…" cases, "k…" checks, "e…" suite runs. */
export function newId(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

// Reading the evaluation store. Each selector returns objects already in the state (never a new one per call),
// so a component re-renders only when what it shows changed.

import type { Cell, Suite, SuiteRun } from '@/domain/evaluation';
import type { RunRecord } from '@/domain/run';
import { selectLatestRun, useRunStore } from '@/state/runs';
import type { EvaluationState } from './evaluationStore';

/** Before the first load there is no suite yet: the grid shows this empty one. */
const NO_SUITE: Suite = Object.freeze({
  id: '',
  name: 'Suite',
  columns: [],
  cases: [],
  checks: [],
  createdAt: 0,
  updatedAt: 0,
}) as Suite;

export const selectCurrentSuite = (s: EvaluationState): Suite =>
  s.suites.find((suite) => suite.id === s.currentSuiteId) ?? s.suites[0] ?? NO_SUITE;

export const selectShownRun = (s: EvaluationState): SuiteRun | undefined =>
  (s.shownRunId === null ? undefined : s.runs.find((run) => run.id === s.shownRunId)) ?? s.runs.at(-1);

/** The run the shown one is compared with: the one picked, else the one before the shown run. */
export const selectCompareRun = (s: EvaluationState): SuiteRun | undefined => {
  if (s.compareRunId !== null) {
    const picked = s.runs.find((run) => run.id === s.compareRunId);
    if (picked) return picked;
  }
  const shown = selectShownRun(s);
  const index = shown ? s.runs.indexOf(shown) : -1;
  return index > 0 ? s.runs[index - 1] : undefined;
};

export const selectCell =
  (runId: string, cellKey: string) =>
  (s: EvaluationState): Cell | undefined => {
    const cells = Object.hasOwn(s.cells, runId) ? s.cells[runId] : undefined;
    return cells && Object.hasOwn(cells, cellKey) ? cells[cellKey] : undefined;
  };

/** The run-store target of a cell's run: its streaming record lives there while it runs. */
export function cellTarget(runId: string, cellKey: string): string {
  return `eval:${runId}:${cellKey}`;
}

/** The target of a judge's run on a cell. */
export function judgeTarget(runId: string, cellKey: string, checkId: string): string {
  return `judge:${runId}:${cellKey}:${checkId}`;
}

/** The streaming record of a cell while it runs (queued, running, retrying); undefined once it has settled and
 * the record was dropped from the run store — the cell then holds everything. */
export function useLiveCell(runId: string, cellKey: string): RunRecord | undefined {
  return useRunStore(selectLatestRun(cellTarget(runId, cellKey)));
}

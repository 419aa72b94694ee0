// Which runs the grid and the history view show, the human rating of a cell, and switching to an imported
// suite. Picking a run reads its cells from IndexedDB when they are not loaded yet.

import type { CellRating, Suite } from '@/domain/evaluation';
import { useEvaluationStore } from './evaluationStore';
import { ensureRunCells, loadSuiteRuns } from './load';
import { flushWrites, saveCells } from './persist';
import { selectCompareRun, selectShownRun } from './selectors';

/** Loads the cells of the shown run and of the run it is compared with. */
function loadShownCells(): Promise<unknown> {
  const s = useEvaluationStore.getState();
  const ids = [selectShownRun(s)?.id, selectCompareRun(s)?.id].filter((id): id is string => id !== undefined);
  return Promise.all(ids.map(ensureRunCells));
}

/** Shows a run of the history in the grid (null: the latest). */
export function showSuiteRun(runId: string | null): void {
  useEvaluationStore.setState({ shownRunId: runId });
  void loadShownCells();
}

/** Picks the run the shown one is compared with (null: the one before it). */
export function setCompareRun(runId: string | null): void {
  useEvaluationStore.setState({ compareRunId: runId });
  void loadShownCells();
}

/** A person's thumbs up/down and note on a cell. The one thing that changes in a finished run: it is the
 * person's judgement of the output, not part of what ran. */
export function rateCell(runId: string, cellKey: string, rating: CellRating): void {
  const s = useEvaluationStore.getState();
  const cell = Object.hasOwn(s.cells, runId) ? s.cells[runId]?.[cellKey] : undefined;
  if (!cell) return;
  const rated = { ...cell, rating: { thumb: rating.thumb, note: rating.note } };
  useEvaluationStore.setState((state) => ({
    cells: { ...state.cells, [runId]: { ...state.cells[runId], [cellKey]: rated } },
  }));
  saveCells(runId, [rated]);
}

/** Makes an imported suite the current one. A suite with the id of one already here replaces it (a suite
 * exported and imported back): its runs stay with it. */
export function importSuite(suite: Suite): void {
  const imported: Suite = { ...suite, updatedAt: Date.now() };
  useEvaluationStore.setState((s) => {
    const exists = s.suites.some((other) => other.id === imported.id);
    const active = s.activeRunId;
    return {
      suites: exists
        ? s.suites.map((other) => (other.id === imported.id ? imported : other))
        : [...s.suites, imported],
      currentSuiteId: imported.id,
      runs: [],
      // The cells of a run still going stay: the runner keeps filling them.
      cells: active !== null && Object.hasOwn(s.cells, active) ? { [active]: s.cells[active] ?? {} } : {},
      shownRunId: null,
      compareRunId: null,
    };
  });
  // Writes still waiting (a run of this very suite) land first, so its runs are read back whole.
  void flushWrites().then(() => loadSuiteRuns(imported.id));
}

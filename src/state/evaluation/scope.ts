// Which cells a "Run …" sends: every case × every pane, the selected rows, the failed or errored cells of the
// shown run, or one cell; and the words the history names the run by.

import { type Cell, cellKey, cellOutcome, type Suite, type TestCase } from '@/domain/evaluation';
import type { Pane } from '@/domain/pane';

export type CellScope =
  | { kind: 'all' }
  /** Selected rows. */
  | { kind: 'cases'; caseIds: string[] }
  /** Failed or errored cells of the shown run. */
  | { kind: 'failed' }
  | { kind: 'cell'; caseId: string; paneId: string };

export interface CellPair {
  testCase: TestCase;
  pane: Pane;
  key: string;
}

/** The case × pane pairs of `scope`, rows in table order and panes in column order. `shownCells` are the cells
 * of the shown run (what "failed" picks from). */
export function scopePairs(
  scope: CellScope,
  suite: Suite,
  panes: readonly Pane[],
  shownCells: Readonly<Record<string, Cell>>,
): CellPair[] {
  const pairs: CellPair[] = [];
  const selected = scope.kind === 'cases' ? new Set(scope.caseIds) : null;
  for (const testCase of suite.cases) {
    if (selected && !selected.has(testCase.id)) continue;
    if (scope.kind === 'cell' && testCase.id !== scope.caseId) continue;
    for (const pane of panes) {
      if (scope.kind === 'cell' && pane.id !== scope.paneId) continue;
      const key = cellKey(testCase.id, pane.id);
      if (scope.kind === 'failed') {
        const cell = Object.hasOwn(shownCells, key) ? shownCells[key] : undefined;
        const outcome = cell ? cellOutcome(cell) : null;
        if (outcome !== 'fail' && outcome !== 'error') continue;
      }
      pairs.push({ testCase, pane, key });
    }
  }
  return pairs;
}

/** "All cases", "Failed cells", "3 selected cases", "Case 4 · Pane 2". */
export function scopeLabel(scope: CellScope, suite: Suite, panes: readonly Pane[]): string {
  switch (scope.kind) {
    case 'all':
      return 'All cases';
    case 'failed':
      return 'Failed cells';
    case 'cases':
      return scope.caseIds.length === 1 ? '1 selected case' : `${scope.caseIds.length} selected cases`;
    case 'cell': {
      const row = suite.cases.findIndex((c) => c.id === scope.caseId) + 1;
      const column = panes.findIndex((p) => p.id === scope.paneId) + 1;
      return `Case ${row} · Pane ${column}`;
    }
  }
}

/** Why a scope has nothing to run, for the notice. */
export function nothingToRun(scope: CellScope, suite: Suite, panes: readonly Pane[]): string {
  if (suite.cases.length === 0) return 'There are no test cases to run: add a case first.';
  if (panes.length === 0) return 'There is no pane to run the cases on.';
  if (scope.kind === 'failed') return 'No cell of the shown run failed or errored: nothing to run again.';
  if (scope.kind === 'cases') return 'No case is selected.';
  return 'That cell is not in the grid any more.';
}

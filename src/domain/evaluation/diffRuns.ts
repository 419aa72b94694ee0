// Two runs of a suite, row by row: which cells changed outcome — the "which rows got worse after my prompt
// edit" view. Cells are matched by case id and pane id, so a case edited between the runs is still the same row
// and a case or pane only one run has is left out.

// The library is imported statically here (Compare loads it on demand through diffAnswers): this module belongs
// to the Evaluate screen, which is itself loaded lazily, and it diffs many rows at once.
import { diffWords } from 'diff';
import { toWordDiff, type WordDiff } from '@/lib/text';
import { cellOutcome } from './checks';
import { type Cell, cellKey, type SuiteRun } from './types';

export type Outcome = ReturnType<typeof cellOutcome>;

export interface RunSide {
  run: SuiteRun;
  cells: Readonly<Record<string, Cell>>;
}

export interface RowChange {
  caseId: string;
  paneId: string;
  /** 1-based, in the later run's order (its "Case N" / "Pane M"). */
  caseNumber: number;
  paneNumber: number;
  before: Outcome;
  after: Outcome;
  /** worse: pass → fail, pass → error, fail → error; better: the reverse; unsettled: either side pending. */
  direction: 'worse' | 'better' | 'unsettled';
  beforeOutput: string;
  afterOutput: string;
  /** Word diff before → after; null when it was not worth computing (see DIFF_BUDGET) — the outputs are here
   * to diff on demand. */
  diff: WordDiff | null;
}

/** What one diffRuns may spend on word diffs: per row, and in all (a run of 3,000 changed cells must not freeze
 * the page); outputs longer than `maxChars` are not diffed. */
export const DIFF_BUDGET = { perRowMs: 50, totalMs: 400, maxChars: 20_000 } as const;

/** The order rows are listed in: the regressions first, the headline pass → fail first of all. */
const ORDER = ['pass>fail', 'pass>error', 'fail>error', 'fail>pass', 'error>pass', 'error>fail'];

function rankOf(before: Outcome, after: Outcome): number {
  const i = ORDER.indexOf(`${before}>${after}`);
  return i === -1 ? ORDER.length : i;
}

function directionOf(before: Outcome, after: Outcome): RowChange['direction'] {
  const rank = rankOf(before, after);
  return rank < 3 ? 'worse' : rank < ORDER.length ? 'better' : 'unsettled';
}

const outcomeOf = (cell: Cell | undefined): Outcome => (cell ? cellOutcome(cell) : 'pending');

/** The cells of the case × pane pairs both runs have, whose outcome differs: worse first (pass → fail, then
 * pass → error, fail → error), then better, then changes to or from pending; in case then pane order within
 * each. Each row carries a word diff of its outputs. */
export function diffRuns(before: RunSide, after: RunSide, now: () => number = Date.now): RowChange[] {
  const beforeCases = new Set(before.run.cases.map((c) => c.id));
  const beforePanes = new Set(before.run.panes.map((p) => p.paneId));
  const rows: Array<Omit<RowChange, 'diff'> & { rank: number }> = [];
  after.run.cases.forEach((testCase, c) => {
    if (!beforeCases.has(testCase.id)) return;
    after.run.panes.forEach((pane, p) => {
      if (!beforePanes.has(pane.paneId)) return;
      const key = cellKey(testCase.id, pane.paneId);
      const was = Object.hasOwn(before.cells, key) ? before.cells[key] : undefined;
      const is = Object.hasOwn(after.cells, key) ? after.cells[key] : undefined;
      const outcomeBefore = outcomeOf(was);
      const outcomeAfter = outcomeOf(is);
      if (outcomeBefore === outcomeAfter) return;
      rows.push({
        caseId: testCase.id,
        paneId: pane.paneId,
        caseNumber: c + 1,
        paneNumber: p + 1,
        before: outcomeBefore,
        after: outcomeAfter,
        direction: directionOf(outcomeBefore, outcomeAfter),
        beforeOutput: was?.output ?? '',
        afterOutput: is?.output ?? '',
        rank: rankOf(outcomeBefore, outcomeAfter),
      });
    });
  });
  // Stable: rows of the same rank keep case then pane order.
  rows.sort((a, b) => a.rank - b.rank);
  const started = now();
  return rows.map(({ rank: _rank, ...row }) => {
    const affordable =
      now() - started < DIFF_BUDGET.totalMs &&
      row.beforeOutput.length <= DIFF_BUDGET.maxChars &&
      row.afterOutput.length <= DIFF_BUDGET.maxChars;
    const changes = affordable
      ? diffWords(row.beforeOutput, row.afterOutput, { timeout: DIFF_BUDGET.perRowMs })
      : undefined;
    const diff = changes ? toWordDiff(changes) : null;
    return { ...row, diff };
  });
}

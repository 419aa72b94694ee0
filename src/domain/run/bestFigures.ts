// Which pane did best on each metric. Pure so the highlight rules are tested once, apart from rendering.

import { type FigureName, type RunFigures, runFigures } from './figures';
import type { RunRecord } from './record';

type Direction = 'lowest' | 'highest';

const DIRECTIONS: Record<FigureName, Direction> = {
  ttftMs: 'lowest',
  totalMs: 'lowest',
  tokensPerSecond: 'highest',
  cost: 'lowest',
};

const NAMES = Object.keys(DIRECTIONS) as FigureName[];

function usable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * For each pane (null: not finished, so not compared), the metrics on which it is best. A metric is judged only
 * among panes that have a value for it, and only when at least two do — one number alone is not a comparison.
 * Ties are all best.
 */
export function bestFigures(panes: ReadonlyArray<Pick<RunFigures, FigureName> | null>): FigureName[][] {
  const best: FigureName[][] = panes.map(() => []);
  for (const name of NAMES) {
    const values = panes.map((pane) => pane?.[name]);
    const present = values.filter(usable);
    if (present.length < 2) continue;
    const target = DIRECTIONS[name] === 'lowest' ? Math.min(...present) : Math.max(...present);
    values.forEach((value, index) => {
      if (usable(value) && value === target) best[index]?.push(name);
    });
  }
  return best;
}

/** The best figures among the latest runs of several panes; only finished ('done') runs are compared. */
export function bestOfRuns(runs: ReadonlyArray<RunRecord | undefined>): FigureName[][] {
  return bestFigures(runs.map((run) => (run?.status === 'done' ? runFigures(run) : null)));
}

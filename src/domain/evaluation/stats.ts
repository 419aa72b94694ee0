// The figures under each grid column (pass rate, latency, cost), which column is best at each, and the run's
// progress bar (done / total, cost so far, time left).

import { cellOutcome } from './checks';
import type { Cell } from './types';

export interface ColumnStats {
  total: number;
  /** Cells that ended with an answer or an error. */
  finished: number;
  passed: number;
  failed: number;
  errored: number;
  /** passed ÷ (passed + failed + errored): an error counts as not passing. Null before any of them. */
  passRate: number | null;
  /** Over finished cells with a measured latency; null when none has one. */
  meanLatencyMs: number | null;
  p95LatencyMs: number | null;
  /** The sum of the costs known; null when no cell reported one. */
  totalCost: number | null;
}

/** The p-th percentile by the nearest-rank method: the smallest value with at least p % of the values at or
 * below it (no interpolation, so it is always a latency some cell had). */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function columnStats(cells: readonly Cell[]): ColumnStats {
  let passed = 0;
  let failed = 0;
  let errored = 0;
  const latencies: number[] = [];
  const costs: number[] = [];
  for (const cell of cells) {
    const outcome = cellOutcome(cell);
    if (outcome === 'pass') passed++;
    else if (outcome === 'fail') failed++;
    else if (outcome === 'error') errored++;
    if (cell.status === 'done' && cell.latencyMs !== null) latencies.push(cell.latencyMs);
    if (cell.cost !== null) costs.push(cell.cost);
  }
  const decided = passed + failed + errored;
  return {
    total: cells.length,
    finished: cells.filter((c) => c.status === 'done' || c.status === 'error').length,
    passed,
    failed,
    errored,
    passRate: decided === 0 ? null : passed / decided,
    meanLatencyMs: latencies.length === 0 ? null : sum(latencies) / latencies.length,
    p95LatencyMs: nearestRank(latencies, 95),
    totalCost: costs.length === 0 ? null : sum(costs),
  };
}

export type BestColumns = Record<'passRate' | 'meanLatencyMs' | 'p95LatencyMs' | 'totalCost', string[]>;

/** Sums of the same costs in another order can differ in the last bits: values this close are a tie. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function bestBy(
  stats: Readonly<Record<string, ColumnStats>>,
  figure: keyof BestColumns,
  higherIsBetter: boolean,
): string[] {
  let best: number | null = null;
  let ids: string[] = [];
  for (const [paneId, s] of Object.entries(stats)) {
    const value = s[figure];
    if (value === null) continue;
    if (best !== null && same(value, best)) ids.push(paneId);
    else if (best === null || (higherIsBetter ? value > best : value < best)) {
      best = value;
      ids = [paneId];
    }
  }
  return ids;
}

/** Per figure, the panes that are best at it: highest pass rate, lowest mean and p95 latency, lowest total
 * cost. A tie gives all the tied panes; a figure no pane has gives none. */
export function bestColumns(stats: Readonly<Record<string, ColumnStats>>): BestColumns {
  return {
    passRate: bestBy(stats, 'passRate', true),
    meanLatencyMs: bestBy(stats, 'meanLatencyMs', false),
    p95LatencyMs: bestBy(stats, 'p95LatencyMs', false),
    totalCost: bestBy(stats, 'totalCost', false),
  };
}

export interface Progress {
  /** Cells that will not run again: answered, failed or stopped (carried cells included). */
  done: number;
  total: number;
  /** What this run has cost so far (known costs only; carried cells were paid for by the run they came from). */
  cost: number;
  /** Time left, ms; null until a cell of this run has finished. */
  etaMs: number | null;
}

const isWaiting = (cell: Cell) =>
  cell.status === 'queued' || cell.status === 'running' || cell.status === 'retrying';

/**
 * Progress of a run. Time left = the mean time a cell took × the cells left ÷ the parallelism seen so far (the
 * time cells spent running, finished or not, over the time since the first started). Carried cells (copied
 * from an earlier run) count as done but not in the timing.
 */
export function progressOf(cells: readonly Cell[], now: number): Progress {
  const remaining = cells.filter(isWaiting).length;
  const cost = sum(cells.map((c) => (c.carried ? 0 : (c.cost ?? 0))));
  const timed = cells.filter((c) => !c.carried && c.startedAt !== undefined);
  const durations = timed
    .filter((c) => !isWaiting(c) && c.endedAt !== undefined)
    .map((c) => (c.endedAt ?? 0) - (c.startedAt ?? 0));
  const progress = { done: cells.length - remaining, total: cells.length, cost };
  if (durations.length === 0) return { ...progress, etaMs: null };
  if (remaining === 0) return { ...progress, etaMs: 0 };
  const mean = sum(durations) / durations.length;
  const first = timed.reduce((min, c) => Math.min(min, c.startedAt ?? now), now);
  const busy = sum(
    timed.map((c) => (c.endedAt !== undefined && !isWaiting(c) ? c.endedAt : now) - (c.startedAt ?? now)),
  );
  const span = now - first;
  const parallelism = span > 0 ? Math.max(1, busy / span) : 1;
  return { ...progress, etaMs: Math.round((mean * remaining) / parallelism) };
}

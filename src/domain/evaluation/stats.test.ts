import { describe, expect, it } from 'vitest';
import { bestColumns, type ColumnStats, columnStats, nearestRank, progressOf } from './stats';
import { makeCell } from './testing/cells';
import type { Cell, CheckResult } from './types';

const verdict = (pass: boolean | null): CheckResult => ({ checkId: 'k', pass, detail: '' });

describe('nearestRank', () => {
  it('takes the smallest value with at least p % at or below it', () => {
    const values = Array.from({ length: 20 }, (_, i) => (i + 1) * 10); // 10 … 200
    expect(nearestRank(values, 95)).toBe(190); // rank ceil(0.95 × 20) = 19
    expect(nearestRank([5, 1, 3], 95)).toBe(5); // rank ceil(2.85) = 3
    expect(nearestRank([7], 95)).toBe(7);
    expect(nearestRank([], 95)).toBeNull();
    expect(nearestRank([3, 1, 2], 0)).toBe(1);
  });
});

describe('columnStats', () => {
  it('counts outcomes and figures over the finished cells', () => {
    const cells: Cell[] = [
      makeCell({ checks: [verdict(true)], latencyMs: 100, cost: 0.001 }),
      makeCell({ checks: [verdict(false)], latencyMs: 300, cost: 0.002 }),
      makeCell({ checks: [verdict(null)], latencyMs: 200, cost: null }),
      makeCell({ status: 'error', latencyMs: null, cost: null, output: '' }),
      makeCell({ status: 'running', latencyMs: null, cost: null, output: '' }),
    ];
    const stats = columnStats(cells);
    expect(stats).toMatchObject({ total: 5, finished: 4, passed: 2, failed: 1, errored: 1 });
    expect(stats.passRate).toBe(0.5);
    expect(stats.meanLatencyMs).toBe(200);
    expect(stats.p95LatencyMs).toBe(300);
    expect(stats.totalCost).toBeCloseTo(0.003, 12);
  });

  it('has no figures before anything finished', () => {
    expect(columnStats([makeCell({ status: 'queued', latencyMs: null, cost: null })])).toEqual({
      total: 1,
      finished: 0,
      passed: 0,
      failed: 0,
      errored: 0,
      passRate: null,
      meanLatencyMs: null,
      p95LatencyMs: null,
      totalCost: null,
    });
    expect(columnStats([]).passRate).toBeNull();
  });
});

const figures = (over: Partial<ColumnStats>): ColumnStats => ({
  total: 4,
  finished: 4,
  passed: 0,
  failed: 0,
  errored: 0,
  passRate: null,
  meanLatencyMs: null,
  p95LatencyMs: null,
  totalCost: null,
  ...over,
});

describe('bestColumns', () => {
  it('picks the highest pass rate and the lowest latency and cost', () => {
    const best = bestColumns({
      a: figures({ passRate: 0.5, meanLatencyMs: 900, p95LatencyMs: 1200, totalCost: 0.02 }),
      b: figures({ passRate: 0.75, meanLatencyMs: 400, p95LatencyMs: 1500, totalCost: 0.05 }),
      c: figures({ passRate: 0.25, meanLatencyMs: 600, p95LatencyMs: 700, totalCost: 0.01 }),
    });
    expect(best).toEqual({ passRate: ['b'], meanLatencyMs: ['b'], p95LatencyMs: ['c'], totalCost: ['c'] });
  });

  it('gives every tied pane, also when sums differ only in the last bits', () => {
    const best = bestColumns({
      a: figures({ passRate: 1, totalCost: 0.1 + 0.2 }),
      b: figures({ passRate: 0.5, totalCost: 0.3 }),
      c: figures({ passRate: 1, totalCost: 0.4 }),
    });
    expect(best.passRate).toEqual(['a', 'c']);
    expect(best.totalCost).toEqual(['a', 'b']);
  });

  it('gives none for a figure no pane has, and skips panes without it', () => {
    const best = bestColumns({ a: figures({ meanLatencyMs: 500 }), b: figures({ meanLatencyMs: null }) });
    expect(best).toEqual({ passRate: [], meanLatencyMs: ['a'], p95LatencyMs: [], totalCost: [] });
    expect(bestColumns({})).toEqual({ passRate: [], meanLatencyMs: [], p95LatencyMs: [], totalCost: [] });
  });

  it('is not fooled by a zero (a free model is the cheapest)', () => {
    expect(bestColumns({ a: figures({ totalCost: 0 }), b: figures({ totalCost: 0.01 }) }).totalCost).toEqual([
      'a',
    ]);
  });
});

describe('progressOf', () => {
  const t0 = 1_000_000;

  it('has no estimate until a cell has finished', () => {
    const cells = [
      makeCell({ status: 'running', startedAt: t0, cost: null }),
      makeCell({ status: 'queued', cost: null }),
    ];
    expect(progressOf(cells, t0 + 500)).toEqual({ done: 0, total: 2, cost: 0, etaMs: null });
  });

  it('estimates the mean cell time × cells left ÷ the parallelism seen', () => {
    // Two lanes: four cells of 1 s each finished in 2 s, two running for 0.5 s, four queued.
    const finished = [0, 0, 1000, 1000].map((start) =>
      makeCell({ startedAt: t0 + start, endedAt: t0 + start + 1000, cost: 0.001 }),
    );
    const running = [0, 0].map(() => makeCell({ status: 'running', startedAt: t0 + 2000, cost: null }));
    const queued = [0, 0, 0, 0].map(() => makeCell({ status: 'queued', cost: null }));
    const progress = progressOf([...finished, ...running, ...queued], t0 + 2500);
    expect(progress).toMatchObject({ done: 4, total: 10 });
    expect(progress.cost).toBeCloseTo(0.004, 12);
    // busy 4000 + 1000 ms over 2500 ms → parallelism 2; 1000 ms × 6 left ÷ 2.
    expect(progress.etaMs).toBe(3000);
  });

  it('counts errored, stopped and carried cells as done, leaving carried ones out of the timing', () => {
    const cells = [
      makeCell({ carried: true, startedAt: 0, endedAt: 60_000 }),
      makeCell({ status: 'error', startedAt: t0, endedAt: t0 + 200, cost: null }),
      makeCell({ status: 'stopped', cost: null }),
      makeCell({ status: 'queued', cost: null }),
    ];
    const progress = progressOf(cells, t0 + 200);
    expect(progress).toMatchObject({ done: 3, total: 4, etaMs: 200, cost: 0 });
  });

  it('is zero time left when nothing is waiting', () => {
    expect(progressOf([makeCell({ startedAt: t0, endedAt: t0 + 10 })], t0 + 10).etaMs).toBe(0);
  });
});

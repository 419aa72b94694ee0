import { describe, expect, it } from 'vitest';
import type { Cell } from '@/domain/evaluation';
import { paneFigures } from './columnFigures';

const cell = (paneId: string, i: number, over: Partial<Cell>): Cell => ({
  key: `c${i}|${paneId}`,
  caseId: `c${i}`,
  paneId,
  status: 'done',
  request: { model: 'm', messages: [] },
  output: 'x',
  finishReason: 'stop',
  latencyMs: 100,
  ttftMs: 10,
  promptTokens: 1,
  completionTokens: 1,
  cost: 0.001,
  attempts: 1,
  checks: [{ checkId: 'k', pass: true, detail: '' }],
  ...over,
});

describe('paneFigures', () => {
  it('gives each pane its stats and the figures it is best at', () => {
    const cells = Object.fromEntries(
      [
        cell('a', 1, {}),
        cell('a', 2, { checks: [{ checkId: 'k', pass: false, detail: '' }] }),
        cell('b', 1, { latencyMs: 50, cost: 0.01 }),
        cell('b', 2, { latencyMs: 60, cost: 0.01 }),
      ].map((c) => [c.key, c]),
    );
    const figures = paneFigures(['a', 'b'], cells);
    expect(figures.a?.stats.passRate).toBe(0.5);
    expect(figures.b?.stats.passRate).toBe(1);
    expect(figures.b?.best).toEqual(['passRate', 'meanLatencyMs', 'p95LatencyMs']);
    expect(figures.a?.best).toEqual(['totalCost']);
  });

  it('marks nobody best at a figure every pane ties on', () => {
    const cells = Object.fromEntries(
      [cell('a', 1, {}), cell('b', 1, { latencyMs: 50 })].map((c) => [c.key, c]),
    );
    const figures = paneFigures(['a', 'b'], cells);
    expect(figures.a?.best).toEqual([]);
    expect(figures.b?.best).toEqual(['meanLatencyMs', 'p95LatencyMs']);
  });

  it('marks no best with one pane, and counts nothing for a pane with no cells', () => {
    const figures = paneFigures(['a', 'b'], undefined);
    expect(figures.a?.stats.finished).toBe(0);
    const one = paneFigures(['a'], { 'c1|a': cell('a', 1, {}) });
    expect(one.a?.best).toEqual([]);
  });
});

// The numbers a finished (or stopped) run is judged by, from its record alone: the chat view's metrics, the
// compare view's best-of highlights and the exported comparison all read them from here.

import { computeStreamMetrics, estimateTokens } from '@/lib/metrics';
import { costOfUsage } from '@/lib/pricing';
import type { RunRecord } from './record';

export interface RunFigures {
  ttftMs: number | null;
  totalMs: number | null;
  tokensPerSecond: number | null;
  completionTokens: number | null;
  promptTokens: number | null;
  cost: number | null;
  estimated: boolean;
}

export type FigureName = 'ttftMs' | 'totalMs' | 'tokensPerSecond' | 'cost';

// A finished record never changes, so its figures are worked out once.
const cache = new WeakMap<RunRecord, RunFigures>();

export function runFigures(run: RunRecord): RunFigures {
  const cached = cache.get(run);
  if (cached) return cached;
  const estimated = !run.usage;
  const completionTokens =
    run.usage?.completion_tokens ?? (run.choices.length ? estimateTokens(run.choices.join('')) : null);
  const metrics = computeStreamMetrics({
    startedAt: run.startedAt ?? run.createdAt,
    firstTokenAt: run.firstTokenAt ?? null,
    endedAt: run.endedAt ?? null,
    completionTokens,
    tokensEstimated: estimated,
    oneShot: run.request.stream !== true,
  });
  const figures: RunFigures = {
    ttftMs: metrics.timeToFirstTokenMs,
    totalMs: metrics.totalMs,
    tokensPerSecond: metrics.tokensPerSecond,
    completionTokens,
    promptTokens: run.usage?.prompt_tokens ?? null,
    cost: costOfUsage(run.pricing, run.usage)?.total ?? null,
    estimated,
  };
  cache.set(run, figures);
  return figures;
}

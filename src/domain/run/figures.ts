import type { Model } from '@/lib/api';
import { computeStreamMetrics, estimateTokens } from '@/lib/metrics';
import { costOfUsage } from '@/lib/pricing';
import type { RunResult } from './runState';

export interface RunFigures {
  ttftMs: number | null;
  totalMs: number | null;
  tokensPerSecond: number | null;
  completionTokens: number | null;
  promptTokens: number | null;
  cost: number | null;
  estimated: boolean;
}

/** The numbers a finished (or stopped) run is judged by; shared by the chat view and compare highlights. */
export function runFigures(result: RunResult, model: Model | undefined): RunFigures {
  const estimated = !result.usage;
  const completionTokens =
    result.usage?.completion_tokens ??
    (result.choices.length ? estimateTokens(result.choices.join('')) : null);
  const metrics = computeStreamMetrics({
    startedAt: result.startedAt ?? 0,
    firstTokenAt: result.firstTokenAt ?? null,
    endedAt: result.endedAt ?? null,
    completionTokens,
    tokensEstimated: estimated,
  });
  return {
    ttftMs: metrics.timeToFirstTokenMs,
    totalMs: metrics.totalMs,
    tokensPerSecond: metrics.tokensPerSecond,
    completionTokens,
    promptTokens: result.usage?.prompt_tokens ?? null,
    cost: costOfUsage(model?.pricing, result.usage)?.total ?? null,
    estimated,
  };
}

export type FigureName = 'ttftMs' | 'totalMs' | 'tokensPerSecond' | 'cost';

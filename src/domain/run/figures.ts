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
  /** `completion_tokens_details.reasoning_tokens`; null: not reported (never taken as 0). */
  reasoningTokens: number | null;
  /** Cached prompt tokens; null: not reported. */
  cachedTokens: number | null;
  /** What the run cost: the provider's own figure when it sent one (`usage.cost`), else worked out from the
   * model's prices (cached prompt tokens at the cached price when there is one). */
  cost: number | null;
  /** Where `cost` comes from; null when there is none. */
  costSource: 'provider' | 'prices' | null;
  /** The cost worked out from the prices, also when the provider's figure is the one shown. */
  pricedCost: number | null;
  estimated: boolean;
}

export type FigureName = 'ttftMs' | 'totalMs' | 'tokensPerSecond' | 'cost';

// A finished record never changes, so its figures are worked out once.
const cache = new WeakMap<RunRecord, RunFigures>();

/** Everything the model wrote, for an estimate of its tokens when the server sent no usage. */
function writtenText(run: RunRecord): string {
  const parts = [...run.choices, ...(run.reasoning ?? [])];
  for (const calls of run.toolCalls ?? []) for (const call of calls) parts.push(call.name, call.arguments);
  return parts.join('');
}

export function runFigures(run: RunRecord): RunFigures {
  const cached = cache.get(run);
  if (cached) return cached;
  const usage = run.usage;
  const estimated = !usage;
  const written = usage ? '' : writtenText(run);
  const completionTokens =
    usage?.completion_tokens ?? (run.choices.length || written ? estimateTokens(written) : null);
  const metrics = computeStreamMetrics({
    startedAt: run.startedAt ?? run.createdAt,
    firstTokenAt: run.firstTokenAt ?? null,
    endedAt: run.endedAt ?? null,
    completionTokens,
    tokensEstimated: estimated,
    oneShot: run.request.stream !== true,
  });
  const pricedCost = costOfUsage(run.pricing, usage)?.total ?? null;
  const providerCost = usage?.cost ?? null;
  const figures: RunFigures = {
    ttftMs: metrics.timeToFirstTokenMs,
    totalMs: metrics.totalMs,
    tokensPerSecond: metrics.tokensPerSecond,
    completionTokens,
    promptTokens: usage?.prompt_tokens ?? null,
    reasoningTokens: usage?.reasoning_tokens ?? null,
    cachedTokens: usage?.cached_tokens ?? null,
    cost: providerCost ?? pricedCost,
    costSource: providerCost !== null ? 'provider' : pricedCost !== null ? 'prices' : null,
    pricedCost,
    estimated,
  };
  cache.set(run, figures);
  return figures;
}

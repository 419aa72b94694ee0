// The metrics of an ended run as labelled rows, in the order the metrics list shows them, so the component only
// lays them out. A figure the server did not report reads "Not reported", never 0.

import { formatDuration, formatTokenCount, formatTokensPerSecond } from '@/lib/metrics';
import { formatUsd } from '@/lib/pricing';
import { type FigureName, runFigures } from './figures';
import type { RunRecord } from './record';

export interface MetricRow {
  /** The figure's name for best-of highlights; null for rows that are not compared. */
  name: FigureName | null;
  label: string;
  value: string;
}

export const NOT_REPORTED = 'Not reported';

function reported(tokens: number | null): string {
  return tokens === null ? NOT_REPORTED : formatTokenCount(tokens);
}

/** "$0.0012 (provider)" when the provider reported the cost itself; "—" when there is no cost at all. */
export function costText(cost: number | null, source: 'provider' | 'prices' | null): string {
  if (cost === null) return '—';
  return source === 'provider' ? `${formatUsd(cost)} (provider)` : formatUsd(cost);
}

export function runMetricRows(run: RunRecord): MetricRow[] {
  const f = runFigures(run);
  return [
    { name: null, label: 'Finish reason', value: run.finishReasons.filter(Boolean).join(', ') || '—' },
    { name: 'ttftMs', label: 'Time to first token', value: formatDuration(f.ttftMs) },
    { name: 'totalMs', label: 'Total time', value: formatDuration(f.totalMs) },
    {
      name: 'tokensPerSecond',
      label: 'Tokens/s',
      value: formatTokensPerSecond(f.tokensPerSecond, f.estimated),
    },
    {
      name: null,
      label: 'Tokens',
      value: `${formatTokenCount(f.promptTokens)} in · ${formatTokenCount(f.completionTokens, f.estimated)} out`,
    },
    { name: null, label: 'Reasoning tokens', value: reported(f.reasoningTokens) },
    { name: null, label: 'Cached tokens', value: reported(f.cachedTokens) },
    { name: 'cost', label: 'Cost', value: costText(f.cost, f.costSource) },
  ];
}

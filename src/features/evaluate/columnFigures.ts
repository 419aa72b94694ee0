// The figures under the column headers: each pane's stats from the shown run's cells, and which pane is best at
// each figure (said in words: "best", not by colour alone).

import { bestColumns, type Cell, type ColumnStats, columnStats } from '@/domain/evaluation';
import { dollarsText, latencyText, percentText } from './format';

export type FigureKey = 'passRate' | 'meanLatencyMs' | 'p95LatencyMs' | 'totalCost';

export const FIGURES: ReadonlyArray<{ key: FigureKey; label: string; text: (s: ColumnStats) => string }> = [
  { key: 'passRate', label: 'Pass rate', text: (s) => percentText(s.passRate) },
  { key: 'meanLatencyMs', label: 'Mean latency', text: (s) => latencyText(s.meanLatencyMs) },
  { key: 'p95LatencyMs', label: 'p95 latency', text: (s) => latencyText(s.p95LatencyMs) },
  { key: 'totalCost', label: 'Total cost', text: (s) => dollarsText(s.totalCost) },
];

export interface PaneFigures {
  stats: ColumnStats;
  /** The figures this pane is best at. */
  best: FigureKey[];
}

export function paneFigures(
  paneIds: readonly string[],
  cells: Record<string, Cell> | undefined,
): Record<string, PaneFigures> {
  const byPane: Record<string, Cell[]> = {};
  for (const id of paneIds) byPane[id] = [];
  for (const cell of Object.values(cells ?? {})) byPane[cell.paneId]?.push(cell);
  const stats: Record<string, ColumnStats> = {};
  for (const id of paneIds) stats[id] = columnStats(byPane[id] ?? []);
  // One pane has nothing to be best against.
  const best = paneIds.length > 1 ? bestColumns(stats) : undefined;
  const out: Record<string, PaneFigures> = {};
  for (const id of paneIds) {
    const paneStats = stats[id];
    if (!paneStats) continue;
    out[id] = {
      stats: paneStats,
      // A figure every pane ties on sets none apart: nobody is marked best at it.
      best: FIGURES.map((f) => f.key).filter(
        (key) => (best?.[key]?.includes(id) ?? false) && (best?.[key]?.length ?? 0) < paneIds.length,
      ),
    };
  }
  return out;
}

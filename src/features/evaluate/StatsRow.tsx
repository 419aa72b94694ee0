import { useMemo } from 'react';
import { AriaCell, AriaRow, AriaRowHeader } from './aria';
import { FIGURES, paneFigures } from './columnFigures';
import type { GridPane } from './gridColumns';
import { useRunCells } from './useRunCells';

interface StatsRowProps {
  rowIndex: number;
  template: string;
  columnCount: number;
  panes: readonly GridPane[];
  runId: string | null;
}

/** Each pane's pass rate, mean and p95 latency and total cost over the shown run; the best per figure marked. */
export function StatsRow({ rowIndex, template, columnCount, panes, runId }: StatsRowProps) {
  const cells = useRunCells(runId);
  const paneIds = useMemo(() => panes.map((p) => p.paneId), [panes]);
  const figures = useMemo(() => paneFigures(paneIds, cells), [paneIds, cells]);
  return (
    <AriaRow
      aria-rowindex={rowIndex}
      className="grid border-t border-slate-200"
      style={{ gridTemplateColumns: template }}
    >
      <AriaRowHeader className="px-2 py-1 text-xs text-slate-600">Figures</AriaRowHeader>
      {columnCount > 0 && <AriaCell style={{ gridColumn: `span ${columnCount}` }} />}
      {panes.map((pane) => {
        const f = figures[pane.paneId];
        return (
          <AriaCell key={pane.paneId} className="border-l border-slate-100 px-2 py-1">
            {f && f.stats.finished > 0 ? (
              <dl aria-label={`Figures of pane ${pane.number}`} className="grid grid-cols-2 gap-x-2 text-xs">
                {FIGURES.map((figure) => {
                  const best = f.best.includes(figure.key);
                  return (
                    <div
                      key={figure.key}
                      className={`flex gap-1 ${best ? 'font-semibold text-emerald-900' : 'text-slate-600'}`}
                    >
                      <dt>{figure.label}</dt>
                      <dd className="font-mono">
                        {figure.text(f.stats)}
                        {best && <span className="ml-1 rounded bg-emerald-100 px-1 font-sans">best</span>}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            ) : (
              <p className="text-xs text-slate-500">No results yet</p>
            )}
          </AriaCell>
        );
      })}
    </AriaRow>
  );
}

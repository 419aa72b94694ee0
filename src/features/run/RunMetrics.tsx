import { type FigureName, isActive, type RunRecord, runMetricRows } from '@/domain/run';

/** The figures of a run that has ended; `best` marks those that are the best among the compared panes. A figure
 * the server did not report (reasoning or cached tokens) reads "Not reported", never 0. */
export function RunMetrics({ run, best = [] }: { run: RunRecord | undefined; best?: readonly FigureName[] }) {
  if (!run || isActive(run)) return null;
  return (
    <dl title="Metrics" className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      {runMetricRows(run).map(({ name, label, value }) => {
        const isBest = name !== null && best.includes(name);
        return (
          <div
            key={label}
            className={isBest ? 'rounded bg-emerald-100 px-1 font-semibold text-emerald-900' : 'px-1'}
          >
            <dt className="text-slate-500">{label}</dt>
            <dd>
              {value}
              {isBest && <span className="sr-only"> (best)</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

import { type FigureName, isActive, type RunRecord, runFigures } from '@/domain/run';
import { formatDuration, formatTokenCount, formatTokensPerSecond } from '@/lib/metrics';
import { formatUsd } from '@/lib/pricing';

/** The figures of a run that has ended; `best` marks those that are the best among the compared panes. */
export function RunMetrics({ run, best = [] }: { run: RunRecord | undefined; best?: readonly FigureName[] }) {
  if (!run || isActive(run)) return null;
  const f = runFigures(run);
  const cell = (name: FigureName | null, label: string, value: string) => (
    <div
      className={
        name && best.includes(name) ? 'rounded bg-emerald-100 px-1 font-semibold text-emerald-900' : 'px-1'
      }
    >
      <dt className="text-slate-500">{label}</dt>
      <dd>
        {value}
        {name && best.includes(name) && <span className="sr-only"> (best)</span>}
      </dd>
    </div>
  );
  return (
    <dl title="Metrics" className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      {cell(null, 'Finish reason', run.finishReasons.filter(Boolean).join(', ') || '—')}
      {cell('ttftMs', 'Time to first token', formatDuration(f.ttftMs))}
      {cell('totalMs', 'Total time', formatDuration(f.totalMs))}
      {cell('tokensPerSecond', 'Tokens/s', formatTokensPerSecond(f.tokensPerSecond, f.estimated))}
      {cell(
        null,
        'Tokens',
        `${formatTokenCount(f.promptTokens)} in · ${formatTokenCount(f.completionTokens, f.estimated)} out`,
      )}
      {cell('cost', 'Cost', f.cost === null ? '—' : formatUsd(f.cost))}
    </dl>
  );
}

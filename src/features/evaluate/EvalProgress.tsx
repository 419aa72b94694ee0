import { useMemo } from 'react';
import { progressOf } from '@/domain/evaluation';
import { progressText } from './format';
import { useRunCells } from './useRunCells';
import { useTicker } from './useTicker';

/** Done / total of the shown run, its cost so far and the time left; ticks while a run goes. */
export function EvalProgress({ runId, active }: { runId: string | null; active: boolean }) {
  const cells = useRunCells(runId);
  const now = useTicker(active, 1000);
  const progress = useMemo(() => progressOf(Object.values(cells ?? {}), now), [cells, now]);
  if (!runId) return null;
  const text = progressText(progress);
  const percent = progress.total > 0 ? (progress.done / progress.total) * 100 : 0;
  return (
    <div className="flex min-w-48 flex-1 items-center gap-2">
      <div
        role="progressbar"
        aria-label="Evaluation progress"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={text}
        className="h-2 min-w-24 flex-1 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <span className="whitespace-nowrap font-mono text-xs text-slate-700">{text}</span>
    </div>
  );
}

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { historyNeighbour, selectHistoryPlace, showRun, useRunStore } from '@/state/runs';
import { Button } from '@/ui';

/** Steps through a pane's earlier answers (its run history); hidden until there are two. */
export function RunHistory({ target }: { target: string }) {
  const [position, count] = useRunStore(useShallow(useMemo(() => selectHistoryPlace(target), [target])));
  if (count < 2) return null;
  const step = (delta: number) => showRun(target, historyNeighbour(target, delta));
  return (
    <div className="flex items-center gap-2 text-xs text-slate-600">
      <Button size="sm" variant="ghost" disabled={position <= 1} onClick={() => step(-1)}>
        Previous answer
      </Button>
      <span role="status">
        Answer {position} of {count}
        {position < count && <span className="text-slate-500"> · earlier run</span>}
      </span>
      <Button size="sm" variant="ghost" disabled={position >= count} onClick={() => step(1)}>
        Next answer
      </Button>
    </div>
  );
}

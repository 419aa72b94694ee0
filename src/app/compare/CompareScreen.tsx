import { useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { paneTarget } from '@/domain/pane';
import { bestOfRuns, type FigureName } from '@/domain/run';
import { DiffPanel } from '@/features/compare';
import { ConversationEditor } from '@/features/conversation';
import { useRunShortcut } from '@/features/run';
import { type RunsState, selectLatestRun, useRunStore } from '@/state/runs';
import { selectPaneIds, useWorkbenchStore } from '@/state/workbench';
import { ComparePane } from './ComparePane';
import { CompareToolbar, runAll } from './CompareToolbar';

/** Each pane's latest run while it is finished, else undefined: a pane still streaming maps to undefined on every
 * frame, so the list compares equal item by item and the best-of highlights are not recomputed per frame. */
const selectFinishedRuns = (paneIds: readonly string[]) => (s: RunsState) =>
  paneIds.map((id) => {
    const run = selectLatestRun(paneTarget(id))(s);
    return run?.status === 'done' ? run : undefined;
  });

/** The best-of lists per pane, derived from the runs; a pane keeps its list object while its content is the
 * same, so a memoised pane is not re-rendered when another pane finishes. */
function useBestFigures(paneIds: readonly string[]): Array<readonly FigureName[]> {
  const finished = useRunStore(useShallow(useMemo(() => selectFinishedRuns(paneIds), [paneIds])));
  const previous = useRef<Array<readonly FigureName[]>>([]);
  return useMemo(() => {
    const next = bestOfRuns(finished).map((names, i) => {
      const before = previous.current[i];
      return before && before.length === names.length && before.every((n, j) => n === names[j])
        ? before
        : names;
    });
    previous.current = next;
    return next;
  }, [finished]);
}

/** Several panes answering the same conversation side by side. */
export function CompareScreen() {
  // The screen follows the list of panes, not their contents or runs.
  const paneIds = useWorkbenchStore(useShallow(selectPaneIds));
  const best = useBestFigures(paneIds);
  useRunShortcut(runAll);
  const columns = Math.min(paneIds.length, 3);

  return (
    <div className="min-h-0 flex-1 space-y-4 overflow-auto p-4">
      <CompareToolbar />
      {/* Images are sent to every pane; a model that cannot read them answers with an error in its pane. */}
      <ConversationEditor acceptsImages />
      <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${columns}, minmax(18rem, 1fr))` }}>
        {paneIds.map((paneId, index) => (
          <ComparePane
            key={paneId}
            paneId={paneId}
            index={index}
            count={paneIds.length}
            best={best[index] ?? []}
          />
        ))}
      </div>
      <DiffPanel />
    </div>
  );
}

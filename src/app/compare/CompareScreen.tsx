import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { paneTarget } from '@/domain/pane';
import { bestOfRuns, type FigureName } from '@/domain/run';
import { SyncScrollArea } from '@/features/compare';
import { useRunShortcut } from '@/features/run';
import { type RunsState, selectLatestRun, useRunStore } from '@/state/runs';
import { selectPaneIds, useWorkbenchStore } from '@/state/workbench';
import { ComparePane } from './ComparePane';
import { CompareToolbar, runAll } from './CompareToolbar';
import { PaneJumps } from './PaneJumps';
import { SharedComposer } from './SharedComposer';
import { ViewControls } from './ViewControls';

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

/**
 * Several panes answering the same conversation side by side, answers first: the shared conversation (bounded,
 * collapsible) above a strip of pane columns. On a wide screen the screen fits the window and each column
 * scrolls its own answer, so all answers start at the same height; with more panes than fit, the strip scrolls
 * sideways (columns keep a readable width), never the page. On a phone each pane is one swipeable page.
 */
export function CompareScreen() {
  // The screen follows the list of panes, not their contents or runs.
  const paneIds = useWorkbenchStore(useShallow(selectPaneIds));
  const best = useBestFigures(paneIds);
  useRunShortcut(runAll);
  const [baseline, setBaseline] = useState('');
  const [synced, setSynced] = useState(false);
  const strip = useRef<HTMLDivElement>(null);
  // A removed (or swept away) baseline pane ends the diff.
  const baselineId = paneIds.includes(baseline) ? baseline : '';
  const baselineNumber = paneIds.indexOf(baselineId) + 1;

  return (
    <div className="relative flex min-h-0 min-w-0 flex-1 flex-col gap-3 overflow-y-auto p-3">
      <CompareToolbar>
        <ViewControls
          paneIds={paneIds}
          baselineId={baselineId}
          onBaseline={setBaseline}
          synced={synced}
          onSynced={setSynced}
        />
      </CompareToolbar>
      <SharedComposer />
      <PaneJumps count={paneIds.length} strip={strip} />
      <SyncScrollArea enabled={synced}>
        <div
          ref={strip}
          className="relative grid shrink-0 snap-x snap-mandatory auto-cols-[100%] grid-flow-col items-start gap-3 overflow-x-auto pb-1 sm:auto-cols-[minmax(20rem,1fr)] lg:min-h-[20rem] lg:flex-1 lg:shrink lg:items-stretch"
        >
          {paneIds.map((paneId, index) => (
            <ComparePane
              key={paneId}
              paneId={paneId}
              index={index}
              count={paneIds.length}
              best={best[index] ?? []}
              baselineId={baselineId}
              baselineNumber={baselineNumber}
            />
          ))}
        </div>
      </SyncScrollArea>
    </div>
  );
}

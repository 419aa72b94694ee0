import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { FigureName, RunFigures } from '@/domain/run';
import { bestFigures } from '@/domain/run';
import { DiffPanel } from '@/features/compare';
import { ConversationEditor } from '@/features/conversation';
import { useRunShortcut } from '@/features/run';
import { useWorkbenchStore, type WorkbenchState } from '@/state/workbench';
import { ComparePane } from './ComparePane';
import { CompareToolbar, runAll } from './CompareToolbar';

// The view follows the list of panes, not their contents: a streamed frame (which replaces the pane objects)
// leaves the ids as they were, so neither the view nor its memoised panes re-render for it.
const selectPaneIds = (s: WorkbenchState) => s.panes.map((p) => p.id);

const NO_BEST: FigureName[] = [];

/** Several panes answering the same conversation side by side. */
export function CompareView() {
  const paneIds = useWorkbenchStore(useShallow(selectPaneIds));
  const [figures, setFigures] = useState<Record<string, RunFigures | null>>({});
  const onFigures = useCallback(
    (paneId: string, next: RunFigures | null) =>
      setFigures((prev) => (prev[paneId] === next ? prev : { ...prev, [paneId]: next })),
    [],
  );
  const paneFigures = useMemo(() => paneIds.map((id) => figures[id] ?? null), [paneIds, figures]);
  const best = useMemo(() => bestFigures(paneFigures), [paneFigures]);
  useRunShortcut(runAll);
  const columns = Math.min(paneIds.length, 3);

  return (
    <div className="min-h-0 flex-1 space-y-4 overflow-auto p-4">
      <CompareToolbar figures={paneFigures} />
      {/* Images are sent to every pane; a model that cannot read them answers with an error in its pane. */}
      <ConversationEditor acceptsImages />
      <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${columns}, minmax(18rem, 1fr))` }}>
        {paneIds.map((paneId, index) => (
          <ComparePane
            key={paneId}
            paneId={paneId}
            index={index}
            count={paneIds.length}
            best={best[index] ?? NO_BEST}
            onFigures={onFigures}
          />
        ))}
      </div>
      <DiffPanel />
    </div>
  );
}

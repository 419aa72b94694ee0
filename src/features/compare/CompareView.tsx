import { useCallback, useMemo, useState } from 'react';
import { ConversationEditor } from '../chat/ConversationEditor';
import type { RunFigures } from '../chat/RunMetrics';
import { useRunShortcut } from '../chat/useRunShortcut';
import { selectPanes, useWorkbenchStore } from '../workbench/workbenchStore';
import { bestFigures } from './bestFigures';
import { ComparePane } from './ComparePane';
import { CompareToolbar, runAll } from './CompareToolbar';
import { DiffPanel } from './DiffPanel';

/** Several panes answering the same conversation side by side. */
export function CompareView() {
  const panes = useWorkbenchStore(selectPanes);
  const [figures, setFigures] = useState<Record<string, RunFigures | null>>({});
  const onFigures = useCallback(
    (paneId: string, next: RunFigures | null) =>
      setFigures((prev) => (prev[paneId] === next ? prev : { ...prev, [paneId]: next })),
    [],
  );
  const paneFigures = useMemo(() => panes.map((p) => figures[p.id] ?? null), [panes, figures]);
  const best = useMemo(() => bestFigures(paneFigures), [paneFigures]);
  useRunShortcut(runAll);
  const columns = Math.min(panes.length, 3);

  return (
    <div className="min-h-0 flex-1 space-y-4 overflow-auto p-4">
      <CompareToolbar figures={paneFigures} />
      {/* Images are sent to every pane; a model that cannot read them answers with an error in its pane. */}
      <ConversationEditor acceptsImages />
      <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${columns}, minmax(18rem, 1fr))` }}>
        {panes.map((pane, index) => (
          <ComparePane
            key={pane.id}
            paneId={pane.id}
            index={index}
            count={panes.length}
            best={best[index] ?? []}
            onFigures={onFigures}
          />
        ))}
      </div>
      <DiffPanel />
    </div>
  );
}

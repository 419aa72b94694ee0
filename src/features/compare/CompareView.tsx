import { useCallback, useEffect, useMemo, useState } from 'react';
import { ConversationEditor } from '../chat/ConversationEditor';
import type { RunFigures } from '../chat/RunMetrics';
import { selectPanes, useWorkbenchStore } from '../workbench/workbenchStore';
import { bestFigures } from './bestFigures';
import { ComparePane } from './ComparePane';
import { CompareToolbar, runAll } from './CompareToolbar';
import { DiffPanel } from './DiffPanel';

/** Ctrl/⌘+Enter runs every pane. Only this view is mounted in compare mode, so the chat view's own
 * shortcut (which runs one pane) is not listening at the same time. */
function useRunAllShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        runAll();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

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
  useRunAllShortcut();
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

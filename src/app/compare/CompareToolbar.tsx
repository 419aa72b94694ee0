import type { RunFigures } from '@/domain/run';
import { ShareControls } from '@/features/compare';
import { StreamSwitch } from '@/features/run';
import { stopAllPanes, useRunQueue } from '@/state/runs';
import { MAX_PANES, useWorkbenchStore, type WorkbenchState } from '@/state/workbench';
import { Button } from '@/ui';

// Narrow slices: a streamed frame replaces a pane object but changes neither of these, so the toolbar stays put.
const selectPaneCount = (s: WorkbenchState) => s.panes.length;
const selectAnyRunning = (s: WorkbenchState) => s.panes.some((p) => p.result.status === 'running');

export function runAll(): void {
  useRunQueue.getState().queue(useWorkbenchStore.getState().panes.map((p) => p.id));
}

/** Actions on the whole comparison. */
export function CompareToolbar({ figures }: { figures: ReadonlyArray<RunFigures | null> }) {
  const paneCount = useWorkbenchStore(selectPaneCount);
  const anyRunning = useWorkbenchStore(selectAnyRunning);
  const addPane = useWorkbenchStore((s) => s.addPane);
  const addLikeLast = () => {
    const { panes } = useWorkbenchStore.getState();
    const last = panes[panes.length - 1];
    addPane({ modelId: last?.modelId ?? '', provider: last?.provider });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="primary" onClick={runAll} aria-keyshortcuts="Control+Enter Meta+Enter">
        Run all
      </Button>
      <Button variant="danger" onClick={stopAllPanes} disabled={!anyRunning}>
        Stop all
      </Button>
      <Button onClick={addLikeLast} disabled={paneCount >= MAX_PANES}>
        Add pane
      </Button>
      <StreamSwitch />
      <span className="text-xs text-slate-500">
        Ctrl/⌘+Enter runs all · {paneCount} of {MAX_PANES} panes
      </span>
      <span className="flex-1" />
      <ShareControls figures={figures} />
    </div>
  );
}

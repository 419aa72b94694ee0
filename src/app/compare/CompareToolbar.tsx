import { type ReactNode, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MAX_PANES, paneTarget } from '@/domain/pane';
import { ShareControls } from '@/features/compare';
import { StreamSwitch } from '@/features/run';
import { runPanes, stopAllPanes } from '@/state/panes';
import { type RunsState, selectRunning, useRunStore } from '@/state/runs';
import { selectPaneIds, useWorkbenchStore } from '@/state/workbench';
import { Button } from '@/ui';

export function runAll(): void {
  void runPanes(useWorkbenchStore.getState().panes.map((p) => p.id));
}

const selectAnyRunning = (paneIds: readonly string[]) => (s: RunsState) =>
  paneIds.some((id) => selectRunning(paneTarget(id))(s));

/** Actions on the whole comparison; `children` are the controls of how the answers are shown. */
export function CompareToolbar({ children }: { children?: ReactNode }) {
  const paneIds = useWorkbenchStore(useShallow(selectPaneIds));
  const anyRunning = useRunStore(useMemo(() => selectAnyRunning(paneIds), [paneIds]));
  const addPane = useWorkbenchStore((s) => s.addPane);
  const paneCount = paneIds.length;
  const addLikeLast = () => {
    const { panes } = useWorkbenchStore.getState();
    const last = panes[panes.length - 1];
    addPane({ modelId: last?.modelId ?? '', provider: last?.provider });
  };
  return (
    <div className="flex shrink-0 flex-wrap items-center gap-2">
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
      <span className="text-xs text-slate-600">
        Ctrl/⌘+Enter runs all · {paneCount} of {MAX_PANES} panes
      </span>
      {children}
      <span className="flex-1" />
      <ShareControls />
    </div>
  );
}

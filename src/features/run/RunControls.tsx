import { useMemo } from 'react';
import { paneTarget } from '@/domain/pane';
import { type PaneRequest, runPane, stopPane } from '@/state/panes';
import { selectRunning, useRunStore } from '@/state/runs';
import { Button, Notice } from '@/ui';
import { StreamSwitch } from './StreamSwitch';
import { useRunShortcut } from './useRunShortcut';

interface RunControlsProps {
  paneId: string;
  pane: PaneRequest;
}

/** The chat view's Run and Stop, the Stream switch and Ctrl/⌘+Enter. */
export function RunControls({ paneId, pane }: RunControlsProps) {
  const running = useRunStore(useMemo(() => selectRunning(paneTarget(paneId)), [paneId]));
  const problem = pane.provider.problem ?? (pane.request ? null : 'Choose a model first.');
  const request = pane.request;

  const run = () => {
    if (request && !problem) void runPane(paneId);
  };

  useRunShortcut(run);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="primary"
          onClick={run}
          disabled={running || problem !== null}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Run
        </Button>
        <Button variant="danger" onClick={() => stopPane(paneId)} disabled={!running}>
          Stop
        </Button>
        <StreamSwitch className="ml-2" />
        <span className="text-xs text-slate-500">Ctrl/⌘+Enter runs</span>
      </div>
      {problem && request !== null && <Notice tone="warning">{problem}</Notice>}
    </div>
  );
}

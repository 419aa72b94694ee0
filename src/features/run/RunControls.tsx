import { providerProblem } from '@/domain/provider';
import { useProviderConfig } from '@/state/models';
import type { PaneRequest } from '@/state/panes';
import { runPane, stopPane } from '@/state/runs';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { Button, Notice } from '@/ui';
import { StreamSwitch } from './StreamSwitch';
import { useRunShortcut } from './useRunShortcut';

interface RunControlsProps {
  paneId: string;
  pane: PaneRequest;
  running: boolean;
}

export function RunControls({ paneId, pane, running }: RunControlsProps) {
  const cfg = useProviderConfig();
  const provider = useSettingsStore(selectProvider);
  const problem = providerProblem(provider) ?? (pane.request ? null : 'Choose a model first.');
  const request = pane.request;

  const run = () => {
    if (request && !problem) void runPane(paneId, cfg, request);
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

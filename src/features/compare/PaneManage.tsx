import { MAX_PANES } from '@/domain/pane';
import { useWorkbenchStore } from '@/state/workbench';
import { Button } from '@/ui';

/** Duplicate or remove the pane (kept in its settings: used less often than Run or the title). */
export function PaneManage({ paneId, count }: { paneId: string; count: number }) {
  const duplicatePane = useWorkbenchStore((s) => s.duplicatePane);
  const removePane = useWorkbenchStore((s) => s.removePane);
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" onClick={() => duplicatePane(paneId)} disabled={count >= MAX_PANES}>
        Duplicate pane
      </Button>
      <Button
        size="sm"
        disabled={count <= 1}
        // Its runs go with it: a stream still going is stopped (state/panes keeps runs in step with panes).
        onClick={() => removePane(paneId)}
      >
        Remove pane
      </Button>
    </div>
  );
}

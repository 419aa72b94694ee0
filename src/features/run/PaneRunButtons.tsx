import { useMemo } from 'react';
import { paneTarget } from '@/domain/pane';
import { type PaneRequest, runPane, stopPane } from '@/state/panes';
import { selectRunning, useRunStore } from '@/state/runs';
import { Button, Notice } from '@/ui';

/** A compare pane's own Run and Stop. A pane whose model is still loading can be run: the run starts as soon
 * as the model's details are in. */
export function PaneRunButtons({ paneId, pane }: { paneId: string; pane: PaneRequest }) {
  const running = useRunStore(useMemo(() => selectRunning(paneTarget(paneId)), [paneId]));
  const waiting = pane.request === null && pane.modelLoading;
  const problem =
    pane.provider.problem ?? (pane.request || waiting ? null : 'Choose a model for this pane first.');
  return (
    <>
      <div className="flex items-center gap-2">
        <Button
          variant="primary"
          size="sm"
          onClick={() => void runPane(paneId)}
          disabled={running || problem !== null}
        >
          Run
        </Button>
        <Button variant="danger" size="sm" onClick={() => stopPane(paneId)} disabled={!running}>
          Stop
        </Button>
      </div>
      {problem && <Notice tone="warning">{problem}</Notice>}
    </>
  );
}

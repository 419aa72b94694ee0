import { memo, useMemo } from 'react';
import { paneTarget } from '@/domain/pane';
import type { FigureName } from '@/domain/run';
import { runPane, stopPane } from '@/state/panes';
import { removeRun, selectShownRun, useRunStore } from '@/state/runs';
import { useWorkbenchStore } from '@/state/workbench';
import { Button, ErrorBoundary, Notice } from '@/ui';
import { ResponseView } from './ResponseView';
import { RunHistory } from './RunHistory';
import { RunMetrics } from './RunMetrics';
import { RunWarnings } from './RunWarnings';

const NO_BEST: readonly FigureName[] = [];

/** The part of a pane that follows a stream: the shown answer (the latest run, or an earlier one the user
 * stepped back to), its status and its metrics. The rest of the pane does not re-render on a streamed frame. */
export const PaneResult = memo(function PaneResult({
  paneId,
  best = NO_BEST,
  label,
}: {
  paneId: string;
  best?: readonly FigureName[];
  /** The answer region's name ("Response" unless given). */
  label?: string;
}) {
  const target = paneTarget(paneId);
  const run = useRunStore(useMemo(() => selectShownRun(target), [target]));
  const keepAnswer = useWorkbenchStore((s) => s.keepAnswer);
  return (
    <ErrorBoundary
      resetKey={run}
      fallback={(error, retry) => (
        <Notice tone="error" title="This answer cannot be shown">
          {error.message || 'It failed to render.'}{' '}
          {run && (
            <Button
              size="sm"
              onClick={() => {
                removeRun(run.id);
                retry();
              }}
            >
              Remove this answer
            </Button>
          )}
        </Notice>
      )}
    >
      <RunHistory target={target} />
      <RunWarnings run={run} onStop={() => stopPane(paneId)} onRetry={() => void runPane(paneId)} />
      <ResponseView run={run} onAppend={(i) => keepAnswer(run?.choices[i] ?? '')} label={label} />
      <RunMetrics run={run} best={best} />
    </ErrorBoundary>
  );
});

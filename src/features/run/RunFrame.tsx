import type { ReactNode } from 'react';
import type { FigureName, RunRecord } from '@/domain/run';
import { runPane, stopPane } from '@/state/panes';
import { removeRun } from '@/state/runs';
import { Button, ErrorBoundary, Notice } from '@/ui';
import { RunHistory } from './RunHistory';
import { RunMetrics } from './RunMetrics';
import { RunWarnings } from './RunWarnings';

/** What surrounds a shown answer in chat and in every compare pane: a boundary that can remove an answer that
 * fails to render, the run history, warnings (stalled stream, rate limit) above it and metrics below. */
export function RunFrame({
  paneId,
  target,
  run,
  best,
  children,
}: {
  paneId: string;
  target: string;
  run: RunRecord | undefined;
  best: readonly FigureName[];
  children: ReactNode;
}) {
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
      {children}
      <RunMetrics run={run} best={best} />
    </ErrorBoundary>
  );
}

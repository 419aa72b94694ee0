import { useEffect, useMemo } from 'react';
import { providerProblem } from '@/domain/provider';
import { useProviderConfig, useProviderSettings } from '@/state/models';
import { runPane, stopPane, useRunQueue } from '@/state/runs';
import { selectPaneStatus, useWorkbenchStore } from '@/state/workbench';
import type { PaneRequest } from './usePaneRequest';

export interface PaneRun {
  running: boolean;
  /** Why this pane cannot run now, or null. */
  problem: string | null;
  run: () => void;
  stop: () => void;
}

/** Runs one compare pane when it is queued, with its own provider, as soon as its request is ready. */
export function usePaneRun(paneId: string, pane: PaneRequest): PaneRun {
  const cfg = useProviderConfig();
  const settings = useProviderSettings();
  const status = useWorkbenchStore(useMemo(() => selectPaneStatus(paneId), [paneId]));
  const queued = useRunQueue((s) => s.queued.includes(paneId));
  const queue = useRunQueue((s) => s.queue);
  const take = useRunQueue((s) => s.take);
  const waiting = pane.request === null && pane.modelLoading;
  const problem =
    providerProblem(settings) ?? (pane.request || waiting ? null : 'Choose a model for this pane first.');
  const request = pane.request;

  useEffect(() => {
    if (!queued) return;
    if (request && !problem) {
      take(paneId);
      void runPane(paneId, cfg, request);
    } else if (problem) {
      // The problem is on screen in the pane; a run that cannot start must not fire later by surprise.
      take(paneId);
    }
  }, [queued, request, problem, paneId, cfg, take]);

  return {
    running: status === 'running',
    problem,
    run: () => queue([paneId]),
    stop: () => stopPane(paneId),
  };
}

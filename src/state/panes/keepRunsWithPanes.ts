import { paneIdOfTarget, paneTarget } from '@/domain/pane';
import { forgetJobTargets } from '@/state/media';
import { forgetTargets } from '@/state/runs';
import { useWorkbenchStore } from '@/state/workbench';

/** A removed or replaced pane's runs and media jobs go with it (a running one is stopped, a job still going is
 * cancelled): their targets follow the pane list.
 * Targets that are not panes (an evaluation grid's cells) are left alone. Returns the unsubscribe function. */
export function keepRunsWithPanes(): () => void {
  const sync = () => {
    const live = new Set(useWorkbenchStore.getState().panes.map((p) => paneTarget(p.id)));
    const keep = (target: string) => paneIdOfTarget(target) === null || live.has(target);
    forgetTargets(keep);
    forgetJobTargets(keep);
  };
  sync();
  return useWorkbenchStore.subscribe((state, previous) => {
    if (state.panes !== previous.panes) sync();
  });
}

import { paneIdOfTarget, paneTarget } from '@/domain/pane';
import { forgetTargets } from '@/state/runs';
import { useWorkbenchStore } from '@/state/workbench';

/** A removed or replaced pane's runs go with it (a running one is stopped): run targets follow the pane list.
 * Targets that are not panes (an evaluation grid's cells) are left alone. Returns the unsubscribe function. */
export function keepRunsWithPanes(): () => void {
  const sync = () => {
    const live = new Set(useWorkbenchStore.getState().panes.map((p) => paneTarget(p.id)));
    forgetTargets((target) => paneIdOfTarget(target) === null || live.has(target));
  };
  sync();
  return useWorkbenchStore.subscribe((state, previous) => {
    if (state.panes !== previous.panes) sync();
  });
}

// The way out when a part of the page keeps failing: put it (or the whole workbench) back to its defaults. What
// is reset is set aside first, like unreadable stored state, so nothing is lost for good.

import { INITIAL_CONVERSATION } from '@/domain/conversation';
import { makePane, paneTarget } from '@/domain/pane';
import { browserStorage } from '@/lib/storage';
import { setAside, storedText } from '@/state/persistence';
import { clearRuns, forgetTargets } from '@/state/runs';
import { useWorkbenchStore } from './workbenchStore';

/** Starts the workbench afresh (one empty pane, empty conversation, no answers); the settings are kept. */
export function resetWorkbench(reason: string): void {
  browserStorage.flush();
  setAside('workbench', [`the workbench, reset after: ${reason}`], storedText('yoke.workbench'));
  clearRuns();
  useWorkbenchStore.setState({
    conversation: INITIAL_CONVERSATION,
    stream: true,
    view: 'chat',
    panes: [makePane()],
    variables: {},
  });
}

/** Clears one pane's parameters and answers (its model stays). */
export function resetPane(paneId: string): void {
  forgetTargets((target) => target !== paneTarget(paneId));
  useWorkbenchStore.setState((s) => ({
    panes: s.panes.map((p) => (p.id === paneId ? { ...p, paramsByModel: {}, systemOverride: null } : p)),
  }));
}

import { useMemo } from 'react';
import { paneTarget } from '@/domain/pane';
import { type RunsState, selectShownRun, useRunStore } from '@/state/runs';

/** The error message of the answer a pane shows, or null. A string, so a streaming run (whose record changes
 * every frame) does not re-render the component asking. */
export function useShownRunError(paneId: string): string | null {
  const select = useMemo(() => {
    const shown = selectShownRun(paneTarget(paneId));
    return (s: RunsState) => shown(s)?.error?.message ?? null;
  }, [paneId]);
  return useRunStore(select);
}

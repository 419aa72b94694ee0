import { useEffect, useRef } from 'react';
import { whenIdle } from '@/lib/idle';
import { selectFirstPaneId, useWorkbenchStore } from '@/state/workbench';
import { modelFromSearch, searchWithModel } from './urlState';

/** Keeps ?model=<id> and the first pane's model in step: a deep link picks the model, a pick updates the link. */
export function useModelInUrl(): void {
  const paneId = useWorkbenchStore(selectFirstPaneId);
  const modelId = useWorkbenchStore((s) => s.panes[0]?.modelId ?? '');
  const setModel = useWorkbenchStore((s) => s.setModel);

  // Only on arrival: afterwards the URL follows the picker. Without this guard, removing or replacing the first
  // pane (compare view) would hand the old first pane's model to whichever pane became first.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current || !paneId) return;
    arrived.current = true;
    const linked = modelFromSearch(window.location.search);
    if (linked) setModel(paneId, linked);
  }, [paneId, setModel]);

  // In idle time: replaceState costs several milliseconds in Chromium, and a model pick renders the whole
  // parameter form in the same task (npm run bench, section 2).
  useEffect(
    () =>
      whenIdle(() => {
        const search = searchWithModel(window.location.search, modelId);
        if (search !== window.location.search) {
          window.history.replaceState(
            window.history.state,
            '',
            `${window.location.pathname}${search}${window.location.hash}`,
          );
        }
      }),
    [modelId],
  );
}

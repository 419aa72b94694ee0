import { useEffect } from 'react';
import { modelFromSearch, searchWithModel } from './urlState';
import { selectFirstPaneId, useWorkbenchStore } from './workbenchStore';

/** Keeps ?model=<id> and the first pane's model in step: a deep link picks the model, a pick updates the link. */
export function useModelInUrl(): void {
  const paneId = useWorkbenchStore(selectFirstPaneId);
  const modelId = useWorkbenchStore((s) => s.panes[0]?.modelId ?? '');
  const setModel = useWorkbenchStore((s) => s.setModel);

  useEffect(() => {
    const linked = modelFromSearch(window.location.search);
    if (linked && paneId) setModel(paneId, linked);
    // Only on arrival: afterwards the URL follows the picker.
  }, [paneId, setModel]);

  useEffect(() => {
    const search = searchWithModel(window.location.search, modelId);
    if (search !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    }
  }, [modelId]);
}

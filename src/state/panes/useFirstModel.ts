import { useEffect } from 'react';
import type { ResolvedProvider } from '@/domain/provider';
import { useModelList } from '@/state/models';
import { useWorkbenchStore } from '@/state/workbench';

/** A pane without a model (a first visit, a new pane, another provider) starts on the catalogue's first model
 * rather than an empty form. */
export function useFirstModelWhenUnset(paneId: string, modelId: string, provider: ResolvedProvider): void {
  const list = useModelList(provider.api);
  const setModel = useWorkbenchStore((s) => s.setModel);
  const first = list.data?.[0]?.id;
  useEffect(() => {
    if (!modelId && first) setModel(paneId, first);
  }, [modelId, first, paneId, setModel]);
}

import { useMemo } from 'react';
import type { ResolvedProvider } from '@/domain/provider';
import { currentProvider, useResolvedProvider } from '@/state/settings';
import { selectPaneOverride, useWorkbenchStore } from '@/state/workbench';

/** The provider a pane talks to: its own in Compare, else the global one. */
export function usePaneProvider(paneId: string): ResolvedProvider {
  const override = useWorkbenchStore(useMemo(() => selectPaneOverride(paneId), [paneId]));
  return useResolvedProvider(override);
}

/** The same, read outside React (when a run starts). */
export function paneProvider(paneId: string): ResolvedProvider {
  return currentProvider(selectPaneOverride(paneId)(useWorkbenchStore.getState()));
}

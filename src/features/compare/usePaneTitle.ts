import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { useWorkbenchStore, type WorkbenchState } from '@/state/workbench';
import { type PaneTitle, paneTitle } from './paneTitle';

/** The pane's title. Selected as a flat list of strings compared item by item, so a pane re-renders when its
 * title changes, not on every edit of any pane. */
export function usePaneTitle(paneId: string): PaneTitle {
  const global = useSettingsStore(selectProvider).kind;
  const select = useMemo(
    () => (s: WorkbenchState) => {
      const title = paneTitle(
        s.panes,
        s.panes.findIndex((p) => p.id === paneId),
        global,
      );
      return [title.full, ...title.parts];
    },
    [paneId, global],
  );
  const [full = '', ...parts] = useWorkbenchStore(useShallow(select));
  const text = parts.join(' · ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the text, which stands for the parts.
  return useMemo(() => ({ parts, text, full }), [text, full]);
}

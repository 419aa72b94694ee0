import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { paneTitle } from '@/features/compare';
import { EvaluateView } from '@/features/evaluate';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { useWorkbenchStore, type WorkbenchState } from '@/state/workbench';

/** The panes as the grid's columns, titled as Compare titles them (the title lives with Compare; the app passes
 * it on, since one feature does not import another). */
function usePaneTitles(): Array<{ id: string; title: string }> {
  const global = useSettingsStore(selectProvider).kind;
  const select = useMemo(
    () => (s: WorkbenchState) => s.panes.flatMap((pane, i) => [pane.id, paneTitle(s.panes, i, global).text]),
    [global],
  );
  const flat = useWorkbenchStore(useShallow(select));
  return useMemo(() => {
    const panes: Array<{ id: string; title: string }> = [];
    for (let i = 0; i < flat.length; i += 2) panes.push({ id: flat[i] ?? '', title: flat[i + 1] ?? '' });
    return panes;
  }, [flat]);
}

/** Evaluate: the prompt's {{variables}} × test cases × the compare panes, run, checked and kept. */
export function EvaluateScreen() {
  const panes = usePaneTitles();
  return <EvaluateView panes={panes} />;
}

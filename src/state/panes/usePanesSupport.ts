import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { resolveProvider } from '@/domain/provider';
import { type PromptSupport, promptSupport } from '@/domain/schema';
import { modelQuery } from '@/state/models';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';

/** What each pane's model allows of the tools and output controls (compare panes share one prompt), from the
 * model details already cached for the panes; a model still loading counts as the built-in parameters. */
export function usePanesSupport(): PromptSupport[] {
  const settings = useSettingsStore(selectProvider);
  const panes = useWorkbenchStore(
    useShallow((s) => s.panes.flatMap((p) => [p.modelId, s.view === 'chat' ? '' : (p.provider ?? '')])),
  );
  const specs = useMemo(() => {
    const list: Array<{ api: ReturnType<typeof resolveProvider>['api']; modelId: string }> = [];
    for (let i = 0; i < panes.length; i += 2) {
      const override = (panes[i + 1] || undefined) as Parameters<typeof resolveProvider>[1];
      list.push({
        api: resolveProvider(settings, override, window.location.origin).api,
        modelId: panes[i] ?? '',
      });
    }
    return list;
  }, [panes, settings]);
  const models = useQueries({
    queries: specs.map(({ api, modelId }) => ({ ...modelQuery(api, modelId), enabled: modelId !== '' })),
  });
  return models.map((m) => promptSupport(m.data));
}

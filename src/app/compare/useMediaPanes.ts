import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type ModelKind, modelKind } from '@/domain/media';
import { paramsOf } from '@/domain/pane';
import { resolveProvider } from '@/domain/provider';
import { effectiveParams, type ParamState } from '@/domain/schema';
import { modelQuery, normalizedOf } from '@/state/models';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import type { MediaPaneParams } from './mediaShare';

export interface ComparedPane extends MediaPaneParams {
  paneId: string;
  modelId: string;
  kind: ModelKind;
  /** The model's details are still being fetched (its kind is not known yet). */
  loading: boolean;
}

/** Every pane's model kind, schema properties and form state, from the model details the panes already load
 * (the same cache entries): what the shared media prompt reads and writes. */
export function useComparedPanes(): ComparedPane[] {
  const settings = useSettingsStore(selectProvider);
  const panes = useWorkbenchStore(useShallow((s) => s.panes));
  const specs = useMemo(
    () =>
      panes.map((p) => ({
        api: resolveProvider(settings, p.provider, window.location.origin).api,
        modelId: p.modelId,
      })),
    [panes, settings],
  );
  const models = useQueries({
    queries: specs.map(({ api, modelId }) => ({ ...modelQuery(api, modelId), enabled: modelId !== '' })),
  });
  return panes.map((pane, index) => {
    const query = models[index];
    const model = query?.data;
    const normalized = model ? normalizedOf(model) : undefined;
    const params: ParamState = effectiveParams(paramsOf(pane, pane.modelId), normalized);
    return {
      paneId: pane.id,
      number: index + 1,
      modelId: pane.modelId,
      kind: modelKind(model),
      loading: pane.modelId !== '' && Boolean(query?.isLoading),
      properties: normalized?.schema.properties ?? {},
      params,
    };
  });
}

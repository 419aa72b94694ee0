import { useMemo } from 'react';
import { buildChatRequest } from '@/domain/request';
import type { NormalizedSchema } from '@/domain/schema';
import { sentParams } from '@/domain/schema';
import type { ParamState } from '@/domain/workbench';
import type { ChatCompletionRequest, Model } from '@/lib/api';
import { useModel } from '@/state/models';
import {
  EMPTY_PARAMS,
  selectConversation,
  selectPaneModelId,
  selectPaneParams,
  selectPaneSystemOverride,
  selectStream,
  useWorkbenchStore,
} from '@/state/workbench';

export interface PaneRequest {
  model: Model | undefined;
  normalized: NormalizedSchema | undefined;
  /** The form's state for the pane's model, with the schema's defaults filled in for a model not yet touched. */
  params: ParamState;
  /** Exactly what Run sends; null until a model is chosen. */
  request: ChatCompletionRequest | null;
  modelLoading: boolean;
  detailsError: Error | null;
}

/** Derives a pane's request from the store and the model schema: nothing here is stored. It selects only the
 * pane fields the request is made of (never the pane object, which each streamed frame replaces), so a streaming
 * result does not re-render the components using it; the returned object keeps its identity until an input
 * changes. */
export function usePaneRequest(paneId: string): PaneRequest {
  const modelId = useWorkbenchStore(useMemo(() => selectPaneModelId(paneId), [paneId]));
  const stored = useWorkbenchStore(useMemo(() => selectPaneParams(paneId, modelId), [paneId, modelId]));
  const systemOverride = useWorkbenchStore(useMemo(() => selectPaneSystemOverride(paneId), [paneId]));
  const conversation = useWorkbenchStore(selectConversation);
  const stream = useWorkbenchStore(selectStream);
  const { model, normalized, isLoading, detailsError } = useModel(modelId);
  const params = useMemo<ParamState>(
    () => stored ?? (normalized ? { values: { ...normalized.defaults }, explicit: [] } : EMPTY_PARAMS),
    [stored, normalized],
  );
  const request = useMemo(() => {
    if (!modelId || !normalized) return null;
    const paneConversation =
      systemOverride === null ? conversation : { ...conversation, system: systemOverride };
    return buildChatRequest({
      model: modelId,
      conversation: paneConversation,
      params: sentParams(params, normalized),
      stream,
    });
  }, [modelId, normalized, params, conversation, systemOverride, stream]);
  return useMemo(
    () => ({ model, normalized, params, request, modelLoading: isLoading, detailsError }),
    [model, normalized, params, request, isLoading, detailsError],
  );
}

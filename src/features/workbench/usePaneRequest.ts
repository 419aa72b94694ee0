import { useMemo } from 'react';
import type { ChatCompletionRequest, Model } from '../../lib/api/types';
import { buildChatRequest } from '../chat/buildChatRequest';
import { useModel } from '../models/useModel';
import type { NormalizedSchema } from '../params/normalizeSchema';
import { sentParams } from '../params/sentParams';
import type { ParamState } from './types';
import {
  EMPTY_PARAMS,
  selectConversation,
  selectPane,
  selectStream,
  useWorkbenchStore,
} from './workbenchStore';

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

/** Derives a pane's request from the store and the model schema: nothing here is stored. */
export function usePaneRequest(paneId: string): PaneRequest {
  const pane = useWorkbenchStore(useMemo(() => selectPane(paneId), [paneId]));
  const conversation = useWorkbenchStore(selectConversation);
  const stream = useWorkbenchStore(selectStream);
  const modelId = pane?.modelId ?? '';
  const { model, normalized, isLoading, detailsError } = useModel(modelId);
  const stored = pane?.paramsByModel[modelId];
  const params = useMemo<ParamState>(
    () => stored ?? (normalized ? { values: { ...normalized.defaults }, explicit: [] } : EMPTY_PARAMS),
    [stored, normalized],
  );
  const systemOverride = pane?.systemOverride ?? null;
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
  return { model, normalized, params, request, modelLoading: isLoading, detailsError };
}

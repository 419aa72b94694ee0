import { useMemo } from 'react';
import { type ModelKind, mediaRequest, modelKind } from '@/domain/media';
import { paneRequest } from '@/domain/pane';
import type { ResolvedProvider } from '@/domain/provider';
import { effectiveParams, type NormalizedSchema, type ParamState } from '@/domain/schema';
import type { ChatCompletionRequest, MediaRequest, Model } from '@/lib/api';
import { useModel } from '@/state/models';
import {
  selectConversation,
  selectPaneModelId,
  selectPaneParams,
  selectPaneSystemOverride,
  selectStream,
  selectVariables,
  useWorkbenchStore,
} from '@/state/workbench';
import { useSettlingStore } from './followProvider';
import { usePaneProvider } from './paneProvider';

export interface PaneRequest {
  provider: ResolvedProvider;
  modelId: string;
  model: Model | undefined;
  normalized: NormalizedSchema | undefined;
  /** The form's state for the pane's model, with the schema's defaults filled in for a model not yet touched. */
  params: ParamState;
  /** What the model makes: a chat model runs `request`, an image or video model generates `mediaRequest`. */
  kind: ModelKind;
  /** Exactly what Run sends; null until a model is chosen, and for an image or video model. */
  request: ChatCompletionRequest | null;
  /** Exactly what Generate submits to the queue; null until a model is chosen, and for a chat model. */
  mediaRequest: MediaRequest | null;
  modelLoading: boolean;
  detailsError: Error | null;
}

/** Derives a pane's request from the store and the model schema: nothing here is stored. It selects only the
 * pane fields the request is made of (never the pane object), so a streaming run does not re-render the
 * components using it; the returned object keeps its identity until an input changes. A run started outside
 * React builds the same request with the same function (runPane). */
export function usePaneRequest(paneId: string): PaneRequest {
  const provider = usePaneProvider(paneId);
  const modelId = useWorkbenchStore(useMemo(() => selectPaneModelId(paneId), [paneId]));
  const stored = useWorkbenchStore(useMemo(() => selectPaneParams(paneId, modelId), [paneId, modelId]));
  const systemOverride = useWorkbenchStore(useMemo(() => selectPaneSystemOverride(paneId), [paneId]));
  const conversation = useWorkbenchStore(selectConversation);
  const stream = useWorkbenchStore(selectStream);
  const variables = useWorkbenchStore(selectVariables);
  // Right after a provider switch the model id may be the old server's: its details wait for the new list.
  const settling = useSettlingStore((s) => Object.hasOwn(s, paneId));
  const details = useModel(provider.api, settling ? '' : modelId);
  const { model, normalized, detailsError } = details;
  const isLoading = settling || details.isLoading;
  const params = useMemo(() => effectiveParams(stored, normalized), [stored, normalized]);
  const kind = modelKind(model);
  const chat = kind === 'chat';
  const request = useMemo(
    () =>
      chat
        ? paneRequest({ modelId, normalized, stored, conversation, systemOverride, stream, variables })
        : null,
    [chat, modelId, normalized, stored, conversation, systemOverride, stream, variables],
  );
  const media = useMemo(
    () => (chat ? null : mediaRequest({ modelId, normalized, stored })),
    [chat, modelId, normalized, stored],
  );
  return useMemo(
    () => ({
      provider,
      modelId,
      model,
      normalized,
      params,
      kind,
      request,
      mediaRequest: media,
      modelLoading: isLoading,
      detailsError,
    }),
    [provider, modelId, model, normalized, params, kind, request, media, isLoading, detailsError],
  );
}

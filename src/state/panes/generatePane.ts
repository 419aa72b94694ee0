// Image and video panes become jobs here: the body is built from the stores and the model cache with the same
// function the screen and the API tab use (mediaRequest, as usePaneRequest does), so Generate, Run all and
// Ctrl+Enter submit exactly what the API tab shows.

import { mediaRequest, modelKind } from '@/domain/media';
import { paneTarget, paramsOf } from '@/domain/pane';
import { schemaEngineReady } from '@/domain/schema';
import type { Model } from '@/lib/api';
import { type JobSpec, startJob } from '@/state/media';
import { modelQuery, normalizedOf, queryClient } from '@/state/models';
import { selectPane, useWorkbenchStore } from '@/state/workbench';
import { pendingSettle } from './followProvider';
import { paneProvider } from './paneProvider';

/** The model's details as the screen has them (a media model is only known as one from its details). */
function cachedModel(paneId: string, modelId: string): Model | undefined {
  return queryClient.getQueryData(modelQuery(paneProvider(paneId).api, modelId).queryKey);
}

/** What generating the pane submits now, or null when it cannot: no model, a chat model, details not loaded
 * yet, a provider that needs settings first, or a pane still moving to another provider's model. */
export function paneJobSpec(paneId: string): JobSpec | null {
  if (pendingSettle(paneId)) return null;
  const pane = selectPane(paneId)(useWorkbenchStore.getState());
  const provider = paneProvider(paneId);
  if (!pane?.modelId || provider.problem) return null;
  const model = cachedModel(paneId, pane.modelId);
  const kind = modelKind(model);
  // The schema engine loads right after the first paint; a Generate before it is in is not possible yet.
  if (!model || kind === 'chat' || !schemaEngineReady()) return null;
  const request = mediaRequest({
    modelId: pane.modelId,
    normalized: normalizedOf(model),
    stored: paramsOf(pane, pane.modelId),
  });
  if (!request) return null;
  return {
    target: paneTarget(paneId),
    kind,
    request,
    api: provider.api,
    provider: provider.kind,
    pricing: model.pricing ?? null,
  };
}

/** Generates with one pane (Generate); returns the job's id, or null when the pane cannot generate. Several
 * jobs of one pane may be in flight at once. */
export function generatePane(paneId: string): string | null {
  const spec = paneJobSpec(paneId);
  return spec ? startJob(spec) : null;
}

/** Generates with several panes at once (Compare's one prompt across models). */
export function generatePanes(paneIds: readonly string[]): Array<string | null> {
  return paneIds.map(generatePane);
}

/** Whether the pane's model makes images or video, from the cache (Run routes such a pane to generatePane). */
export function isMediaPane(paneId: string): boolean {
  const pane = selectPane(paneId)(useWorkbenchStore.getState());
  return Boolean(pane?.modelId) && modelKind(cachedModel(paneId, pane?.modelId ?? '')) !== 'chat';
}

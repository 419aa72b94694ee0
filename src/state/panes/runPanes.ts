// Panes become runs here: the request is built from the stores and the model cache with the same function the
// API tab uses (paneRequest), so Run, Run all, a sweep and a repeat send exactly what the screen shows, and
// none of them needs a pane to be rendered first.

import { paneRequest, paneTarget, paramsOf } from '@/domain/pane';
import { modelForRun, normalizedOf } from '@/state/models';
import { type RunSpec, startRun, stopTarget } from '@/state/runs';
import { selectPane, useWorkbenchStore } from '@/state/workbench';
import { pendingSettle } from './followProvider';
import { paneProvider } from './paneProvider';

/** What running a pane sends now, or null when it cannot run (no model, or the provider needs settings first —
 * the pane shows why). */
export async function paneRunSpec(paneId: string): Promise<RunSpec | null> {
  // Run pressed right after Save: wait until the pane has moved to a model the new server lists.
  const settling = pendingSettle(paneId);
  if (settling) await settling;
  const before = selectPane(paneId)(useWorkbenchStore.getState());
  const provider = paneProvider(paneId);
  if (!before?.modelId || provider.problem) return null;
  const model = await modelForRun(provider.api, before.modelId);
  // Read again after waiting for the model: an edit made meanwhile is part of this run.
  const state = useWorkbenchStore.getState();
  const pane = selectPane(paneId)(state);
  if (!pane || pane.modelId !== before.modelId) return null;
  const request = paneRequest({
    modelId: pane.modelId,
    normalized: normalizedOf(model),
    stored: paramsOf(pane, pane.modelId),
    conversation: state.conversation,
    systemOverride: pane.systemOverride,
    stream: state.stream,
  });
  if (!request) return null;
  return {
    target: paneTarget(paneId),
    request,
    api: provider.api,
    provider: provider.kind,
    pricing: model.pricing ?? null,
  };
}

/** Runs one pane; resolves with the run's id, or null when the pane cannot run. */
export async function runPane(paneId: string): Promise<string | null> {
  const spec = await paneRunSpec(paneId);
  return spec ? startRun(spec) : null;
}

/** Runs several panes at once (Run all, a sweep, a repeat). */
export function runPanes(paneIds: readonly string[]): Promise<Array<string | null>> {
  return Promise.all(paneIds.map(runPane));
}

export function stopPane(paneId: string): void {
  stopTarget(paneTarget(paneId));
}

export function stopAllPanes(): void {
  for (const pane of useWorkbenchStore.getState().panes) stopPane(pane.id);
}

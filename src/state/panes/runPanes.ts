// Panes become runs here: the request is built from the stores and the model cache with the same function the
// API tab uses (paneRequest), so Run, Run all, a sweep and a repeat send exactly what the screen shows, and
// none of them needs a pane to be rendered first.

import { modelKind } from '@/domain/media';
import { paneRequest, paneTarget, paramsOf } from '@/domain/pane';
import type { RetryPolicy } from '@/domain/run';
import { loadSchemaEngine } from '@/domain/schema';
import type { VariableValues } from '@/domain/variables';
import { modelForRun, normalizedOf } from '@/state/models';
import { type RunSpec, startRun, stopTarget } from '@/state/runs';
import { selectPane, useWorkbenchStore } from '@/state/workbench';
import { confirmEmptyVariables } from './emptyVariablesGate';
import { pendingSettle } from './followProvider';
import { generatePane, isMediaPane } from './generatePane';
import { paneProvider } from './paneProvider';

/** How a pane's run differs from the ordinary one (an evaluation runs a pane once per test case). */
export interface PaneRunOptions {
  /** The variable values to fill (default: the workbench's own, the Variables panel's). */
  variables?: VariableValues;
  /** Whose run it is (default: the pane's own target, `pane:<id>`). */
  target?: string;
  /** The concurrency lane (default: the endpoint's). */
  lane?: string;
  /** Whether a rate limit or transient failure is sent again (default: never). */
  retry?: RetryPolicy;
}

/** What running a pane sends now, or null when it cannot run (no model, or the provider needs settings first —
 * the pane shows why). */
export async function paneRunSpec(paneId: string, options: PaneRunOptions = {}): Promise<RunSpec | null> {
  // Run pressed right after Save: wait until the pane has moved to a model the new server lists.
  const settling = pendingSettle(paneId);
  if (settling) await settling;
  const before = selectPane(paneId)(useWorkbenchStore.getState());
  const provider = paneProvider(paneId);
  if (!before?.modelId || provider.problem) return null;
  const model = await modelForRun(provider.api, before.modelId);
  await loadSchemaEngine();
  // Read again after waiting for the model: an edit made meanwhile is part of this run.
  const state = useWorkbenchStore.getState();
  const pane = selectPane(paneId)(state);
  if (!pane || pane.modelId !== before.modelId) return null;
  // An image or video model has no chat request: it generates a job (generatePane), never a run.
  if (modelKind(model) !== 'chat') return null;
  const request = paneRequest({
    modelId: pane.modelId,
    normalized: normalizedOf(model),
    stored: paramsOf(pane, pane.modelId),
    conversation: state.conversation,
    systemOverride: pane.systemOverride,
    stream: state.stream,
    variables: options.variables ?? state.variables,
  });
  if (!request) return null;
  return {
    target: options.target ?? paneTarget(paneId),
    request,
    api: provider.api,
    provider: provider.kind,
    pricing: model.pricing ?? null,
    ...(options.lane === undefined ? {} : { lane: options.lane }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
  };
}

async function startPane(paneId: string): Promise<string | null> {
  if (await waitForMediaPane(paneId)) return generatePane(paneId);
  const spec = await paneRunSpec(paneId);
  return spec ? startRun(spec) : null;
}

/** Whether the pane's model makes images or video: such a pane generates a job instead of a run (Run all,
 * Ctrl+Enter). Waits, as a run does, for a provider switch to settle and the model's details to load. */
async function waitForMediaPane(paneId: string): Promise<boolean> {
  const settling = pendingSettle(paneId);
  if (settling) await settling;
  const pane = selectPane(paneId)(useWorkbenchStore.getState());
  const provider = paneProvider(paneId);
  if (!pane?.modelId || provider.problem) return false;
  await modelForRun(provider.api, pane.modelId);
  return isMediaPane(paneId);
}

/** Runs one pane (an image or video pane generates: the id is then its job's); resolves with the run's id, or null when the pane cannot run or the user, asked about empty
 * variables, cancelled. */
export async function runPane(paneId: string): Promise<string | null> {
  return (await confirmEmptyVariables([paneId])) ? startPane(paneId) : null;
}

/** Runs several panes at once (Run all, a sweep, a repeat), asking once about empty variables. */
export async function runPanes(paneIds: readonly string[]): Promise<Array<string | null>> {
  if (!(await confirmEmptyVariables(paneIds))) return paneIds.map(() => null);
  return Promise.all(paneIds.map(startPane));
}

export function stopPane(paneId: string): void {
  stopTarget(paneTarget(paneId));
}

export function stopAllPanes(): void {
  for (const pane of useWorkbenchStore.getState().panes) stopPane(pane.id);
}

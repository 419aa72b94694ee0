// Stored workbench state from earlier versions of Yoke. Version 1 kept each pane's last answer on the pane
// (`pane.result`, with times from the page's own clock); version 2 keeps answers as run records in the run
// store. The last answers move there, so an upgrade loses nothing on screen. Version 2 kept a response format
// among a pane's parameters; version 3 keeps it in the prompt (the conversation, shared by every pane), and the
// parameter form no longer sends it: the first one set moves there, so a structured-output setup still works.

import { paneTarget } from '@/domain/pane';
import { isProviderKind, type ProviderKind } from '@/domain/provider';
import { readWireResponseFormat } from '@/domain/request';
import type { RunRecord, RunStatus } from '@/domain/run';
import { isRecord } from '@/lib/json';
import { adoptRuns } from '@/state/runs';
import { useSettingsStore } from '@/state/settings';

const LEGACY_STATUSES: ReadonlySet<string> = new Set(['running', 'done', 'error', 'stopped']);

/** A version-1 `pane.result` as a run record, or null when there was nothing to keep (idle, malformed). Its
 * times were page-relative; the durations between them are kept, ending now. */
export function legacyRun(
  paneId: string,
  result: unknown,
  provider: ProviderKind,
  nowMs: number,
  id: string,
): RunRecord | null {
  if (!isRecord(result) || !LEGACY_STATUSES.has(String(result.status))) return null;
  const request = result.request;
  if (!isRecord(request) || typeof request.model !== 'string' || !Array.isArray(request.messages))
    return null;
  const choices = Array.isArray(result.choices) ? result.choices.filter((c) => typeof c === 'string') : [];
  const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const started = time(result.startedAt);
  const ended = time(result.endedAt) ?? started;
  const shift = (v: number | undefined) =>
    v === undefined || started === undefined || ended === undefined ? undefined : nowMs - (ended - v);
  const status: RunStatus = result.status === 'running' ? 'interrupted' : (result.status as RunStatus);
  return {
    id,
    target: paneTarget(paneId),
    request: request as unknown as RunRecord['request'],
    provider,
    pricing: null,
    status,
    choices,
    finishReasons: Array.isArray(result.finishReasons) ? result.finishReasons : [],
    ...(isRecord(result.usage) ? { usage: result.usage as unknown as RunRecord['usage'] } : {}),
    ...(isRecord(result.error) ? { error: result.error as unknown as RunRecord['error'] } : {}),
    createdAt: shift(started) ?? nowMs,
    startedAt: shift(started),
    firstTokenAt: shift(time(result.firstTokenAt)),
    endedAt: shift(ended),
  };
}

/** The response format a version-2 pane had set for its current model, in the prompt's terms, or undefined. */
function paneResponseFormat(pane: unknown) {
  if (!isRecord(pane) || typeof pane.modelId !== 'string' || !isRecord(pane.paramsByModel)) return undefined;
  const state = pane.paramsByModel[pane.modelId];
  if (!isRecord(state) || !isRecord(state.values) || !Object.hasOwn(state.values, 'response_format'))
    return undefined;
  return readWireResponseFormat(state.values.response_format, []);
}

/** Version 2 → 3: the first pane's response format (in pane order) becomes the prompt's, unless it has one. */
export function promptFromParams(persisted: Record<string, unknown>): Record<string, unknown> {
  const conversation = persisted.conversation;
  if (!isRecord(conversation) || conversation.responseFormat !== undefined || !Array.isArray(persisted.panes))
    return persisted;
  for (const pane of persisted.panes) {
    const responseFormat = paneResponseFormat(pane);
    if (responseFormat) return { ...persisted, conversation: { ...conversation, responseFormat } };
  }
  return persisted;
}

/** zustand persist's migrate: brings a stored workbench of an older version to the current shape. */
export function migrateWorkbench(persisted: unknown, version: number): unknown {
  if (version >= 3 || !isRecord(persisted)) return persisted;
  const v2 = version >= 2 ? persisted : resultsToRuns(persisted);
  return isRecord(v2) ? promptFromParams(v2) : v2;
}

function resultsToRuns(persisted: Record<string, unknown>): unknown {
  if (!Array.isArray(persisted.panes)) return persisted;
  const now = Date.now();
  const runs: RunRecord[] = [];
  const panes = persisted.panes.map((pane: unknown, i) => {
    if (!isRecord(pane)) return pane;
    const { result, ...rest } = pane;
    // The provider that answered: the pane's own in Compare, else the global one (still in the settings).
    const provider =
      persisted.view === 'compare' && isProviderKind(pane.provider)
        ? pane.provider
        : useSettingsStore.getState().provider.kind;
    const run =
      typeof pane.id === 'string' ? legacyRun(pane.id, result, provider, now, `legacy-${now}-${i}`) : null;
    if (run) runs.push(run);
    return rest;
  });
  adoptRuns(runs);
  return { ...persisted, panes };
}

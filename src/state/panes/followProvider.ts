// What changes on screen when a pane's server changes (another provider, base URL or key saved): the pane moves
// to a model that server lists, and the error its last run got from the old server is cleared — it described a
// server the pane no longer uses.

import { create } from 'zustand';
import { paneTarget } from '@/domain/pane';
import type { ProviderSettings } from '@/domain/provider';
import type { ApiConfig, Model } from '@/lib/api';
import { modelListQuery, queryClient } from '@/state/models';
import { removeRun, selectLatestRun, useRunStore } from '@/state/runs';
import { useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import { paneProvider } from './paneProvider';

/** The model a pane keeps on a server that lists `listed`: its own when listed (ids are compared exactly),
 * else the first listed; its own when the server lists nothing (some servers have no /models: the user types
 * the id). */
export function modelAfterSwitch(current: string, listed: readonly Model[] | undefined): string {
  if (!listed || listed.length === 0) return current;
  if (current !== '' && listed.some((m) => m.id === current)) return current;
  return listed[0]?.id ?? current;
}

/** Whether two client configurations reach the same server with the same key. */
export function sameApi(a: ApiConfig, b: ApiConfig): boolean {
  return a.baseUrl === b.baseUrl && (a.apiKey ?? '') === (b.apiKey ?? '');
}

/** Panes whose model is being checked against a new server's list: their details are not fetched meanwhile,
 * so the old model id never reaches the new server (it would only fail there and flash an error). */
export const useSettlingStore = create<Record<string, true>>()(() => ({}));

const settling = new Map<string, Promise<void>>();

/** Resolves when the pane's model has been checked against its server's list; undefined when nothing is
 * pending. A Run pressed right after Save sends the model the pane moves to, not the old one. */
export function pendingSettle(paneId: string): Promise<void> | undefined {
  return settling.get(paneId);
}

function markSettling(paneId: string, on: boolean): void {
  useSettlingStore.setState((s) => {
    const next = { ...s };
    if (on) next[paneId] = true;
    else delete next[paneId];
    return next;
  }, true);
}

function settleModel(paneId: string, api: ApiConfig): void {
  const start = useWorkbenchStore.getState().panes.find((p) => p.id === paneId)?.modelId ?? '';
  const apply = (listed: readonly Model[] | undefined) => {
    const pane = useWorkbenchStore.getState().panes.find((p) => p.id === paneId);
    // The user picked another model meanwhile: theirs stands.
    if (!pane || pane.modelId !== start) return;
    const next = modelAfterSwitch(start, listed);
    if (next !== start) useWorkbenchStore.getState().setModel(paneId, next);
  };
  const query = modelListQuery(api);
  const cached = queryClient.getQueryData(query.queryKey);
  if (cached) {
    apply(cached);
    return;
  }
  markSettling(paneId, true);
  // A list that cannot be loaded keeps the model: the picker shows why, once.
  const done = queryClient
    .fetchQuery(query)
    .then(apply, () => undefined)
    .finally(() => {
      if (settling.get(paneId) === done) settling.delete(paneId);
      markSettling(paneId, false);
    });
  settling.set(paneId, done);
}

/** The last answer of `target`, when it failed, is removed: its error was about the old server. */
function clearStaleError(target: string): void {
  const latest = selectLatestRun(target)(useRunStore.getState());
  if (latest?.status === 'error') removeRun(latest.id);
}

/** Each pane's server (and key) now. */
function serversNow(): Map<string, ApiConfig> {
  return new Map(useWorkbenchStore.getState().panes.map((p) => [p.id, paneProvider(p.id).api]));
}

/**
 * Makes panes follow their server: whenever a pane reaches another server or sends another key — the settings
 * were saved, a compare pane got its own provider, the view changed which provider applies — its stale error
 * is cleared and it moves to a model that server lists. A pane that is new (added, or from a share link) keeps
 * the model it came with. Returns the unsubscribe function.
 */
export function followProviders(): () => void {
  let last = serversNow();
  const sync = () => {
    const now = serversNow();
    for (const [paneId, api] of now) {
      const old = last.get(paneId);
      if (!old || sameApi(old, api)) continue;
      clearStaleError(paneTarget(paneId));
      settleModel(paneId, api);
    }
    last = now;
  };
  const offSettings = useSettingsStore.subscribe((state, previous) => {
    if (state.provider !== previous.provider) sync();
  });
  const offWorkbench = useWorkbenchStore.subscribe((state, previous) => {
    if (state.panes !== previous.panes || state.view !== previous.view) sync();
  });
  return () => {
    offSettings();
    offWorkbench();
  };
}

/**
 * Saves the provider settings. The catalogue cache is emptied first (queries are keyed by whether a key is set,
 * not by the key; removed rather than invalidated, because an invalidation refetches at once with the query
 * functions of the last render, which still hold the old key — removed, they are rebuilt with the new settings
 * when the components re-render). `tested`, the model list a connection test just got for exactly these
 * settings, seeds it, so the panes (see followProviders) move at once.
 */
export function switchProvider(next: ProviderSettings, tested?: { api: ApiConfig; models: Model[] }): void {
  queryClient.removeQueries();
  if (tested) queryClient.setQueryData(modelListQuery(tested.api).queryKey, tested.models);
  useSettingsStore.getState().saveProvider(next);
}

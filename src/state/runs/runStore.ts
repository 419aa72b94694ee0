// Every run's record, by id, and each target's history (a pane's latest runs). Only the scheduler writes
// records; components read them through the selectors at the bottom.

import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isActive, type RunRecord } from '@/domain/run';
import { isRecord } from '@/lib/json';
import { browserStorage } from '@/lib/storage';
import { persistStorage, setAside, storedText } from '@/state/persistence';
import { persistableRuns, restoreRuns } from './persistRuns';
import { EMPTY_RUNS, type RunsState } from './runsState';

/** How many runs a target keeps: the user can step back through this many answers of a pane. */
export const HISTORY_LIMIT = 10;

export const useRunStore = create<RunsState>()(
  persist(() => EMPTY_RUNS, {
    name: 'yoke.runs',
    version: 1,
    storage: persistStorage(browserStorage, persistableRuns),
    // Checked record by record: a malformed entry is dropped (and said), a run that was going becomes
    // "interrupted".
    merge: (persisted, current) => {
      const restored = restoreRuns(persisted, HISTORY_LIMIT);
      const stored = isRecord(persisted) && isRecord(persisted.runs) ? Object.keys(persisted.runs).length : 0;
      const lost = stored - Object.keys(restored.runs).length;
      if (lost > 0) setAside('runs', [`${lost} saved answer(s)`], storedText('yoke.runs'));
      return { ...current, ...restored };
    },
  }),
);

const own = <T>(map: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(map, key) ? map[key] : undefined;

/** Adds a new run as its target's latest, and drops the target's oldest beyond HISTORY_LIMIT. */
export function addRun(run: RunRecord): void {
  addRuns([run]);
}

/** Adds new runs, each as its target's latest, in ONE store update: an evaluation grid starts thousands at
 * once, and an update per run would copy the records map per run. */
export function addRuns(records: readonly RunRecord[]): void {
  if (records.length === 0) return;
  useRunStore.setState((s) => {
    const runs = { ...s.runs };
    const history = { ...s.history };
    const shown = { ...s.shown };
    for (const run of records) {
      const ids = [...(own(history, run.target) ?? []), run.id];
      for (const id of ids.splice(0, Math.max(0, ids.length - HISTORY_LIMIT))) delete runs[id];
      runs[run.id] = run;
      // Defined, not assigned: a target named "__proto__" must be a key, not the object's prototype.
      Object.defineProperty(history, run.target, {
        value: ids,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      delete shown[run.target];
    }
    return { runs, history, shown };
  });
}

/** Replaces records with their newer versions in one update. A record no longer kept (its target was forgotten,
 * or it fell out of the history) is not brought back. */
export function publishRuns(updates: readonly RunRecord[]): void {
  if (updates.length === 0) return;
  useRunStore.setState((s) => {
    const runs = { ...s.runs };
    for (const run of updates) if (Object.hasOwn(runs, run.id)) runs[run.id] = run;
    return { runs };
  });
}

/** Shows one of the target's earlier runs; null (or the latest's id) shows the latest again. */
export function showRun(target: string, runId: string | null): void {
  useRunStore.setState((s) => {
    const ids = own(s.history, target) ?? [];
    const shown = { ...s.shown };
    if (runId === null || runId === ids.at(-1) || !ids.includes(runId)) delete shown[target];
    else shown[target] = runId;
    return { shown };
  });
}

/** Removes the history and records of every target `keep` rejects. Returns the targets removed. */
export function removeTargets(keep: (target: string) => boolean): string[] {
  const removed = Object.keys(useRunStore.getState().history).filter((target) => !keep(target));
  if (removed.length === 0) return removed;
  useRunStore.setState((s) => {
    const runs = { ...s.runs };
    const history = { ...s.history };
    const shown = { ...s.shown };
    for (const target of removed) {
      for (const id of own(history, target) ?? []) delete runs[id];
      delete history[target];
      delete shown[target];
    }
    return { runs, history, shown };
  });
  return removed;
}

/** Drops one record (an answer that cannot be shown); its target shows the run before it. */
export function removeRun(runId: string): void {
  useRunStore.setState((s) => {
    const run = own(s.runs, runId);
    if (!run) return s;
    const runs = { ...s.runs };
    delete runs[runId];
    const history = {
      ...s.history,
      [run.target]: (own(s.history, run.target) ?? []).filter((id) => id !== runId),
    };
    const shown = { ...s.shown };
    if (own(shown, run.target) === runId) delete shown[run.target];
    return { runs, history, shown };
  });
}

/** Forgets every run (a reset after an error). */
export function clearRuns(): void {
  useRunStore.setState(EMPTY_RUNS);
}

/** Takes in finished records made elsewhere (answers saved by an older version of Yoke), each its target's
 * latest. */
export function adoptRuns(records: readonly RunRecord[]): void {
  for (const record of records) addRun(record);
}

// Selectors. A streamed frame replaces `runs`; a selector returning one record keeps returning the same object
// for every run that did not change, so only the components showing a changing run re-render.

export const selectLatestRun =
  (target: string) =>
  (s: RunsState): RunRecord | undefined => {
    const id = own(s.history, target)?.at(-1);
    return id === undefined ? undefined : own(s.runs, id);
  };

export const selectShownRun =
  (target: string) =>
  (s: RunsState): RunRecord | undefined => {
    const id = own(s.shown, target);
    return (id === undefined ? undefined : own(s.runs, id)) ?? selectLatestRun(target)(s);
  };

/** Whether the target's latest run is queued or going (Run disabled, Stop enabled). */
export const selectRunning =
  (target: string) =>
  (s: RunsState): boolean => {
    const run = selectLatestRun(target)(s);
    return run !== undefined && isActive(run);
  };

/** [position of the shown run (1-based), number of runs] for a target's history. */
export const selectHistoryPlace =
  (target: string) =>
  (s: RunsState): [number, number] => {
    const ids = own(s.history, target) ?? [];
    const shown = own(s.shown, target);
    const index = shown === undefined ? ids.length - 1 : ids.indexOf(shown);
    return [index + 1, ids.length];
  };

/** The id of the run `step` places away from the shown one in the target's history, or null at either end. */
export function historyNeighbour(target: string, step: number): string | null {
  const s = useRunStore.getState();
  const ids = own(s.history, target) ?? [];
  const [position] = selectHistoryPlace(target)(s);
  return ids[position - 1 + step] ?? null;
}

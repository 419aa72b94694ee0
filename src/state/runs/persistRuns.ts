// What of the run store goes to localStorage, and how it comes back. Both directions are pure and tested: the
// write keeps within a size budget (answers and the images in their requests add up), the read checks every
// record and marks runs that were still going as interrupted.

import { interruptedRun, type RunRecord, type RunStatus } from '@/domain/run';
import { isRecord, isStringList, jsonExceeds } from '@/lib/json';
import type { RunsState } from './runsState';
import { storableRun } from './storedImages';
import { withStoredParts } from './storedParts';

/** localStorage holds ~5 M characters per origin, shared with the conversation (which may hold images too). */
export const PERSIST_BUDGET_CHARS = 1_500_000;

const STATUSES: ReadonlySet<RunStatus> = new Set([
  'queued',
  'running',
  'done',
  'error',
  'stopped',
  'interrupted',
]);

// A finished record never changes: its size is measured once.
const sizes = new WeakMap<RunRecord, number>();
function sizeOf(run: RunRecord): number {
  let size = sizes.get(run);
  if (size === undefined) {
    // Measured as written: an answer's large images are left out of the stored copy (storedImages.ts).
    size = JSON.stringify(storableRun(run)).length;
    if (run.status !== 'queued' && run.status !== 'running') sizes.set(run, size);
  }
  return size;
}

/** Only the workbench's own answers (targets `pane:<id>`) are written to localStorage. An evaluation grid's cells
 * and its judges' runs (thousands of records, megabytes) are kept by the evaluation store in IndexedDB. */
export function isPersistedTarget(target: string): boolean {
  return target.startsWith('pane:');
}

// The store's history object is replaced whenever a target gains or loses a run, and only then: the pane
// targets among thousands of evaluation targets are picked out once per such change, not on every write.
const paneTargetsOf = new WeakMap<RunsState['history'], string[]>();
function paneTargets(history: RunsState['history']): string[] {
  let targets = paneTargetsOf.get(history);
  if (!targets) {
    targets = Object.keys(history).filter(isPersistedTarget);
    paneTargetsOf.set(history, targets);
  }
  return targets;
}

/**
 * The part of the run store to write: the pane targets' runs only (see isPersistedTarget), every such target's
 * latest run, then earlier runs newest first while the total stays within `budget` characters. What does not
 * fit stays in this tab only. The work is proportional to the pane runs, however many other runs there are.
 */
export function persistableRuns(state: RunsState, budget = PERSIST_BUDGET_CHARS): RunsState {
  const targets = paneTargets(state.history);
  const latest: RunRecord[] = [];
  const earlier: RunRecord[] = [];
  for (const target of targets) {
    const ids = state.history[target] ?? [];
    ids.forEach((id, i) => {
      const run = Object.hasOwn(state.runs, id) ? state.runs[id] : undefined;
      if (run) (i === ids.length - 1 ? latest : earlier).push(run);
    });
  }
  earlier.sort((a, b) => b.createdAt - a.createdAt);
  const kept = new Set<string>();
  let used = 0;
  for (const run of latest) {
    kept.add(run.id);
    used += sizeOf(run);
  }
  for (const run of earlier) {
    const size = sizeOf(run);
    if (used + size > budget) continue;
    kept.add(run.id);
    used += size;
  }
  const runs: Record<string, RunRecord> = {};
  for (const id of kept) runs[id] = storableRun(state.runs[id] as RunRecord);
  const history: Record<string, string[]> = {};
  const shown: Record<string, string> = {};
  for (const target of targets) {
    const ids = (state.history[target] ?? []).filter((id) => kept.has(id));
    if (ids.length > 0) history[target] = ids;
    const id = Object.hasOwn(state.shown, target) ? state.shown[target] : undefined;
    if (id !== undefined && kept.has(id)) shown[target] = id;
  }
  return { runs, history, shown };
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isOptionalNumber = (v: unknown) => v === undefined || isNumber(v);
/** A stored record, if it has the shape the screens rely on; its optional parts are checked by storedParts. */
function readRecord(id: string, value: unknown): RunRecord | null {
  if (!isRecord(value) || value.id !== id || typeof value.target !== 'string') return null;
  if (!STATUSES.has(value.status as RunStatus) || !isStringList(value.choices)) return null;
  if (!Array.isArray(value.finishReasons) || !isNumber(value.createdAt)) return null;
  const request = value.request;
  if (!isRecord(request) || typeof request.model !== 'string' || !Array.isArray(request.messages))
    return null;
  // A request nested thousands deep would overflow every later step (the API tab, the export).
  if (jsonExceeds(value, { depth: 48, nodes: 200_000 })) return null;
  if (![value.startedAt, value.firstTokenAt, value.endedAt].every(isOptionalNumber)) return null;
  if (value.error !== undefined && !(isRecord(value.error) && typeof value.error.message === 'string'))
    return null;
  // Interrupted after the parts are checked: it settles a stored think state into the text and reasoning.
  return interruptedRun(withStoredParts(value as unknown as RunRecord, value));
}

/** The run store as stored, checked: malformed records and dangling ids are dropped, histories are cut to
 * `limit`, and a run that was still going when the page went away shows as interrupted. */
export function restoreRuns(persisted: unknown, limit: number): RunsState {
  if (!isRecord(persisted) || !isRecord(persisted.runs) || !isRecord(persisted.history)) {
    return { runs: {}, history: {}, shown: {} };
  }
  const stored = persisted.runs;
  const runs: Record<string, RunRecord> = {};
  const history: Record<string, string[]> = {};
  for (const [target, ids] of Object.entries(persisted.history)) {
    // Assigning "__proto__" would set the object's prototype rather than add a key.
    if (target === '__proto__' || !isStringList(ids)) continue;
    const valid: string[] = [];
    for (const id of ids.slice(-limit)) {
      const run = id !== '__proto__' && Object.hasOwn(stored, id) ? readRecord(id, stored[id]) : null;
      if (run && run.target === target && !Object.hasOwn(runs, id)) {
        runs[id] = run;
        valid.push(id);
      }
    }
    if (valid.length > 0) history[target] = valid;
  }
  const shown: Record<string, string> = {};
  if (isRecord(persisted.shown)) {
    for (const [target, id] of Object.entries(persisted.shown)) {
      if (typeof id === 'string' && Object.hasOwn(history, target) && history[target]?.includes(id))
        shown[target] = id;
    }
  }
  return { runs, history, shown };
}

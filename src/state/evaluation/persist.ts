// Writing the evaluation to IndexedDB. Suites are written a moment after an edit (typing in a case does not write
// on every key); cells are written in batches (every 250 ms, or as soon as 100 are waiting; one transaction per
// batch of at most 100), so a 3,000-cell run is a few dozen transactions, not thousands; a run's record when it
// starts and when it ends. Writes go one after another. A failure (quota, private mode) is said once in
// `storageProblem` and the store carries on in memory: nothing already stored is deleted because of it.

import type { Cell, Suite, SuiteRun } from '@/domain/evaluation';
import { type Database, toStorageError } from '@/lib/storage';
import { cellsOfRun, evaluationDb } from './evaluationDb';
import { useEvaluationStore } from './evaluationStore';
import { type StoredCell, storedCell } from './storedRecords';

export const SUITE_WRITE_DELAY_MS = 300;
export const CELL_BATCH_MS = 250;
export const CELL_BATCH_SIZE = 100;

/** The sentence shown for a storage failure: what happened and what it means for the user's work. */
export function storageSentence(error: unknown): string {
  const problem = toStorageError(error);
  switch (problem.kind) {
    case 'quota':
      return 'Browser storage is full: the evaluation keeps working in this tab, but new results will not survive a reload. Free some space (or delete old runs) to save again.';
    case 'unavailable':
      return 'This browser does not let Yoke store data here (a private window?): the evaluation works in this tab, but nothing will survive a reload.';
    case 'blocked':
      return 'Another Yoke tab holds the evaluation storage open with an older version: close it and reload to save results. Until then they are kept in this tab only.';
    default:
      return `Saving the evaluation failed (${problem.message}): results are kept in this tab only.`;
  }
}

/** The sentence of the last failed write, while it stands (a later write that lands takes it back). */
let writeProblem: string | null = null;

function setWriteProblem(sentence: string | null): void {
  const previous = writeProblem;
  if (sentence === previous) return;
  writeProblem = sentence;
  useEvaluationStore.setState((s) => {
    // Other sentences (records that could not be read) stay.
    const others = (s.storageProblem ?? '').replace(previous ?? '\u0000', '').trim();
    const text = [others, sentence ?? ''].filter(Boolean).join(' ');
    return { storageProblem: text === '' ? null : text };
  });
}

let chain: Promise<void> = Promise.resolve();

/** Runs storage work after the writes before it; a failure is reported, never thrown at the caller. */
function enqueue(work: (db: Database) => Promise<void>): Promise<void> {
  chain = chain.then(async () => {
    try {
      await work(await evaluationDb());
      setWriteProblem(null);
    } catch (error) {
      setWriteProblem(storageSentence(error));
    }
  });
  return chain;
}

// --- Cells, in batches.

const waitingCells = new Map<string, StoredCell>();
let cellTimer: ReturnType<typeof setTimeout> | null = null;
const figures = { batches: 0, cells: 0, ms: 0 };

function takeBatches(): StoredCell[][] {
  const all = [...waitingCells.values()];
  waitingCells.clear();
  const batches: StoredCell[][] = [];
  for (let i = 0; i < all.length; i += CELL_BATCH_SIZE) batches.push(all.slice(i, i + CELL_BATCH_SIZE));
  return batches;
}

function flushCells(): Promise<void> {
  if (cellTimer !== null) clearTimeout(cellTimer);
  cellTimer = null;
  const batches = takeBatches();
  let last = chain;
  for (const batch of batches) {
    last = enqueue(async (db) => {
      const started = performance.now();
      await db.put('cells', batch);
      figures.ms += performance.now() - started;
      figures.batches += 1;
      figures.cells += batch.length;
    });
  }
  return last;
}

/** Queues cells of a run for writing; the latest version of a cell waiting wins. */
export function saveCells(runId: string, cells: readonly Cell[]): void {
  for (const cell of cells) waitingCells.set(`${runId}\n${cell.key}`, storedCell(runId, cell));
  if (waitingCells.size >= CELL_BATCH_SIZE) void flushCells();
  else if (cellTimer === null && waitingCells.size > 0) cellTimer = setTimeout(flushCells, CELL_BATCH_MS);
}

/** How the cell writes went, for the bench: batches written, cells in them, and ms of writing per 100 cells. */
export function persistFigures(): { batches: number; cells: number; msPer100Cells: number } {
  const msPer100Cells = figures.cells === 0 ? 0 : (figures.ms / figures.cells) * 100;
  return { batches: figures.batches, cells: figures.cells, msPer100Cells };
}

// --- Runs.

/** Writes a run's record (when it starts, when it ends, when it was marked interrupted). */
export function saveRun(run: SuiteRun): void {
  void enqueue((db) => db.put('runs', [run]));
}

/** Deletes runs and every cell of theirs in one transaction (the oldest runs beyond the limit). */
export function deleteRuns(runIds: readonly string[]): void {
  if (runIds.length === 0) return;
  for (const key of [...waitingCells.keys()])
    if (runIds.some((id) => key.startsWith(`${id}\n`))) waitingCells.delete(key);
  void enqueue((db) =>
    db.write([
      { store: 'runs', delete: runIds },
      { store: 'cells', delete: runIds.map(cellsOfRun) },
    ]),
  );
}

// --- Suites, a moment after an edit.

const writtenSuites = new WeakSet<Suite>();
let suiteTimer: ReturnType<typeof setTimeout> | null = null;

/** Writes every suite changed since it was last written, now. */
export function saveSuitesNow(): Promise<void> {
  if (suiteTimer !== null) clearTimeout(suiteTimer);
  suiteTimer = null;
  const changed = useEvaluationStore.getState().suites.filter((suite) => !writtenSuites.has(suite));
  if (changed.length === 0) return chain;
  for (const suite of changed) writtenSuites.add(suite);
  return enqueue((db) => db.put('suites', changed));
}

/** Marks suites as already stored (just read, or written another way). */
export function suitesStored(suites: readonly Suite[]): void {
  for (const suite of suites) writtenSuites.add(suite);
}

/** Writes the suites whenever they change, SUITE_WRITE_DELAY_MS after the last edit. Returns the unsubscribe. */
export function watchSuites(): () => void {
  return useEvaluationStore.subscribe((state, previous) => {
    if (state.suites === previous.suites) return;
    if (suiteTimer !== null) clearTimeout(suiteTimer);
    suiteTimer = setTimeout(saveSuitesNow, SUITE_WRITE_DELAY_MS);
  });
}

/** Writes everything waiting now and resolves when all writes so far are done (page hide, tests). */
export function flushWrites(): Promise<void> {
  void saveSuitesNow();
  return flushCells();
}

/** Forgets what is waiting and the figures (a fresh page, in tests). */
export function resetPersistence(): void {
  if (cellTimer !== null) clearTimeout(cellTimer);
  if (suiteTimer !== null) clearTimeout(suiteTimer);
  cellTimer = null;
  suiteTimer = null;
  waitingCells.clear();
  figures.batches = 0;
  figures.cells = 0;
  figures.ms = 0;
  chain = Promise.resolve();
  writeProblem = null;
}

// Reading the evaluation back from IndexedDB: the suites, the current suite's runs, and the cells of the latest
// two runs (others when the user picks them in the history). Whatever cannot be read is left out and said in
// `storageProblem`; a storage that cannot be opened leaves the store working in memory. Never throws.

import type { Cell, Suite, SuiteRun } from '@/domain/evaluation';
import { conversationVariables } from '@/domain/variables';
import type { Database } from '@/lib/storage';
import { useWorkbenchStore } from '@/state/workbench';
import { evaluationDb } from './evaluationDb';
import { type EvaluationState, newId, useEvaluationStore } from './evaluationStore';
import { flushWrites, saveSuitesNow, storageSentence, suitesStored, watchSuites } from './persist';
import { readStoredCell, readStoredRun, readStoredSuite } from './storedRecords';

/** Records that could not be read, by kind, for one sentence. */
interface Dropped {
  suites: number;
  runs: number;
  cells: number;
}

function readAll<T>(raw: readonly unknown[], read: (value: unknown) => T | null, dropped: () => void): T[] {
  const kept: T[] = [];
  for (const value of raw) {
    const record = read(value);
    if (record) kept.push(record);
    else dropped();
  }
  return kept;
}

function droppedSentence(dropped: Dropped): string | null {
  const parts = [
    dropped.suites ? `${dropped.suites} suite(s)` : '',
    dropped.runs ? `${dropped.runs} run(s)` : '',
    dropped.cells ? `${dropped.cells} result(s)` : '',
  ].filter(Boolean);
  return parts.length === 0
    ? null
    : `Some stored evaluation data could not be read and was left out: ${parts.join(', ')}.`;
}

/** The suite a first visit starts with: the prompt's variables as columns and one empty case. */
function firstSuite(): Suite {
  const now = Date.now();
  return {
    id: newId('s'),
    name: 'Suite 1',
    columns: conversationVariables(useWorkbenchStore.getState().conversation),
    cases: [{ id: newId('c'), values: {} }],
    checks: [],
    createdAt: now,
    updatedAt: now,
  };
}

const UNFINISHED = new Set<Cell['status']>(['queued', 'running', 'retrying']);

/** A cell of a run that is not going in this tab: what never finished was stopped (the tab closed mid-run). */
function settledCell(cell: Cell): Cell {
  const judgements = cell.judgements?.map((j) =>
    j.status === 'running'
      ? { ...j, status: 'error' as const, error: 'Stopped before the judge answered.' }
      : j,
  );
  const next = judgements ? { ...cell, judgements } : cell;
  if (!UNFINISHED.has(cell.status)) return next;
  const { retryAt: _at, retryReason: _reason, ...rest } = next;
  return { ...rest, status: 'stopped' };
}

/** A run stored as going while no tab runs it: the tab closed mid-run. */
function settledRun(run: SuiteRun): SuiteRun {
  if (run.status !== 'running' || run.id === useEvaluationStore.getState().activeRunId) return run;
  return { ...run, status: 'interrupted' };
}

async function readRuns(db: Database, suiteId: string, dropped: Dropped): Promise<SuiteRun[]> {
  const raw = await db.getAllFromIndex('runs', 'suiteId', suiteId);
  const runs = readAll(raw, readStoredRun, () => {
    dropped.runs += 1;
  }).filter((run) => run.suiteId === suiteId);
  return runs.map(settledRun).sort((a, b) => a.createdAt - b.createdAt);
}

async function readCells(db: Database, runId: string, dropped: Dropped): Promise<Record<string, Cell>> {
  const raw = await db.getAllFromIndex('cells', 'runId', runId);
  const active = runId === useEvaluationStore.getState().activeRunId;
  const cells: Record<string, Cell> = {};
  for (const cell of readAll(
    raw,
    (value) => readStoredCell(value, runId),
    () => (dropped.cells += 1),
  ))
    cells[cell.key] = active ? cell : settledCell(cell);
  return cells;
}

function withProblem(state: EvaluationState, ...problems: Array<string | null>): string | null {
  const all = [state.storageProblem, ...problems].filter((p): p is string => p !== null);
  return all.length === 0 ? null : [...new Set(all)].join(' ');
}

let loading: Promise<void> | null = null;
let unwatchSuites: (() => void) | null = null;
let flushOnHide = false;

/** Reads the stored evaluation once (later calls share the first one) and starts writing suite edits. */
export function loadEvaluation(): Promise<void> {
  loading ??= readEverything();
  return loading;
}

async function readEverything(): Promise<void> {
  const dropped: Dropped = { suites: 0, runs: 0, cells: 0 };
  let failure: string | null = null;
  let suites: Suite[] = [];
  let runs: SuiteRun[] = [];
  const cells: Record<string, Record<string, Cell>> = {};
  let current: Suite | undefined;
  try {
    const db = await evaluationDb();
    suites = readAll(await db.getAll('suites'), readStoredSuite, () => (dropped.suites += 1));
    current = suites.reduce<Suite | undefined>(
      (a, b) => (a && a.updatedAt >= b.updatedAt ? a : b),
      undefined,
    );
    if (current) {
      runs = await readRuns(db, current.id, dropped);
      for (const run of runs.slice(-2)) cells[run.id] = await readCells(db, run.id, dropped);
    }
  } catch (error) {
    failure = storageSentence(error);
  }
  suitesStored(suites);
  if (!current) {
    current = firstSuite();
    suites = [...suites, current];
  }
  const chosen = current;
  useEvaluationStore.setState((s) => ({
    ready: true,
    storageProblem: withProblem(s, failure, droppedSentence(dropped)),
    suites,
    currentSuiteId: chosen.id,
    runs,
    cells: { ...cells, ...s.cells },
  }));
  unwatchSuites?.();
  unwatchSuites = watchSuites();
  // What waits for its batch is written when the page goes away (a closed tab, a reload).
  if (typeof window !== 'undefined' && !flushOnHide) {
    flushOnHide = true;
    window.addEventListener('pagehide', () => void flushWrites());
  }
  // A suite made here is written at once (the watcher only sees later edits).
  if (failure === null) void saveSuitesNow();
}

const cellReads = new Map<string, Promise<void>>();

/** Makes sure the cells of `runId` (one of the current suite's runs) are in the store, reading them if not. */
export function ensureRunCells(runId: string): Promise<void> {
  const s = useEvaluationStore.getState();
  if (Object.hasOwn(s.cells, runId) || !s.runs.some((run) => run.id === runId)) return Promise.resolve();
  let reading = cellReads.get(runId);
  if (!reading) {
    reading = (async () => {
      const dropped: Dropped = { suites: 0, runs: 0, cells: 0 };
      try {
        const cells = await readCells(await evaluationDb(), runId, dropped);
        useEvaluationStore.setState((state) => ({
          cells: Object.hasOwn(state.cells, runId) ? state.cells : { ...state.cells, [runId]: cells },
          storageProblem: withProblem(state, droppedSentence(dropped)),
        }));
      } catch (error) {
        useEvaluationStore.setState((state) => ({
          cells: { ...state.cells, [runId]: {} },
          storageProblem: withProblem(state, storageSentence(error)),
        }));
      } finally {
        cellReads.delete(runId);
      }
    })();
    cellReads.set(runId, reading);
  }
  return reading;
}

/** Reads the runs of `suiteId` (a suite just made current) and the cells of its latest two. */
export async function loadSuiteRuns(suiteId: string): Promise<void> {
  const dropped: Dropped = { suites: 0, runs: 0, cells: 0 };
  try {
    const db = await evaluationDb();
    const runs = await readRuns(db, suiteId, dropped);
    const cells: Record<string, Record<string, Cell>> = {};
    for (const run of runs.slice(-2)) cells[run.id] = await readCells(db, run.id, dropped);
    useEvaluationStore.setState((s) =>
      s.currentSuiteId !== suiteId
        ? s
        : {
            runs,
            cells: { ...s.cells, ...cells },
            storageProblem: withProblem(s, droppedSentence(dropped)),
          },
    );
  } catch (error) {
    useEvaluationStore.setState((s) => ({ storageProblem: withProblem(s, storageSentence(error)) }));
  }
}

/** Forgets everything loaded (a fresh page, in tests): the next loadEvaluation reads the database again. */
export function resetLoad(): void {
  unwatchSuites?.();
  unwatchSuites = null;
  loading = null;
  cellReads.clear();
}

// The evaluation's IndexedDB database: suites, suite runs (by suite) and cells (by run, keyed [runId, key]).
// Opened once, on first use; when it cannot be opened, every later use fails the same way (the caller says so
// once and works in memory).

import { type Database, openDatabase, prefixRange, type StoreSpec } from '@/lib/storage';

export const DB_NAME = 'yoke-evaluation';
const DB_VERSION = 1;

const STORES: readonly StoreSpec[] = [
  { name: 'suites', keyPath: 'id' },
  { name: 'runs', keyPath: 'id', indexes: [{ name: 'suiteId', keyPath: 'suiteId' }] },
  { name: 'cells', keyPath: ['runId', 'key'], indexes: [{ name: 'runId', keyPath: 'runId' }] },
];

let opening: Promise<Database> | null = null;

export function evaluationDb(): Promise<Database> {
  opening ??= openDatabase(DB_NAME, DB_VERSION, STORES);
  return opening;
}

/** Closes the connection; the next use opens it again (tests: a fresh page on the same database). */
export async function closeEvaluationDb(): Promise<void> {
  const db = await opening?.catch(() => null);
  opening = null;
  db?.close();
}

/** Every cell key of one run. */
export const cellsOfRun = (runId: string) => prefixRange(runId);

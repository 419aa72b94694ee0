// TEMPORARY (i12-evalui): the evalstate helper's API (i12-evalstate.md) as an in-memory stand-in, so the Evaluate
// screen can be built before that branch lands. Replaced by the real slice on merge.

import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Cell, CellRating, Check, CheckType, ParsedCases, Suite, SuiteRun } from '@/domain/evaluation';
import type { RunRecord } from '@/domain/run';

export type CellScope =
  | { kind: 'all' }
  | { kind: 'cases'; caseIds: string[] }
  | { kind: 'failed' }
  | { kind: 'cell'; caseId: string; paneId: string };
export interface EvaluationState {
  ready: boolean;
  storageProblem: string | null;
  suites: Suite[];
  currentSuiteId: string;
  runs: SuiteRun[];
  cells: Record<string, Record<string, Cell>>;
  shownRunId: string | null;
  compareRunId: string | null;
  activeRunId: string | null;
}
let n = 0;
const id = () => `x${++n}`;
const first: Suite = {
  id: 's1',
  name: 'Suite',
  columns: [],
  cases: [],
  checks: [],
  createdAt: 0,
  updatedAt: 0,
};
export const useEvaluationStore: UseBoundStore<StoreApi<EvaluationState>> = create<EvaluationState>()(() => ({
  ready: true,
  storageProblem: null,
  suites: [first],
  currentSuiteId: 's1',
  runs: [],
  cells: {},
  shownRunId: null,
  compareRunId: null,
  activeRunId: null,
}));
const edit = (f: (s: Suite) => Suite) =>
  useEvaluationStore.setState((s) => ({
    suites: s.suites.map((x) => (x.id === s.currentSuiteId ? f(x) : x)),
  }));
export async function loadEvaluation(): Promise<void> {}
export function addCase(values: Record<string, string> = {}): string {
  const caseId = id();
  edit((s) => ({ ...s, cases: [...s.cases, { id: caseId, values }] }));
  return caseId;
}
export function updateCaseValue(caseId: string, column: string, value: string): void {
  edit((s) => ({
    ...s,
    cases: s.cases.map((c) => (c.id === caseId ? { ...c, values: { ...c.values, [column]: value } } : c)),
  }));
}
export function duplicateCase(caseId: string): string {
  const copy = id();
  edit((s) => {
    const i = s.cases.findIndex((c) => c.id === caseId);
    const source = s.cases[i];
    if (!source) return s;
    const cases = [...s.cases];
    cases.splice(i + 1, 0, { id: copy, values: { ...source.values } });
    return { ...s, cases };
  });
  return copy;
}
export function deleteCase(caseId: string): void {
  edit((s) => ({ ...s, cases: s.cases.filter((c) => c.id !== caseId) }));
}
export function importCases(parsed: ParsedCases, mode: 'append' | 'replace'): void {
  edit((s) => ({
    ...s,
    columns: [...new Set([...s.columns, ...parsed.columns])],
    cases: [...(mode === 'append' ? s.cases : []), ...parsed.rows.map((values) => ({ id: id(), values }))],
  }));
}
export function addColumn(name: string): void {
  edit((s) => ({ ...s, columns: s.columns.includes(name) ? s.columns : [...s.columns, name] }));
}
export function addCheck(type: CheckType): string {
  const checkId = id();
  edit((s) => ({ ...s, checks: [...s.checks, { id: checkId, type, value: '' }] }));
  return checkId;
}
export function updateCheck(checkId: string, patch: Partial<Check>): void {
  edit((s) => ({ ...s, checks: s.checks.map((c) => (c.id === checkId ? { ...c, ...patch } : c)) }));
}
export function removeCheck(checkId: string): void {
  edit((s) => ({ ...s, checks: s.checks.filter((c) => c.id !== checkId) }));
}
export function renameSuite(name: string): void {
  edit((s) => ({ ...s, name }));
}
export function importSuite(suite: Suite): void {
  useEvaluationStore.setState((s) => ({ suites: [...s.suites, suite], currentSuiteId: suite.id }));
}
export async function startSuiteRun(_scope: CellScope): Promise<string | null> {
  return null;
}
export function stopSuiteRun(): void {}
export function rateCell(_runId: string, _cellKey: string, _rating: CellRating): void {}
export function showSuiteRun(runId: string | null): void {
  useEvaluationStore.setState({ shownRunId: runId });
}
export function setCompareRun(runId: string | null): void {
  useEvaluationStore.setState({ compareRunId: runId });
}
export const selectCurrentSuite = (s: EvaluationState): Suite =>
  s.suites.find((x) => x.id === s.currentSuiteId) ?? first;
export const selectShownRun = (s: EvaluationState): SuiteRun | undefined =>
  s.shownRunId ? s.runs.find((r) => r.id === s.shownRunId) : s.runs.at(-1);
export const selectCompareRun = (s: EvaluationState): SuiteRun | undefined => {
  if (s.compareRunId) return s.runs.find((r) => r.id === s.compareRunId);
  const shown = selectShownRun(s);
  const i = shown ? s.runs.indexOf(shown) : -1;
  return i > 0 ? s.runs[i - 1] : undefined;
};
export const selectCell =
  (runId: string, key: string) =>
  (s: EvaluationState): Cell | undefined =>
    s.cells[runId]?.[key];
export function useLiveCell(_runId: string, _cellKey: string): RunRecord | undefined {
  return undefined;
}
export function cellTarget(runId: string, key: string): string {
  return `eval:${runId}:${key}`;
}

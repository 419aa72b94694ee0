// The suite's edits: cases, columns, checks, its name, a whole imported suite. Each replaces the current suite
// with a new object (so persist.ts sees it changed) and leaves every other suite alone.

import type { Check, CheckType, ParsedCases, Suite, TestCase } from '@/domain/evaluation';
import { useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import { newId, useEvaluationStore } from './evaluationStore';
import { selectCurrentSuite } from './selectors';

function editSuite(edit: (suite: Suite) => Suite): void {
  useEvaluationStore.setState((s) => {
    const current = selectCurrentSuite(s);
    if (!s.suites.includes(current)) return s; // nothing loaded or created yet
    const next = { ...edit(current), updatedAt: Date.now() };
    return { suites: s.suites.map((suite) => (suite === current ? next : suite)) };
  });
}

/** Only own string entries: a value is a table cell, whatever the caller passed. */
function cleanValues(values: Record<string, string> | undefined): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [column, value] of Object.entries(values ?? {}))
    if (typeof value === 'string') clean[column] = value;
  return clean;
}

function withColumns(columns: readonly string[], more: readonly string[]): string[] {
  const next = [...columns];
  for (const column of more) if (column !== '' && !next.includes(column)) next.push(column);
  return next;
}

/** Adds a case at the end (empty, or with `values`); returns its id. */
export function addCase(values?: Record<string, string>): string {
  const testCase: TestCase = { id: newId('c'), values: cleanValues(values) };
  editSuite((suite) => ({
    ...suite,
    columns: withColumns(suite.columns, Object.keys(testCase.values)),
    cases: [...suite.cases, testCase],
  }));
  return testCase.id;
}

export function updateCaseValue(caseId: string, column: string, value: string): void {
  editSuite((suite) => ({
    ...suite,
    columns: withColumns(suite.columns, [column]),
    cases: suite.cases.map((c) => (c.id === caseId ? { ...c, values: { ...c.values, [column]: value } } : c)),
  }));
}

/** Copies a case right below itself; returns the copy's id ('' when there is no such case). */
export function duplicateCase(caseId: string): string {
  const source = selectCurrentSuite(useEvaluationStore.getState()).cases.find((c) => c.id === caseId);
  if (!source) return '';
  const copy: TestCase = { id: newId('c'), values: { ...source.values } };
  editSuite((suite) => {
    const index = suite.cases.findIndex((c) => c.id === caseId);
    return { ...suite, cases: [...suite.cases.slice(0, index + 1), copy, ...suite.cases.slice(index + 1)] };
  });
  return copy.id;
}

export function deleteCase(caseId: string): void {
  editSuite((suite) => ({ ...suite, cases: suite.cases.filter((c) => c.id !== caseId) }));
}

/** Adds the imported rows as cases (after the others, or instead of them). Columns that match no variable are
 * kept: they are shown, and a check or a later prompt may use them. */
export function importCases(parsed: ParsedCases, mode: 'append' | 'replace'): void {
  const cases = parsed.rows.map((row) => ({ id: newId('c'), values: cleanValues(row) }));
  editSuite((suite) => ({
    ...suite,
    columns: withColumns(suite.columns, parsed.columns),
    cases: mode === 'replace' ? cases : [...suite.cases, ...cases],
  }));
}

export function addColumn(name: string): void {
  const column = name.trim();
  if (column === '') return;
  editSuite((suite) => ({ ...suite, columns: withColumns(suite.columns, [column]) }));
}

/** What a new check of each type starts with: a value that makes sense to edit, never one that passes all. */
function defaultValue(type: CheckType): string {
  if (type === 'latency-under') return '5000';
  if (type === 'cost-under') return '0.01';
  if (type === 'json-schema') return '{\n  "type": "object"\n}';
  return '';
}

/** Adds a check of `type`; returns its id. A judge starts on the first pane's provider and model. */
export function addCheck(type: CheckType): string {
  const check: Check = { id: newId('k'), type, value: defaultValue(type) };
  if (type === 'judge') {
    const workbench = useWorkbenchStore.getState();
    const first = workbench.panes[0];
    check.judge = {
      provider: first?.provider ?? useSettingsStore.getState().provider.kind,
      modelId: first?.modelId ?? '',
      rubric: '',
      passScore: 7,
    };
  }
  editSuite((suite) => ({ ...suite, checks: [...suite.checks, check] }));
  return check.id;
}

/** Changes a check of the suite. Runs already made keep the checks they had (their snapshot). */
export function updateCheck(id: string, patch: Partial<Check>): void {
  editSuite((suite) => ({
    ...suite,
    checks: suite.checks.map((check) => (check.id === id ? { ...check, ...patch, id } : check)),
  }));
}

export function removeCheck(id: string): void {
  editSuite((suite) => ({ ...suite, checks: suite.checks.filter((check) => check.id !== id) }));
}

export function renameSuite(name: string): void {
  editSuite((suite) => ({ ...suite, name }));
}

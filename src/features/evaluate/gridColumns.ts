// What the grid's columns are: the suite's columns ordered for reading (the prompt's variables first, then
// "expected", then what an import brought that the prompt does not use), and the panes (the workbench's own, plus
// any the shown run had that has since been removed, so its cells can still be read).

import { EXPECTED_COLUMN, type SuiteRun, type TestCase } from '@/domain/evaluation';

export type CaseColumnKind = 'variable' | 'expected' | 'extra';

export interface CaseColumn {
  name: string;
  kind: CaseColumnKind;
}

export interface CaseColumns {
  columns: CaseColumn[];
  /** Variables of the prompt no column fills: sent empty, so the screen flags them. */
  missing: string[];
}

export function caseColumns(suiteColumns: readonly string[], variables: readonly string[]): CaseColumns {
  const present = new Set(suiteColumns);
  const inPrompt = new Set(variables);
  const columns: CaseColumn[] = [
    ...variables.filter((v) => present.has(v)).map((name) => ({ name, kind: 'variable' as const })),
    ...(present.has(EXPECTED_COLUMN) && !inPrompt.has(EXPECTED_COLUMN)
      ? [{ name: EXPECTED_COLUMN, kind: 'expected' as const }]
      : []),
    ...suiteColumns
      .filter((c) => !inPrompt.has(c) && c !== EXPECTED_COLUMN)
      .map((name) => ({ name, kind: 'extra' as const })),
  ];
  return { columns, missing: variables.filter((v) => !present.has(v)) };
}

export interface GridPane {
  paneId: string;
  /** 1-based, as the cells are named ("Case 3 · Pane 2"). */
  number: number;
  title: string;
  /** In the shown run only: the workbench no longer has it, so it cannot be run again. */
  removed: boolean;
}

export function gridPanes(
  current: ReadonlyArray<{ id: string; title: string }>,
  run: SuiteRun | undefined,
): GridPane[] {
  const panes: GridPane[] = current.map((pane, i) => ({
    paneId: pane.id,
    number: i + 1,
    title: pane.title,
    removed: false,
  }));
  for (const pane of run?.panes ?? []) {
    if (panes.some((p) => p.paneId === pane.paneId)) continue;
    panes.push({ paneId: pane.paneId, number: panes.length + 1, title: pane.title, removed: true });
  }
  return panes;
}

/** A case with nothing typed in it (the new suite's first row): an import replaces such rows instead of following
 * them, and a table of only these still shows the explanation. */
export function isBlankCase(testCase: TestCase): boolean {
  return Object.values(testCase.values).every((value) => value.trim() === '');
}

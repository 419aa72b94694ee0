// TEMPORARY (i12-evalui): the exports of the evaldomain helper (resultsCsv, resultsJsonl, suiteToJson,
// readSuiteJson, pythonScript) until they are exported from @/domain/evaluation; then this file goes.

import type { Cell, Suite, SuiteRun } from '@/domain/evaluation';
import type { SnippetTarget } from '@/domain/provider';

type Cells = Readonly<Record<string, Cell>>;
export const resultsCsv = (_run: SuiteRun, _cells: Cells): string => '';
export const resultsJsonl = (_run: SuiteRun, _cells: Cells): string => '';
export const suiteToJson = (suite: Suite): string => JSON.stringify(suite);
export const readSuiteJson = (_text: string): Suite | { error: string } => ({ error: 'not available yet' });
export const pythonScript = (_input: {
  run: SuiteRun;
  cells: Cells;
  target: SnippetTarget;
  concurrency: number;
}): string => '';

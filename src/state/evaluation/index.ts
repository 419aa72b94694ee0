export type { EvaluationState } from './evaluationStore';
export { useEvaluationStore } from './evaluationStore';
export { importSuite, rateCell, setCompareRun, showSuiteRun } from './history';
export { loadEvaluation } from './load';
export { flushWrites, persistFigures } from './persist';
export { MAX_RUNS_PER_SUITE, startSuiteRun, stopSuiteRun } from './runner';
export type { CellScope } from './scope';
export {
  cellTarget,
  judgeTarget,
  selectCell,
  selectCompareRun,
  selectCurrentSuite,
  selectShownRun,
  useLiveCell,
} from './selectors';
export {
  addCase,
  addCheck,
  addColumn,
  deleteCase,
  duplicateCase,
  importCases,
  removeCheck,
  renameSuite,
  updateCaseValue,
  updateCheck,
} from './suiteActions';

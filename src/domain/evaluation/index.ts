export { cellFromRun } from './cellFromRun';
export { cellOutcome, evaluateChecks, REGEX_INPUT_CAP, readPattern } from './checks';
export type { Outcome, RowChange, RunSide } from './diffRuns';
export { DIFF_BUDGET, diffRuns } from './diffRuns';
export { JUDGE_SYSTEM_PROMPT, judgeRequest, readJudgeScore } from './judge';
export type { ColumnMatch } from './matchColumns';
export { matchColumns } from './matchColumns';
export type { CasesFormat, ParsedCases } from './parseCases';
export { CASE_LIMITS, parseCases } from './parseCases';
export type { PythonScriptInput } from './pythonScript';
export { pythonScript, pythonStringLiteral } from './pythonScript';
export type { ResultRecord } from './results';
export { checkLabels, resultRecords, resultsCsv, resultsJsonl, variableColumns } from './results';
export type { BestColumns, ColumnStats, Progress } from './stats';
export { bestColumns, columnStats, nearestRank, progressOf } from './stats';
export { MAX_CHECKS, readSuiteJson, SUITE_FORMAT, SUITE_VERSION, suiteToJson } from './suiteJson';
export type {
  Cell,
  CellJudgement,
  CellRating,
  CellStatus,
  Check,
  CheckResult,
  CheckType,
  JudgeSettings,
  Suite,
  SuiteRun,
  SuiteRunPane,
  SuiteRunStatus,
  TestCase,
  Thumb,
} from './types';
export { CHECK_TYPES, cellKey, EXPECTED_COLUMN } from './types';

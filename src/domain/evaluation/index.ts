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

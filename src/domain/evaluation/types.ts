// The evaluation's data: a suite (test cases, checks) and its runs (immutable records of one "Run all cases":
// the prompt, the panes and every cell's outcome). Plain data: stored in IndexedDB, exported, imported back.

import type { Conversation } from '@/domain/conversation';
import type { ProviderKind } from '@/domain/provider';
import type { RunError } from '@/domain/run';
import type { ChatCompletionRequest, ModelPricing } from '@/lib/api';

/** The column holding what a case should produce (the "equals expected" check reads it). */
export const EXPECTED_COLUMN = 'expected';

/** One row of the test-case table: a value per column (variables, "expected", and any other column kept from an
 * import). A column without an entry is empty. */
export interface TestCase {
  id: string;
  values: Record<string, string>;
}

export type CheckType =
  | 'contains'
  | 'not-contains'
  | 'regex'
  | 'equals-expected'
  | 'valid-json'
  | 'json-schema'
  | 'latency-under'
  | 'cost-under'
  | 'judge';

export const CHECK_TYPES: readonly CheckType[] = [
  'contains',
  'not-contains',
  'regex',
  'equals-expected',
  'valid-json',
  'json-schema',
  'latency-under',
  'cost-under',
  'judge',
];

/** A judge: a model that reads the rubric and the output and answers with a score from 1 to 10. */
export interface JudgeSettings {
  provider: ProviderKind;
  modelId: string;
  rubric: string;
  /** The lowest score that passes (1–10). */
  passScore: number;
}

/** A check every cell is held to. `value` is what the type needs, as the user typed it: the text (contains,
 * not-contains; `{{variables}}` in it are filled from the case), the pattern (regex, JavaScript syntax, flags
 * after a slash form `/…/i` or none), the schema text (json-schema), milliseconds (latency-under), dollars
 * (cost-under); unused by equals-expected, valid-json and judge. */
export interface Check {
  id: string;
  type: CheckType;
  value: string;
  /** contains / not-contains / equals-expected: compare ignoring case (default false). */
  ignoreCase?: boolean;
  /** judge only. */
  judge?: JudgeSettings;
}

/** One check's verdict on one cell. pass null: not decided (still running, the judge failed, bad settings);
 * `detail` says why in a line. */
export interface CheckResult {
  checkId: string;
  pass: boolean | null;
  detail: string;
  /** The judge's score (1–10). */
  score?: number;
}

/** A suite: the test cases and the checks. The prompt and the panes are the workbench's own (a run keeps a copy
 * of them). */
export interface Suite {
  id: string;
  name: string;
  /** Every column of the case table, in order: the variables found in the prompt come first when created, and
   * columns from an import that match no variable are kept. */
  columns: string[];
  cases: TestCase[];
  checks: Check[];
  createdAt: number;
  updatedAt: number;
}

/** A grid column as a suite run saw it. */
export interface SuiteRunPane {
  paneId: string;
  /** "Pane 2 · claude-sonnet-4 · temperature 0.2", as the pane is titled. */
  title: string;
  modelId: string;
  provider: ProviderKind;
  pricing: ModelPricing | null;
}

export type CellStatus = 'queued' | 'running' | 'retrying' | 'done' | 'error' | 'stopped';

export type Thumb = 'up' | 'down';

export interface CellRating {
  thumb: Thumb | null;
  note: string;
}

/** The judge's part of a cell: the exact request sent (shown like any other) and what came back. */
export interface CellJudgement {
  checkId: string;
  request: ChatCompletionRequest;
  status: 'running' | 'done' | 'error';
  output: string;
  score: number | null;
  error?: string;
}

/** One case × pane of a suite run. */
export interface Cell {
  /** `cellKey(caseId, paneId)`. */
  key: string;
  caseId: string;
  paneId: string;
  status: CellStatus;
  /** The exact body sent (variables filled). */
  request: ChatCompletionRequest;
  /** The answer's text (choice 0), without reasoning. */
  output: string;
  reasoning?: string;
  /** Tool calls of choice 0, when the model called tools instead of answering. */
  toolCalls?: Array<{ id: string; name: string; arguments: string }>;
  finishReason: string | null;
  /** Request sent → answer ended, ms; null until it ended. */
  latencyMs: number | null;
  ttftMs: number | null;
  promptTokens: number | null;
  completionTokens: number | null;
  cost: number | null;
  error?: RunError;
  /** Sends so far (1 + retries). */
  attempts: number;
  /** While status is 'retrying': when the next attempt goes (epoch ms) and why. */
  retryAt?: number;
  retryReason?: string;
  checks: CheckResult[];
  judgements?: CellJudgement[];
  rating?: CellRating;
  startedAt?: number;
  endedAt?: number;
  /** Copied unchanged from the run this one continues (`SuiteRun.carriedFrom`): not sent again. */
  carried?: boolean;
}

export type SuiteRunStatus = 'running' | 'done' | 'stopped' | 'interrupted';

/** One "Run all cases" (or a part of one: selected rows, failed cells, one cell), kept as it was. */
export interface SuiteRun {
  id: string;
  suiteId: string;
  createdAt: number;
  endedAt?: number;
  status: SuiteRunStatus;
  /** What was run: "All cases", "Failed cells", "3 selected cases", "Case 4 · Pane 2". */
  scope: string;
  /** The prompt as it was (variables unfilled). */
  prompt: Conversation;
  panes: SuiteRunPane[];
  /** The cases as they were (the table can change after). */
  cases: TestCase[];
  checks: Check[];
  /** A partial run (failed cells, selected rows, one cell) starts from a copy of this run's other cells, so every
   * run is a whole grid and two runs can be compared row by row. */
  carriedFrom?: string;
}

export function cellKey(caseId: string, paneId: string): string {
  return `${caseId}|${paneId}`;
}

// Suites, runs and cells read back from IndexedDB, checked before they reach the store: stored data is untrusted
// (an older or newer Yoke, another tab, a hand edit in the devtools). A record of the wrong shape is dropped as a
// whole and counted; unknown fields are left out. Never throws.

import * as v from 'valibot';
import { type Conversation, readPromptParts, readTurn } from '@/domain/conversation';
import {
  type Cell,
  CHECK_TYPES,
  cellKey,
  type Suite,
  type SuiteRun,
  type SuiteRunStatus,
} from '@/domain/evaluation';
import { PROVIDER_KINDS } from '@/domain/provider';
import type { ChatCompletionRequest } from '@/lib/api';
import { isRecord } from '@/lib/json';

const num = v.pipe(v.number(), v.finite());
const nullableNum = v.nullable(num);
const strings = v.array(v.string());
const values = v.record(v.string(), v.string());

const judgeSettings = v.object({
  provider: v.picklist(PROVIDER_KINDS),
  modelId: v.string(),
  rubric: v.string(),
  passScore: num,
});

const check = v.object({
  id: v.string(),
  type: v.picklist(CHECK_TYPES),
  value: v.string(),
  ignoreCase: v.optional(v.boolean()),
  judge: v.optional(judgeSettings),
});

const suite = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.string(),
  columns: strings,
  cases: v.array(v.object({ id: v.string(), values })),
  checks: v.array(check),
  createdAt: num,
  updatedAt: num,
});

/** The request is shown and exported, never sent again from storage: its outer shape is what is checked. */
const request = v.custom<ChatCompletionRequest>(
  (value) => isRecord(value) && typeof value.model === 'string' && Array.isArray(value.messages),
  'a chat-completions request',
);

const pricing = v.nullable(v.record(v.string(), v.union([v.string(), v.nullable(num)])));

const runPane = v.object({
  paneId: v.string(),
  title: v.string(),
  modelId: v.string(),
  provider: v.picklist(PROVIDER_KINDS),
  pricing,
});

const run = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  suiteId: v.string(),
  createdAt: num,
  endedAt: v.optional(num),
  status: v.picklist(['running', 'done', 'stopped', 'interrupted'] satisfies SuiteRunStatus[]),
  scope: v.string(),
  prompt: v.unknown(),
  panes: v.array(runPane),
  cases: v.array(v.object({ id: v.string(), values })),
  checks: v.array(check),
  carriedFrom: v.optional(v.string()),
});

const checkResult = v.object({
  checkId: v.string(),
  pass: v.nullable(v.boolean()),
  detail: v.string(),
  score: v.optional(num),
});

const judgement = v.object({
  checkId: v.string(),
  request,
  status: v.picklist(['running', 'done', 'error']),
  output: v.string(),
  score: nullableNum,
  error: v.optional(v.string()),
});

const runError = v.object({
  status: num,
  kind: v.string(),
  message: v.string(),
  retryAfterSeconds: v.optional(num),
});

const cell = v.object({
  runId: v.string(),
  key: v.string(),
  caseId: v.string(),
  paneId: v.string(),
  status: v.picklist(['queued', 'running', 'retrying', 'done', 'error', 'stopped']),
  request,
  output: v.string(),
  reasoning: v.optional(v.string()),
  toolCalls: v.optional(v.array(v.object({ id: v.string(), name: v.string(), arguments: v.string() }))),
  finishReason: v.nullable(v.string()),
  latencyMs: nullableNum,
  ttftMs: nullableNum,
  promptTokens: nullableNum,
  completionTokens: nullableNum,
  cost: nullableNum,
  error: v.optional(runError),
  attempts: num,
  retryAt: v.optional(num),
  retryReason: v.optional(v.string()),
  checks: v.array(checkResult),
  judgements: v.optional(v.array(judgement)),
  rating: v.optional(v.object({ thumb: v.nullable(v.picklist(['up', 'down'])), note: v.string() })),
  startedAt: v.optional(num),
  endedAt: v.optional(num),
  carried: v.optional(v.boolean()),
});

/** The prompt a run kept: its turns and prompt parts through the conversation's own readers. */
function readPrompt(value: unknown): Conversation | null {
  if (!isRecord(value) || typeof value.system !== 'string' || !Array.isArray(value.turns)) return null;
  const turns = value.turns.map(readTurn);
  if (turns.some((turn) => turn === null)) return null;
  const problems: string[] = [];
  const parts = readPromptParts(value, problems);
  if (problems.length > 0) return null;
  return { system: value.system, turns: turns as Conversation['turns'], ...parts };
}

export function readStoredSuite(value: unknown): Suite | null {
  const result = v.safeParse(suite, value);
  return result.success ? (result.output as Suite) : null;
}

export function readStoredRun(value: unknown): SuiteRun | null {
  const result = v.safeParse(run, value);
  if (!result.success) return null;
  const prompt = readPrompt(result.output.prompt);
  if (!prompt) return null;
  return { ...result.output, prompt } as SuiteRun;
}

/** A stored cell of `runId`, without its runId field; null when malformed or filed under another run. */
export function readStoredCell(value: unknown, runId: string): Cell | null {
  const result = v.safeParse(cell, value);
  if (!result.success) return null;
  const { runId: storedRunId, ...rest } = result.output;
  if (storedRunId !== runId || rest.key !== cellKey(rest.caseId, rest.paneId)) return null;
  return rest as Cell;
}

/** What a cell is stored as: the cell and the run it belongs to (the key is [runId, key]). */
export type StoredCell = Cell & { runId: string };

export function storedCell(runId: string, value: Cell): StoredCell {
  return { ...value, runId };
}

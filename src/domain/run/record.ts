// A run as a record: what was asked (the exact request, the provider, the model's prices), how it went (status,
// streamed text per choice, usage, error) and when (epoch milliseconds). Every change is a pure function from one
// record to the next, so a whole stream can be replayed in a test; the run store keeps records by id.

import type { ProviderKind } from '@/domain/provider';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  ModelPricing,
  Usage,
} from '@/lib/api';

export type RunStatus = 'queued' | 'running' | 'done' | 'error' | 'stopped' | 'interrupted';

export interface RunError {
  status: number;
  kind: string;
  message: string;
  /** The wait the server asked for before a retry (HTTP 429/503 Retry-After), in seconds. */
  retryAfterSeconds?: number;
}

export interface RunRecord {
  id: string;
  /** Whose run it is: a pane (`pane:<id>`), later a cell of an evaluation grid. */
  target: string;
  /** The exact body that was sent, so the answer can be explained after the form changes. */
  request: ChatCompletionRequest;
  provider: ProviderKind;
  /** The model's prices when the run started, for its cost. */
  pricing: ModelPricing | null;
  status: RunStatus;
  /** Text per choice index (n > 1 gives several): the answer, without reasoning (a leading `<think>…</think>`
   * block is moved to `reasoning`). */
  choices: string[];
  /** Reasoning text per choice index (absent: none streamed). */
  reasoning?: string[];
  /** Tool calls per choice index, in call-index order, accumulated from their fragments (absent: none). */
  toolCalls?: RunToolCall[][];
  finishReasons: Array<string | null>;
  usage?: Usage;
  error?: RunError;
  /** What the edge reader dropped or changed in the server's answer (bounded). */
  notes?: string[];
  /** When the run was asked for, sent, answered with a first token, and ended (epoch ms, fractional). */
  createdAt: number;
  startedAt?: number;
  firstTokenAt?: number;
  endedAt?: number;
  /** When bytes last arrived (keep-alives included): a stream silent for long is shown as stalled. */
  lastByteAt?: number;
}

/** A tool call as the run accumulates it: fragments joined; `arguments` grows until the choice finishes. */
export interface RunToolCall {
  /** The call's index in the stream (`delta.tool_calls[].index`). */
  index: number;
  id: string;
  name: string;
  arguments: string;
}

export interface NewRun {
  id: string;
  target: string;
  request: ChatCompletionRequest;
  provider: ProviderKind;
  pricing?: ModelPricing | null;
}

/** Queued or running: the run may still change. */
export function isActive(run: Pick<RunRecord, 'status'>): boolean {
  return run.status === 'queued' || run.status === 'running';
}

export function queuedRun(input: NewRun, now: number): RunRecord {
  return {
    id: input.id,
    target: input.target,
    request: input.request,
    provider: input.provider,
    pricing: input.pricing ?? null,
    status: 'queued',
    choices: [],
    finishReasons: [],
    createdAt: now,
  };
}

export function startedRun(run: RunRecord, now: number): RunRecord {
  return { ...run, status: 'running', startedAt: now };
}

function setAt<T>(list: T[], index: number, value: T, fill: T): T[] {
  const next = list.slice();
  while (next.length <= index) next.push(fill);
  next[index] = value;
  return next;
}

const MAX_RUN_NOTES = 20;

function withNotes(run: RunRecord, notes: readonly string[] | undefined): string[] | undefined {
  if (!notes || notes.length === 0 || (run.notes?.length ?? 0) >= MAX_RUN_NOTES) return run.notes;
  const next = [...(run.notes ?? [])];
  for (const text of notes) if (next.length < MAX_RUN_NOTES && !next.includes(text)) next.push(text);
  return next;
}

/** Folds one streamed chunk into the run. */
export function applyChunk(run: RunRecord, chunk: ChatCompletionChunk, now: number): RunRecord {
  let { choices, finishReasons, firstTokenAt } = run;
  for (const choice of chunk.choices ?? []) {
    const text = choice.delta?.content ?? '';
    if (text !== '') {
      choices = setAt(choices, choice.index, (choices[choice.index] ?? '') + text, '');
      firstTokenAt ??= now;
    }
    if (choice.finish_reason) finishReasons = setAt(finishReasons, choice.index, choice.finish_reason, null);
  }
  const usage = chunk.usage ?? run.usage;
  const notes = withNotes(run, chunk.notes);
  return { ...run, choices, finishReasons, firstTokenAt, usage, ...(notes ? { notes } : {}) };
}

/** A one-shot (non-streamed) answer: all of it arrives at `now`. */
export function applyCompletion(run: RunRecord, completion: ChatCompletion, now: number): RunRecord {
  const choices: string[] = [];
  const finishReasons: Array<string | null> = [];
  for (const choice of completion.choices) {
    choices[choice.index] = choice.message?.content ?? '';
    finishReasons[choice.index] = choice.finish_reason;
  }
  return {
    ...run,
    choices,
    finishReasons,
    usage: completion.usage ?? run.usage,
    firstTokenAt: now,
    ...(completion.notes ? { notes: withNotes(run, completion.notes) } : {}),
  };
}

/**
 * The end of a run the server answered in full: done when there is an answer to show, an error when there is
 * nothing the workbench could read (no choices, or no text and no finish reason: a server shape it does not
 * know), so an unreadable answer is never a silent empty "Done". An empty text the model ended on purpose
 * (a finish reason) is a real answer, and a note says it is empty.
 */
export function answeredRun(run: RunRecord, now: number): RunRecord {
  const hasText = run.choices.some((text) => text !== '');
  const reasons = run.finishReasons.filter((reason): reason is string => typeof reason === 'string');
  if (hasText) return finishedRun(run, 'done', now);
  if (reasons.length > 0) {
    const notes = withNotes(run, [`The answer is empty (finish reason "${reasons[0]}").`]);
    return finishedRun({ ...run, ...(notes ? { notes } : {}) }, 'done', now);
  }
  const streamed = run.request.stream === true;
  const message = streamed
    ? 'The stream ended without any answer text the workbench could read.'
    : run.choices.length === 0
      ? 'The server answered, but with no choice the workbench could read.'
      : 'The server answered, but its choice has no text the workbench could read.';
  const hint = run.notes?.length ? ' See the notes below for what was not understood.' : '';
  return failedRun(run, { status: 200, kind: 'unreadable', message: `${message}${hint}` }, now);
}

export function finishedRun(run: RunRecord, status: 'done' | 'stopped', now: number): RunRecord {
  return { ...run, status, endedAt: now };
}

/** A failure keeps whatever text already arrived: the partial answer is the user's evidence. */
export function failedRun(run: RunRecord, error: RunError, now: number): RunRecord {
  return { ...run, status: 'error', error, endedAt: now };
}

/** A run that was still going when the page went away: what it streamed is kept, and it says so. */
export function interruptedRun(run: RunRecord): RunRecord {
  return isActive(run) ? { ...run, status: 'interrupted', endedAt: run.endedAt ?? run.startedAt } : run;
}

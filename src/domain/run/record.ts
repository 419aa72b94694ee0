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
import { type ThinkState, thinkEnd, thinkStep, UNCLOSED_THINK_NOTE } from './think';
import { carriesOutput, foldToolCallDeltas, type RunToolCall } from './toolCalls';

export type { ThinkState } from './think';
export type { RunToolCall } from './toolCalls';

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
  /** Images per choice index, in the order they arrived (a drawing model's answer): data: or http(s) URLs as the
   * edge reader let them in. '' stands for an image that was too large to keep in storage (absent: none). */
  images?: string[][];
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
  /** Sends so far: 1 + the retries after a rate limit or a transient failure (absent: 1). */
  attempts?: number;
  /** While the run waits to be sent again (status stays 'queued'): when, and why. For a failure, `attempt` is
   * the send that comes next, of `maxAttempts`; for a rate limit (`rateLimited`), the how-manyth 429 wait it is,
   * of the policy's maxRateLimitWaits. */
  retry?: { at: number; attempt: number; maxAttempts: number; reason: string; rateLimited?: boolean };
  /** When bytes last arrived (keep-alives included): a stream silent for long is shown as stalled. */
  lastByteAt?: number;
  /** Per choice, while it streams: where it stands with a leading `<think>` block and the few characters held
   * back because they may be part of a tag (see think.ts). Gone once the run has ended. */
  thinkState?: Array<ThinkState | null>;
}

export interface NewRun {
  id: string;
  target: string;
  request: ChatCompletionRequest;
  provider: ProviderKind;
  pricing?: ModelPricing | null;
}

/** Queued or running: the run may still change. */
/** Images one choice keeps: the edge reader lets in 8 per message or chunk, a stream may send several chunks. */
export const MAX_CHOICE_IMAGES = 16;

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

/** A send begins: the first, or a retry after a wait (whose note goes). `attempts` counts the sends. */
export function startedRun(run: RunRecord, now: number): RunRecord {
  const { retry: _waited, ...rest } = run;
  return { ...rest, status: 'running', startedAt: now, attempts: (run.attempts ?? 0) + 1 };
}

/** A send failed before any output and will go again: the run is queued once more, saying when and why. The
 * failed send's start goes (the next send's start counts for the latency); its error is not the run's. */
export function retryingRun(run: RunRecord, retry: NonNullable<RunRecord['retry']>): RunRecord {
  const { startedAt: _s, lastByteAt: _b, thinkState: _t, ...rest } = run;
  return { ...rest, status: 'queued', retry };
}

/** Nothing of an answer has arrived: no token, no text, no tool call. Only such a failure may be retried. */
export function hasNoOutput(run: RunRecord): boolean {
  return (
    run.firstTokenAt === undefined &&
    run.choices.every((text) => text === '') &&
    !(run.reasoning?.some((text) => text !== '') ?? false) &&
    !(run.toolCalls?.some((calls) => calls.length > 0) ?? false) &&
    !hasImages(run)
  );
}

function hasImages(run: RunRecord): boolean {
  return run.images?.some((list) => list.length > 0) ?? false;
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

function appendAt(list: string[] | undefined, index: number, text: string): string[] {
  return setAt(list ?? [], index, (list?.[index] ?? '') + text, '');
}

/** No entry left: the field goes, so a plain-text run carries no think state. */
function compactThink(list: Array<ThinkState | null> | undefined): Array<ThinkState | null> | undefined {
  return list?.some((entry) => entry !== null) ? list : undefined;
}

/** Folds one streamed chunk into the run. Only the touched choice's text, reasoning and calls are copied. */
export function applyChunk(run: RunRecord, chunk: ChatCompletionChunk, now: number): RunRecord {
  let { choices, finishReasons, firstTokenAt, reasoning, thinkState } = run;
  let touchedCalls: Map<number, RunToolCall[]> | undefined;
  let images = run.images;
  for (const choice of chunk.choices ?? []) {
    const i = choice.index;
    const delta = choice.delta ?? {};
    if (delta.images?.length) {
      firstTokenAt ??= now;
      const list = [...(images?.[i] ?? []), ...delta.images].slice(0, MAX_CHOICE_IMAGES);
      images = setAt(images ?? [], i, list, []);
    }
    const text = delta.content ?? '';
    let thought = delta.reasoning ?? '';
    if (thought !== '') firstTokenAt ??= now;
    if (text !== '') {
      firstTokenAt ??= now;
      const step = thinkStep(thinkState?.[i], (choices[i] ?? '') !== '', text);
      if (step.state || thinkState?.[i]) thinkState = setAt(thinkState ?? [], i, step.state, null);
      if (step.content !== '') choices = appendAt(choices, i, step.content);
      else if (choices[i] === undefined) choices = setAt(choices, i, '', '');
      thought += step.reasoning;
    }
    if (thought !== '') reasoning = appendAt(reasoning, i, thought);
    if (delta.tool_calls?.length) {
      touchedCalls ??= new Map();
      let calls = touchedCalls.get(i);
      if (!calls) {
        calls = (run.toolCalls?.[i] ?? []).slice();
        touchedCalls.set(i, calls);
      }
      foldToolCallDeltas(calls, delta.tool_calls);
      if (carriesOutput(delta.tool_calls)) firstTokenAt ??= now;
    }
    if (choice.finish_reason) finishReasons = setAt(finishReasons, i, choice.finish_reason, null);
  }
  let toolCalls = run.toolCalls;
  if (touchedCalls) {
    const next = (toolCalls ?? []).slice();
    for (const [i, calls] of touchedCalls) {
      while (next.length <= i) next.push([]);
      next[i] = calls;
    }
    toolCalls = next;
  }
  const usage = chunk.usage ?? run.usage;
  const notes = withNotes(run, chunk.notes);
  const next: RunRecord = {
    ...run,
    choices,
    finishReasons,
    firstTokenAt,
    usage,
    ...(notes ? { notes } : {}),
  };
  if (reasoning) next.reasoning = reasoning;
  if (toolCalls) next.toolCalls = toolCalls;
  if (images) next.images = images;
  if (thinkState !== run.thinkState) {
    const compact = compactThink(thinkState);
    if (compact) next.thinkState = compact;
    else delete next.thinkState;
  }
  return next;
}

/** The end of the stream for the think splitter: held-back characters go where they belong, the state goes. */
function settledThink(run: RunRecord): RunRecord {
  if (!run.thinkState) return run;
  const { thinkState, ...rest } = run;
  let { choices, reasoning } = rest;
  let unclosed = false;
  thinkState.forEach((state, i) => {
    const end = thinkEnd(state);
    if (end.content) choices = appendAt(choices, i, end.content);
    if (end.reasoning) reasoning = appendAt(reasoning, i, end.reasoning);
    unclosed ||= end.unclosed;
  });
  const notes = unclosed ? withNotes(run, [UNCLOSED_THINK_NOTE]) : run.notes;
  return { ...rest, choices, ...(reasoning ? { reasoning } : {}), ...(notes ? { notes } : {}) };
}

/** A one-shot (non-streamed) answer: all of it arrives at `now`. */
export function applyCompletion(run: RunRecord, completion: ChatCompletion, now: number): RunRecord {
  const choices: string[] = [];
  const finishReasons: Array<string | null> = [];
  const reasoning: string[] = [];
  const toolCalls: RunToolCall[][] = [];
  const images: string[][] = [];
  let unclosed = false;
  for (const choice of completion.choices) {
    const i = choice.index;
    const step = thinkStep(null, false, choice.message?.content ?? '');
    const end = thinkEnd(step.state);
    unclosed ||= end.unclosed;
    choices[i] = step.content + end.content;
    const thought = (choice.message?.reasoning ?? '') + step.reasoning + end.reasoning;
    if (thought !== '') reasoning[i] = thought;
    const calls = choice.message?.tool_calls ?? [];
    if (calls.length) toolCalls[i] = calls.map((call, index) => ({ index, ...call }));
    if (choice.message?.images?.length) images[i] = choice.message.images.slice(0, MAX_CHOICE_IMAGES);
    finishReasons[i] = choice.finish_reason;
  }
  // Lists as long as the choices, without holes (a hole is not JSON and would come back from storage as null).
  const filled = <T>(list: T[], fill: T) => Array.from({ length: choices.length }, (_, i) => list[i] ?? fill);
  const notes = withNotes(run, [...(completion.notes ?? []), ...(unclosed ? [UNCLOSED_THINK_NOTE] : [])]);
  return {
    ...run,
    choices,
    finishReasons,
    usage: completion.usage ?? run.usage,
    firstTokenAt: now,
    ...(reasoning.length ? { reasoning: filled(reasoning, '') } : {}),
    ...(toolCalls.length ? { toolCalls: filled(toolCalls, []) } : {}),
    ...(images.length ? { images: filled(images, []) } : {}),
    ...(notes ? { notes } : {}),
  };
}

/**
 * The end of a run the server answered in full: done when there is an answer to show, an error when there is
 * nothing the workbench could read (no choices, or no text and no finish reason: a server shape it does not
 * know), so an unreadable answer is never a silent empty "Done". An empty text the model ended on purpose
 * (a finish reason) is a real answer, and a note says it is empty. Tool calls without text are a whole
 * answer; reasoning without text is shown, with a note.
 */
export function answeredRun(ended: RunRecord, now: number): RunRecord {
  const run = settledThink(ended);
  const hasText = run.choices.some((text) => text !== '');
  const hasCalls = run.toolCalls?.some((calls) => calls.length > 0) ?? false;
  const hasReasoning = run.reasoning?.some((text) => text !== '') ?? false;
  const reasons = run.finishReasons.filter((reason): reason is string => typeof reason === 'string');
  // A drawing model may answer with an image alone: that is a whole answer too.
  if (hasText || hasCalls || hasImages(run)) return finishedRun(run, 'done', now);
  if (reasons.length > 0 || hasReasoning) {
    const why = reasons.length > 0 ? ` (finish reason "${reasons[0]}")` : '';
    const text = hasReasoning ? `The answer has reasoning but no text${why}.` : `The answer is empty${why}.`;
    const notes = withNotes(run, [text]);
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
  return { ...settledThink(run), status, endedAt: now };
}

/** A failure keeps whatever text already arrived: the partial answer is the user's evidence. */
export function failedRun(run: RunRecord, error: RunError, now: number): RunRecord {
  return { ...settledThink(run), status: 'error', error, endedAt: now };
}

/** A run that was still going when the page went away: what it streamed is kept, and it says so. */
export function interruptedRun(run: RunRecord): RunRecord {
  if (!isActive(run)) return run;
  return { ...settledThink(run), status: 'interrupted', endedAt: run.endedAt ?? run.startedAt };
}

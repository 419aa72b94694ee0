import type { ChatCompletion, ChatCompletionChunk, ChatCompletionRequest, Usage } from '@/lib/api';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'stopped';

export interface RunError {
  status: number;
  kind: string;
  message: string;
}

/** Everything a pane shows about its last run. Text per choice index (n > 1 gives several). */
export interface RunResult {
  status: RunStatus;
  choices: string[];
  finishReasons: Array<string | null>;
  usage?: Usage;
  startedAt?: number;
  firstTokenAt?: number;
  endedAt?: number;
  error?: RunError;
  /** The exact body that was sent, so the result can be explained after the form changes. */
  request?: ChatCompletionRequest;
}

export const IDLE_RESULT: RunResult = { status: 'idle', choices: [], finishReasons: [] };

export function startResult(request: ChatCompletionRequest, now: number): RunResult {
  return { status: 'running', choices: [], finishReasons: [], startedAt: now, request };
}

function setAt<T>(list: T[], index: number, value: T, fill: T): T[] {
  const next = list.slice();
  while (next.length <= index) next.push(fill);
  next[index] = value;
  return next;
}

/** Folds one streamed chunk into the result. Pure, so a pane's whole stream can be replayed in tests. */
export function applyChunk(result: RunResult, chunk: ChatCompletionChunk, now: number): RunResult {
  let { choices, finishReasons, firstTokenAt } = result;
  for (const choice of chunk.choices ?? []) {
    const text = choice.delta?.content ?? '';
    if (text !== '') {
      choices = setAt(choices, choice.index, (choices[choice.index] ?? '') + text, '');
      firstTokenAt ??= now;
    }
    if (choice.finish_reason) finishReasons = setAt(finishReasons, choice.index, choice.finish_reason, null);
  }
  const usage = chunk.usage ?? result.usage;
  return { ...result, choices, finishReasons, firstTokenAt, usage };
}

export function applyCompletion(result: RunResult, completion: ChatCompletion, now: number): RunResult {
  const choices: string[] = [];
  const finishReasons: Array<string | null> = [];
  for (const choice of completion.choices) {
    choices[choice.index] = choice.message?.content ?? '';
    finishReasons[choice.index] = choice.finish_reason;
  }
  return {
    ...result,
    status: 'done',
    choices,
    finishReasons,
    usage: completion.usage ?? result.usage,
    firstTokenAt: now,
    endedAt: now,
  };
}

export function finishResult(result: RunResult, status: 'done' | 'stopped', now: number): RunResult {
  return { ...result, status, endedAt: now };
}

/** A failure keeps whatever text already arrived: the partial answer is the user's evidence. */
export function failResult(result: RunResult, error: RunError, now: number): RunResult {
  return { ...result, status: 'error', error, endedAt: now };
}

// What one choice of a run holds beyond its text, for the answer view: its reasoning, its tool calls and
// whether they are complete. Stable empty values so a memoised view does not redraw for nothing.

import { isActive, type RunRecord } from './record';
import type { RunToolCall } from './toolCalls';

const NO_CALLS: readonly RunToolCall[] = Object.freeze([]);
const NO_IMAGES: readonly string[] = Object.freeze([]);

/** The answer text of choice `i` (without a leading think block). */
export function choiceText(run: RunRecord, i: number): string {
  return run.choices[i] ?? '';
}

/** The reasoning of choice `i`, from whichever field the server used or a leading `<think>` block; '' if none. */
export function choiceReasoning(run: RunRecord, i: number): string {
  return run.reasoning?.[i] ?? '';
}

/** The tool calls of choice `i` in call-index order, as far as they have arrived. */
export function choiceToolCalls(run: RunRecord, i: number): readonly RunToolCall[] {
  return run.toolCalls?.[i] ?? NO_CALLS;
}

/** The images of choice `i` ('' for one that was not kept in storage), in the order they arrived. */
export function choiceImages(run: RunRecord, i: number): readonly string[] {
  return run.images?.[i] ?? NO_IMAGES;
}

/** Still reasoning: the run is going and choice `i` has reasoning but neither answer text nor tool calls yet. */
export function choiceThinking(run: RunRecord, i: number): boolean {
  return (
    isActive(run) &&
    choiceReasoning(run, i) !== '' &&
    choiceText(run, i) === '' &&
    choiceToolCalls(run, i).length === 0
  );
}

/** No more fragments will come for choice `i`'s calls: it has a finish reason, or the run has ended. */
export function toolCallsFinished(run: RunRecord, i: number): boolean {
  return !isActive(run) || (run.finishReasons[i] ?? null) !== null;
}

/**
 * Whether the call at `position` of choice `i` is complete, so its arguments can be judged: its choice is
 * finished, or a later call has begun (servers stream calls one after another — OpenAI, vLLM, the demo). On a
 * server that interleaves calls an earlier one may still grow after that; it is then a new object, judged
 * again.
 */
export function toolCallComplete(run: RunRecord, i: number, position: number): boolean {
  return toolCallsFinished(run, i) || position < choiceToolCalls(run, i).length - 1;
}

import type { ToolRound } from '@/domain/conversation';
import { choiceReasoning, choiceText, type RunRecord } from '@/domain/run';
import { useWorkbenchStore } from '@/state/workbench';

/** Appends a round of tool calls and the results the user typed to the shared conversation. */
export function appendRound(round: ToolRound, results: ReadonlyMap<string, string>): void {
  useWorkbenchStore.getState().appendToolRound(round, results);
}

/** The text an answer is appended as: with its reasoning first as a <think> block when the user asked for it
 * (the form local models write it in), else the answer alone. */
export function appendedText(run: RunRecord | undefined, index: number, withReasoning: boolean): string {
  if (!run) return '';
  const text = choiceText(run, index);
  const reasoning = choiceReasoning(run, index);
  return withReasoning && reasoning !== '' ? `<think>\n${reasoning}\n</think>\n\n${text}` : text;
}

// Tool turns and the calls they answer. A server refuses a conversation where a tool message does not answer a
// call of the assistant message right before it (tool messages in between are fine), or where a call has no
// answer before the conversation goes on — so the transcript's edits keep that pairing, or say why they can't.
// Empty turns other than tool turns are not sent, so they neither break a round nor belong to one.

import type { Conversation, ToolCall, Turn } from './conversation';
import { isEmptyTurn, withoutTrailingEmpty } from './turns';

const hasCalls = (turn: Turn | undefined): boolean =>
  turn?.role === 'assistant' && (turn.toolCalls?.length ?? 0) > 0;

/** Where a tool turn belongs: the assistant turn (0-based) whose round it is in, and the call it answers. */
export interface ToolTurnPairing {
  /** The assistant turn with tool calls this tool turn follows, or null (an orphan). */
  owner: number | null;
  /** The index of the answered call in the owner's toolCalls, or null (no such call, or answered before). */
  call: number | null;
}

/** For every tool turn (by index), where it belongs. A round is an assistant turn with tool calls followed by
 * tool turns; any other sent turn ends it. */
export function pairToolTurns(turns: readonly Turn[]): Map<number, ToolTurnPairing> {
  const pairing = new Map<number, ToolTurnPairing>();
  let owner: number | null = null;
  let answered = new Set<number>();
  turns.forEach((turn, i) => {
    if (turn.role === 'tool') {
      const calls = owner === null ? [] : (turns[owner]?.toolCalls ?? []);
      const call = calls.findIndex((c, k) => c.id === turn.toolCallId && !answered.has(k));
      if (call >= 0) answered.add(call);
      pairing.set(i, { owner, call: call >= 0 ? call : null });
    } else if (hasCalls(turn)) {
      owner = i;
      answered = new Set();
    } else if (!isEmptyTurn(turn)) {
      owner = null;
    }
  });
  return pairing;
}

export interface PairingProblem {
  /** The turn (0-based) the problem is shown at. */
  index: number;
  message: string;
}

const callName = (call: ToolCall) => `${call.name || '(unnamed)'} (${call.id || 'no id'})`;

/**
 * What a server would refuse in the tool turns, each named at its turn: a tool result that follows no call, one
 * that answers a call the assistant turn before it did not make (or answered already), an empty result, and a
 * call without a result before the next other turn (or the end).
 */
export function pairingProblems(turns: readonly Turn[]): PairingProblem[] {
  const problems: PairingProblem[] = [];
  const pairing = pairToolTurns(turns);
  for (const [i, { owner, call }] of pairing) {
    const turn = turns[i] as Turn;
    const at = `Message ${i + 1} (a tool result)`;
    if (owner === null)
      problems.push({ index: i, message: `${at} follows no assistant turn with tool calls.` });
    else if (call === null)
      problems.push({
        index: i,
        message:
          turn.toolCallId === undefined
            ? `${at} names no tool call it answers.`
            : `${at} answers call ${JSON.stringify(turn.toolCallId)}, which message ${owner + 1} did not make or was answered already.`,
      });
    else if (isEmptyTurn(turn))
      problems.push({
        index: i,
        message: `${at} for ${callName(turns[owner]?.toolCalls?.[call] as ToolCall)} is empty; type the result.`,
      });
  }
  turns.forEach((turn, i) => {
    if (!hasCalls(turn)) return;
    const answered = new Set<number>();
    for (const p of pairing.values()) if (p.owner === i && p.call !== null) answered.add(p.call);
    for (const [k, call] of (turn.toolCalls ?? []).entries()) {
      if (!answered.has(k))
        problems.push({
          index: i,
          message: `Message ${i + 1} calls ${callName(call)}, and no tool result follows for it.`,
        });
    }
  });
  return problems.sort((a, b) => a.index - b.index);
}

/** An edit of the transcript as planned: the new turns, or why it is refused (the UI shows the reason). */
export type TurnEditPlan =
  | {
      ok: true;
      turns: Turn[];
      /** The indexes (0-based, in the old turns) removed along with the one asked for: its tool results. */
      alsoRemoved: number[];
    }
  | { ok: false; reason: string };

/** Removing turn `index`: an assistant turn with tool calls takes its tool results with it (they would answer
 * nothing); removing one tool result is allowed (the pairing check then names the call left without one). */
export function removeTurnPlan(turns: readonly Turn[], index: number): TurnEditPlan {
  if (index < 0 || index >= turns.length) return { ok: false, reason: `There is no message ${index + 1}.` };
  const alsoRemoved: number[] = [];
  if (hasCalls(turns[index]))
    for (const [i, p] of pairToolTurns(turns)) if (p.owner === index) alsoRemoved.push(i);
  const gone = new Set([index, ...alsoRemoved]);
  return { ok: true, turns: turns.filter((_, i) => !gone.has(i)), alsoRemoved };
}

/** The pairing as a comparable signature: per paired tool turn (by its old index), its owner's old index and
 * the call. Unpaired tool turns are left out: a move may pair them (fixing the transcript). */
function signature(turns: readonly Turn[], oldIndexOf: (i: number) => number): Map<number, string> {
  const out = new Map<number, string>();
  for (const [i, { owner, call }] of pairToolTurns(turns))
    if (owner !== null && call !== null) out.set(oldIndexOf(i), `${oldIndexOf(owner)}:${call}`);
  return out;
}

/** Moving turn `from` to `to` (0-based; `to` counts in the turns without the moved one, as splice does).
 * Refused when a paired tool result would be separated from its call (or a turn would land between them); a
 * move that pairs an orphan result is fine. */
export function moveTurnPlan(turns: readonly Turn[], from: number, to: number): TurnEditPlan {
  const moved = turns[from];
  if (!moved || to < 0 || to > turns.length - 1)
    return { ok: false, reason: `Message ${from + 1} cannot move there.` };
  const next = [...turns];
  next.splice(from, 1);
  next.splice(to, 0, moved);
  // Old index of the turn now at i.
  const order = turns.map((_, i) => i);
  order.splice(from, 1);
  order.splice(to, 0, from);
  const before = signature(turns, (i) => i);
  const after = signature(next, (i) => order[i] as number);
  const kept = [...before].every(([i, s]) => after.get(i) === s);
  if (kept) return { ok: true, turns: next, alsoRemoved: [] };
  const reason =
    moved.role === 'tool'
      ? `Message ${from + 1} is a tool result: it must stay right after the assistant turn whose call it answers.`
      : hasCalls(moved)
        ? `Message ${from + 1} has tool calls: its tool results must stay right after it. Move the other turns instead.`
        : `Message ${from + 1} cannot go between an assistant turn's tool calls and their results.`;
  return { ok: false, reason };
}

/** What the model answered with: its text (often empty) and its tool calls. */
export interface ToolRound {
  text: string;
  toolCalls: ToolCall[];
}

/**
 * The conversation after the user typed the results of a round of tool calls: trailing empty turns go, the
 * assistant turn with its tool calls follows, then one tool turn per call with its result (by call id; a call
 * without one gets an empty result, which the pairing check names), then an empty user turn to type into — ready
 * to run again. Appending the same round twice (same call ids) changes nothing.
 */
export function appendToolRound(
  conversation: Conversation,
  round: ToolRound,
  results: ReadonlyMap<string, string>,
): Conversation {
  if (round.toolCalls.length === 0) return conversation;
  const ids = round.toolCalls.map((c) => c.id).join('\n');
  const already = conversation.turns.some(
    (t) => hasCalls(t) && (t.toolCalls ?? []).map((c) => c.id).join('\n') === ids,
  );
  if (already && ids.replace(/\n/g, '') !== '') return conversation;
  return {
    ...conversation,
    turns: [
      ...withoutTrailingEmpty(conversation.turns),
      { role: 'assistant', text: round.text, images: [], toolCalls: round.toolCalls.map((c) => ({ ...c })) },
      ...round.toolCalls.map(
        (call): Turn => ({ role: 'tool', text: results.get(call.id) ?? '', images: [], toolCallId: call.id }),
      ),
      { role: 'user', text: '', images: [] },
    ],
  };
}

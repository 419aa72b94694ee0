// What of the conversation is sent, and the edits the transcript makes to it. Pure, so the rules (an empty turn
// is never sent, an answer is kept once) are the same for Run, the API tab and the compare view.

import type { Conversation, ToolCall, Turn, TurnRole } from './conversation';

/** A turn with nothing in it: no text (whitespace counts as none), no image and no tool call. Servers reject such
 * a message (Anthropic-backed models answer `"content": ""` with an error), so it is never sent. An assistant turn
 * with tool calls is not empty (it is sent with `"content": null`); a tool turn with no text is (a tool result
 * must have content, and `""` is refused by some servers), and the pairing check names its missing result. */
export function isEmptyTurn(turn: Turn): boolean {
  if (turn.role === 'assistant' && (turn.toolCalls?.length ?? 0) > 0) return false;
  if (turn.role === 'tool') return turn.text.trim() === '';
  return turn.text.trim() === '' && !turn.images.some((url) => url.trim() !== '');
}

export interface SendableTurns {
  turns: Turn[];
  /** 1-based positions of the turns left out because they are empty. */
  dropped: number[];
}

/** The turns a request carries: every turn that is not empty, in order; the empty ones are named. */
export function sendableTurns(turns: readonly Turn[]): SendableTurns {
  const kept: Turn[] = [];
  const dropped: number[] = [];
  turns.forEach((turn, i) => {
    if (isEmptyTurn(turn)) dropped.push(i + 1);
    else kept.push(turn);
  });
  return { turns: kept, dropped };
}

/** The role a new turn gets: the other side of the last one (a user turn after anything but a user turn). */
export function nextRole(turns: readonly Turn[]): TurnRole {
  return turns.at(-1)?.role === 'user' ? 'assistant' : 'user';
}

/** The position (1-based) at which `answer` is already the conversation's last answer, or null. The last turn
 * that is not empty must be an assistant turn holding exactly this text. */
export function keptAnswerAt(conversation: Conversation, answer: string): number | null {
  if (answer === '') return null;
  for (let i = conversation.turns.length - 1; i >= 0; i--) {
    const turn = conversation.turns[i];
    if (!turn || isEmptyTurn(turn)) continue;
    return turn.role === 'assistant' && turn.text === answer ? i + 1 : null;
  }
  return null;
}

/** The position (1-based) of the last assistant turn holding exactly `answer`, or null: where an appended answer
 * went, even after the user typed the next message. */
export function answerTurnAt(conversation: Conversation, answer: string): number | null {
  if (answer === '') return null;
  for (let i = conversation.turns.length - 1; i >= 0; i--) {
    const turn = conversation.turns[i];
    if (turn?.role === 'assistant' && turn.text === answer) return i + 1;
  }
  return null;
}

/** The conversation with its trailing empty turns removed. */
export function withoutTrailingEmpty(turns: readonly Turn[]): Turn[] {
  let end = turns.length;
  while (end > 0 && isEmptyTurn(turns[end - 1] as Turn)) end--;
  return turns.slice(0, end);
}

/** The conversation after an answer was kept: trailing empty turns go (they would be sent as ""), the answer
 * becomes an assistant turn (with the images the model drew, see Turn.drawn) and an empty user turn follows to
 * type the next message into. Keeping the same answer twice changes nothing. */
export function withAnswer(
  conversation: Conversation,
  answer: string,
  drawn: readonly string[] = [],
): Conversation {
  if (answer === '' || keptAnswerAt(conversation, answer) !== null) return conversation;
  const images = drawn.filter((url) => url !== '');
  return {
    ...conversation,
    turns: [
      ...withoutTrailingEmpty(conversation.turns),
      images.length > 0
        ? { role: 'assistant', text: answer, images: [], drawn: images }
        : { role: 'assistant', text: answer, images: [] },
      { role: 'user', text: '', images: [] },
    ],
  };
}

export interface RegeneratePlan {
  /** The conversation to send: everything before an assistant turn, or up to and including a user turn. */
  turns: Turn[];
  /** How many turns that are not empty would be removed after the kept ones (the user is asked first). */
  removes: number;
}

/** What regenerating turn `index` (0-based) sends: an assistant turn is answered again from the turns before
 * it; any other turn is answered from itself. */
export function regeneratePlan(turns: readonly Turn[], index: number): RegeneratePlan {
  const turn = turns[index];
  const end = turn?.role === 'assistant' ? index : index + 1;
  return {
    turns: turns.slice(0, Math.max(0, end)),
    removes: turns.slice(end).filter((t) => !isEmptyTurn(t)).length,
  };
}

function sameCalls(a: readonly ToolCall[] | undefined, b: readonly ToolCall[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((c, i) => {
    const d = b[i];
    return d !== undefined && c.id === d.id && c.name === d.name && c.arguments === d.arguments;
  });
}

/** Whether two turns hold the same thing (role, text, images, tool calls, answered call). */
export function sameTurn(a: Turn, b: Turn): boolean {
  return (
    a.role === b.role &&
    a.text === b.text &&
    a.images.length === b.images.length &&
    a.images.every((url, j) => url === b.images[j]) &&
    a.toolCallId === b.toolCallId &&
    sameCalls(a.toolCalls, b.toolCalls)
  );
}

/** `next` with each turn that equals the turn at the same place in `prev` replaced by that turn object, so a
 * memoised turn view re-renders only for the turn that changed. */
export function shareUnchanged(prev: readonly Turn[], next: Turn[]): Turn[] {
  return next.map((turn, i) => {
    const old = prev[i];
    return old && sameTurn(old, turn) ? old : turn;
  });
}

import { describe, expect, it } from 'vitest';
import type { Conversation, Turn } from './conversation';
import {
  answerTurnAt,
  isEmptyTurn,
  keptAnswerAt,
  nextRole,
  regeneratePlan,
  sendableTurns,
  shareUnchanged,
  withAnswer,
} from './turns';

const user = (text: string, images: string[] = []): Turn => ({ role: 'user', text, images });
const assistant = (text: string): Turn => ({ role: 'assistant', text, images: [] });
const conv = (...turns: Turn[]): Conversation => ({ system: '', turns });

describe('empty turns', () => {
  it('a turn with only whitespace and no image is empty; an image alone is not', () => {
    expect(isEmptyTurn(user(''))).toBe(true);
    expect(isEmptyTurn(user('  \n\t'))).toBe(true);
    expect(isEmptyTurn(user('', ['  ']))).toBe(true);
    expect(isEmptyTurn(user('', ['data:image/png;base64,x']))).toBe(false);
    expect(isEmptyTurn(user(' hi '))).toBe(false);
  });

  it('leaves the empty turns out of what is sent and names them by position', () => {
    const turns = [user('Q'), assistant(''), user('Q2'), user(' ')];
    expect(sendableTurns(turns)).toEqual({ turns: [user('Q'), user('Q2')], dropped: [2, 4] });
    expect(sendableTurns([user('')])).toEqual({ turns: [], dropped: [1] });
  });
});

describe('keeping an answer', () => {
  it('appends the answer and an empty user turn, dropping a trailing empty turn first', () => {
    const next = withAnswer(conv(user('Q'), user('')), 'A');
    expect(next.turns).toEqual([user('Q'), assistant('A'), user('')]);
  });

  it('keeping the same answer twice changes nothing (no empty turn in between)', () => {
    const once = withAnswer(conv(user('Q')), 'A');
    expect(withAnswer(once, 'A')).toBe(once);
    expect(keptAnswerAt(once, 'A')).toBe(2);
    expect(keptAnswerAt(once, 'B')).toBeNull();
    expect(keptAnswerAt(conv(user('Q')), '')).toBeNull();
  });

  it('an answer is kept only when it is the last turn that is not empty', () => {
    expect(keptAnswerAt(conv(user('Q'), assistant('A'), user('more')), 'A')).toBeNull();
    // Where it went is still known after the next message was typed.
    expect(answerTurnAt(conv(user('Q'), assistant('A'), user('more')), 'A')).toBe(2);
    expect(answerTurnAt(conv(user('A')), 'A')).toBeNull();
    expect(withAnswer(conv(user('Q')), '')).toEqual(conv(user('Q')));
  });
});

describe('regenerating', () => {
  const turns = [user('Q1'), assistant('A1'), user('Q2'), assistant('A2'), user('')];
  it('an assistant turn is answered again from the turns before it', () => {
    expect(regeneratePlan(turns, 3)).toEqual({ turns: turns.slice(0, 3), removes: 1 });
    expect(regeneratePlan(turns, 1)).toEqual({ turns: turns.slice(0, 1), removes: 3 });
  });
  it('a user turn is answered from itself', () => {
    expect(regeneratePlan(turns, 2)).toEqual({ turns: turns.slice(0, 3), removes: 1 });
    expect(regeneratePlan(turns, 4)).toEqual({ turns, removes: 0 });
  });
});

describe('helpers', () => {
  it('a new turn takes the other side', () => {
    expect(nextRole([user('x')])).toBe('assistant');
    expect(nextRole([assistant('x')])).toBe('user');
    expect(nextRole([])).toBe('user');
  });

  it('keeps the objects of unchanged turns so memoised views do not re-render', () => {
    const prev = [user('a'), assistant('b'), user('c', ['u'])];
    const next = shareUnchanged(prev, [user('a'), assistant('b!'), user('c', ['u'])]);
    expect(next[0]).toBe(prev[0]);
    expect(next[1]).not.toBe(prev[1]);
    expect(next[2]).toBe(prev[2]);
  });
});

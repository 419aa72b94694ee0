import { describe, expect, it } from 'vitest';
import type { Conversation, ToolCall, Turn } from './conversation';
import { appendToolRound, moveTurnPlan, pairingProblems, pairToolTurns, removeTurnPlan } from './toolPairing';

const user = (text: string): Turn => ({ role: 'user', text, images: [] });
const call = (id: string, name = 'get_weather'): ToolCall => ({ id, name, arguments: '{}' });
const calls = (text: string, ...toolCalls: ToolCall[]): Turn => ({
  role: 'assistant',
  text,
  images: [],
  toolCalls,
});
const result = (id: string | undefined, text = 'ok'): Turn => ({
  role: 'tool',
  text,
  images: [],
  ...(id === undefined ? {} : { toolCallId: id }),
});
const messages = (turns: Turn[]) => pairingProblems(turns).map((p) => `${p.index}: ${p.message}`);

// user, assistant calling a and b, the two results, then the model's answer.
const round = [user('Q'), calls('', call('a'), call('b', 'lookup')), result('a'), result('b'), user('more')];

describe('pairing tool results with calls', () => {
  it('pairs each result with a call of the assistant turn before it, results in any order', () => {
    expect([...pairToolTurns(round)]).toEqual([
      [2, { owner: 1, call: 0 }],
      [3, { owner: 1, call: 1 }],
    ]);
    const swapped = [round[0], round[1], round[3], round[2]] as Turn[];
    expect(messages(swapped)).toEqual([]);
  });

  it('names orphans, unknown and repeated ids, empty results, and calls left without a result', () => {
    expect(messages([user('Q'), result('a')])).toEqual([
      '1: Message 2 (a tool result) follows no assistant turn with tool calls.',
    ]);
    expect(messages([calls('', call('a')), result('zz'), result('a'), result('a')])).toEqual([
      '1: Message 2 (a tool result) answers call "zz", which message 1 did not make or was answered already.',
      '3: Message 4 (a tool result) answers call "a", which message 1 did not make or was answered already.',
    ]);
    expect(messages([calls('', call('a')), result(undefined)])).toEqual([
      '0: Message 1 calls get_weather (a), and no tool result follows for it.',
      '1: Message 2 (a tool result) names no tool call it answers.',
    ]);
    expect(messages([calls('', call('a')), result('a', '  ')])).toEqual([
      '1: Message 2 (a tool result) for get_weather (a) is empty; type the result.',
    ]);
    // Another turn ends the round: the call is unanswered, the later result an orphan.
    expect(messages([calls('', call('a')), user('hm'), result('a')])).toEqual([
      '0: Message 1 calls get_weather (a), and no tool result follows for it.',
      '2: Message 3 (a tool result) follows no assistant turn with tool calls.',
    ]);
  });

  it('lets empty turns (not sent) sit inside a round', () => {
    expect(messages([calls('', call('a')), user(''), result('a')])).toEqual([]);
  });
});

describe('removing turns', () => {
  it('takes an assistant turn’s tool results with it', () => {
    const plan = removeTurnPlan(round, 1);
    expect(plan).toEqual({ ok: true, turns: [user('Q'), user('more')], alsoRemoved: [2, 3] });
  });

  it('removes one tool result alone (the call then has none, which the check names)', () => {
    const plan = removeTurnPlan(round, 2);
    expect(plan.ok && plan.turns).toEqual([round[0], round[1], round[3], round[4]]);
    expect(plan.ok && plan.alsoRemoved).toEqual([]);
    if (plan.ok) expect(messages(plan.turns)).toHaveLength(1);
  });

  it('refuses a turn that is not there', () => {
    expect(removeTurnPlan(round, 9)).toEqual({ ok: false, reason: 'There is no message 10.' });
  });
});

describe('moving turns', () => {
  it('moves turns around a whole round and reorders results inside it', () => {
    expect(moveTurnPlan(round, 4, 0)).toMatchObject({ ok: true });
    expect(moveTurnPlan(round, 0, 4)).toMatchObject({ ok: true });
    const swap = moveTurnPlan(round, 3, 2);
    expect(swap.ok && swap.turns).toEqual([round[0], round[1], round[3], round[2], round[4]]);
  });

  it('refuses to separate a result from its call, saying why', () => {
    expect(moveTurnPlan(round, 2, 0)).toEqual({
      ok: false,
      reason:
        'Message 3 is a tool result: it must stay right after the assistant turn whose call it answers.',
    });
    expect(moveTurnPlan(round, 1, 0)).toEqual({
      ok: false,
      reason:
        'Message 2 has tool calls: its tool results must stay right after it. Move the other turns instead.',
    });
    expect(moveTurnPlan(round, 4, 2)).toEqual({
      ok: false,
      reason: "Message 5 cannot go between an assistant turn's tool calls and their results.",
    });
  });

  it('allows a move that pairs an orphan result', () => {
    const turns = [user('Q'), result('a'), calls('', call('a'))];
    const plan = moveTurnPlan(turns, 1, 2);
    expect(plan.ok).toBe(true);
    if (plan.ok) expect(messages(plan.turns)).toEqual([]);
  });

  it('refuses a place that is not there', () => {
    expect(moveTurnPlan(round, 0, 5)).toMatchObject({ ok: false });
    expect(moveTurnPlan(round, 7, 0)).toMatchObject({ ok: false });
  });
});

describe('appending a round of tool results', () => {
  const conv = (...turns: Turn[]): Conversation => ({ system: '', turns });

  it('appends the call turn, one result per call (by id), and an empty turn to type into', () => {
    const next = appendToolRound(
      conv(user('Q'), user('')),
      { text: '', toolCalls: [call('a'), call('b', 'lookup')] },
      new Map([
        ['b', 'B'],
        ['a', 'A'],
      ]),
    );
    expect(next.turns).toEqual([
      user('Q'),
      calls('', call('a'), call('b', 'lookup')),
      result('a', 'A'),
      result('b', 'B'),
      user(''),
    ]);
    expect(pairingProblems(next.turns)).toEqual([]);
  });

  it('gives a call without a typed result an empty one (named by the check), and appends a round once', () => {
    const once = appendToolRound(
      conv(user('Q')),
      { text: 'Let me look.', toolCalls: [call('a')] },
      new Map(),
    );
    expect(once.turns[2]).toEqual(result('a', ''));
    expect(pairingProblems(once.turns)).toHaveLength(1);
    expect(appendToolRound(once, { text: 'Let me look.', toolCalls: [call('a')] }, new Map())).toBe(once);
    const none = conv(user('Q'));
    expect(appendToolRound(none, { text: 'x', toolCalls: [] }, new Map())).toBe(none);
  });
});

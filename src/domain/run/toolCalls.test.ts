import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatCompletionChunk, ToolCallDelta } from '@/lib/api';
import { choiceToolCalls, toolCallComplete, toolCallsFinished } from './choice';
import { answeredRun, applyChunk, applyCompletion, queuedRun, type RunRecord, startedRun } from './record';
import type { RunToolCall } from './toolCalls';

const request = { model: 'm', messages: [], stream: true };
const start = () => startedRun(queuedRun({ id: 'r', target: 'pane:a', request, provider: 'demo' }, 0), 0);
const chunkOf = (deltas: ToolCallDelta[], choice = 0, finish: string | null = null): ChatCompletionChunk => ({
  choices: [{ index: choice, delta: { tool_calls: deltas }, finish_reason: finish }],
});
const feed = (chunks: ChatCompletionChunk[], run: RunRecord = start()) =>
  chunks.reduce((record, chunk, i) => applyChunk(record, chunk, 10 + i), run);

/** A call's fragments as a server might send them: the arguments cut at `cuts`, the id and name on fragment
 * `late` (0: the first, as OpenAI does), or on that one and every one after it (`repeat`). */
function fragmentsOf(call: RunToolCall, cuts: number[], late: number, repeat: boolean): ToolCallDelta[] {
  const points = [...new Set(cuts.map((cut) => cut % (call.arguments.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of [...points, call.arguments.length]) {
    pieces.push(call.arguments.slice(from, point));
    from = point;
  }
  const at = late % pieces.length;
  return pieces.map((args, i) =>
    i === at || (repeat && i > at)
      ? { index: call.index, id: call.id, name: call.name, arguments: args }
      : { index: call.index, arguments: args },
  );
}

// Calls with distinct indexes (gaps allowed), each with arguments that are any JSON text.
const callsArb = fc.uniqueArray(
  fc.record({
    index: fc.integer({ min: 0, max: 127 }),
    id: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `call_${s}`),
    name: fc.stringMatching(/^[a-z_][a-z0-9_]{0,20}$/),
    arguments: fc.json(),
    cuts: fc.array(fc.nat(), { maxLength: 12 }),
    late: fc.nat(),
    repeat: fc.boolean(),
  }),
  { minLength: 1, maxLength: 5, selector: (call) => call.index },
);

describe('tool-call fragments joined into calls', () => {
  it('property: any fragmentation, any interleaving, any chunking gives back the calls, in index order', () => {
    fc.assert(
      fc.property(
        callsArb,
        fc.array(fc.nat(), { maxLength: 200 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 200 }),
        (specs, picks, sizes) => {
          const queues = specs.map(({ cuts, late, repeat, ...call }) =>
            fragmentsOf(call, cuts, late, repeat),
          );
          // Interleave: at each step take the next fragment of a randomly picked call still having some.
          const order: ToolCallDelta[] = [];
          let step = 0;
          while (queues.some((queue) => queue.length > 0)) {
            const open = queues.filter((queue) => queue.length > 0);
            const queue = open[(picks[step] ?? 0) % open.length] as ToolCallDelta[];
            order.push(queue.shift() as ToolCallDelta);
            step++;
          }
          // Chunk: several fragments per chunk, sometimes of the same call.
          const chunks: ChatCompletionChunk[] = [];
          for (let i = 0, k = 0; i < order.length; k++) {
            const size = sizes[k] ?? 1;
            chunks.push(chunkOf(order.slice(i, i + size)));
            i += size;
          }
          const run = feed(chunks);
          const expected = specs
            .map(({ index, id, name, arguments: args }) => ({ index, id, name, arguments: args }))
            .sort((a, b) => a.index - b.index);
          expect(run.toolCalls?.[0]).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('parallel calls interleaved by index, with gaps in the indexes', () => {
    const run = feed([
      chunkOf([{ index: 2, id: 'c2', name: 'second', arguments: '' }]),
      chunkOf([{ index: 0, id: 'c0', name: 'first', arguments: '{"a"' }]),
      chunkOf([
        { index: 2, arguments: '{"b":2}' },
        { index: 0, arguments: ':1}' },
      ]),
    ]);
    expect(run.toolCalls).toEqual([
      [
        { index: 0, id: 'c0', name: 'first', arguments: '{"a":1}' },
        { index: 2, id: 'c2', name: 'second', arguments: '{"b":2}' },
      ],
    ]);
  });

  it('id and name late, a split name, a repeated name, and a different later id', () => {
    const run = feed([
      chunkOf([{ index: 0, arguments: '' }]),
      chunkOf([{ index: 0, id: 'call_1', name: 'get_' }]),
      chunkOf([{ index: 0, name: 'weather' }]),
      chunkOf([{ index: 0, name: 'get_weather', arguments: '{"city":' }]),
      chunkOf([{ index: 0, id: 'call_other', name: 'get_weather', arguments: '"Oslo"}' }]),
      chunkOf([{ index: 0, name: 'another_name' }]),
    ]);
    expect(choiceToolCalls(run, 0)).toEqual([
      { index: 0, id: 'call_1', name: 'get_weather', arguments: '{"city":"Oslo"}' },
    ]);
  });

  it('calls per choice (n > 1)', () => {
    const run = feed([
      chunkOf([{ index: 0, id: 'b', name: 'y', arguments: '1' }], 1),
      chunkOf([{ index: 0, id: 'a', name: 'x', arguments: '2' }], 0),
    ]);
    expect(run.toolCalls?.map((calls) => calls.map((call) => call.id))).toEqual([['a'], ['b']]);
    expect(choiceToolCalls(run, 5)).toEqual([]);
  });

  it('copies only what a fragment touches: the previous record is unchanged, untouched calls shared', () => {
    const before = feed([
      chunkOf([{ index: 0, id: 'a', name: 'x', arguments: '{' }]),
      chunkOf([{ index: 1, id: 'b', name: 'y', arguments: '[' }]),
    ]);
    const frozen = JSON.stringify(before);
    const after = applyChunk(before, chunkOf([{ index: 1, arguments: ']' }]), 99);
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after.toolCalls?.[0]?.[0]).toBe(before.toolCalls?.[0]?.[0]);
    expect(after.toolCalls?.[0]?.[1]?.arguments).toBe('[]');
    expect(after.choices).toBe(before.choices);
  });

  it('a name or arguments is the first output; an index alone is not', () => {
    expect(feed([chunkOf([{ index: 0 }])]).firstTokenAt).toBeUndefined();
    expect(feed([chunkOf([{ index: 0 }]), chunkOf([{ index: 0, name: 'x' }])]).firstTokenAt).toBe(11);
    const reasoning = applyChunk(
      start(),
      { choices: [{ index: 0, delta: { reasoning: 'hm' }, finish_reason: null }] },
      7,
    );
    expect(reasoning.firstTokenAt).toBe(7);
    expect(reasoning.reasoning).toEqual(['hm']);
  });

  it('when a call is complete: a later call began, or the choice finished', () => {
    let run = feed([chunkOf([{ index: 0, id: 'a', name: 'x', arguments: '{}' }])]);
    expect(toolCallComplete(run, 0, 0)).toBe(false);
    run = applyChunk(run, chunkOf([{ index: 1, id: 'b', name: 'y', arguments: '' }]), 20);
    expect(toolCallComplete(run, 0, 0)).toBe(true);
    expect(toolCallComplete(run, 0, 1)).toBe(false);
    run = applyChunk(run, chunkOf([], 0, 'tool_calls'), 21);
    expect(toolCallsFinished(run, 0)).toBe(true);
    expect(toolCallComplete(run, 0, 1)).toBe(true);
  });
});

describe('answers made of tool calls or reasoning', () => {
  it('tool calls and no text: a real answer, done, with no note', () => {
    const run = answeredRun(
      feed([chunkOf([{ index: 0, id: 'a', name: 'x', arguments: '{}' }]), chunkOf([], 0, 'tool_calls')]),
      50,
    );
    expect(run.status).toBe('done');
    expect(run.notes).toBeUndefined();
  });

  it('reasoning and no text: done, with a note (with or without a finish reason)', () => {
    const thought = applyChunk(
      start(),
      { choices: [{ index: 0, delta: { reasoning: 'hm' }, finish_reason: null }] },
      1,
    );
    const cut = answeredRun(applyChunk(thought, chunkOf([], 0, 'length'), 2), 3);
    expect(cut.status).toBe('done');
    expect(cut.notes).toEqual(['The answer has reasoning but no text (finish reason "length").']);
    expect(answeredRun(thought, 2)).toMatchObject({
      status: 'done',
      notes: ['The answer has reasoning but no text.'],
    });
  });

  it('nothing at all is still unreadable', () => {
    expect(answeredRun(feed([chunkOf([])]), 2).status).toBe('error');
  });

  it('a one-shot answer: calls in order with their positions, reasoning, content null', () => {
    const run = applyCompletion(
      start(),
      {
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: null,
              reasoning: 'R',
              tool_calls: [
                { id: 'a', name: 'x', arguments: '{}' },
                { id: 'b', name: 'y', arguments: '{"q":1}' },
              ],
            },
            finish_reason: 'tool_calls',
          },
        ],
      },
      5,
    );
    expect(run.choices).toEqual(['']);
    expect(run.reasoning).toEqual(['R']);
    expect(run.toolCalls).toEqual([
      [
        { index: 0, id: 'a', name: 'x', arguments: '{}' },
        { index: 1, id: 'b', name: 'y', arguments: '{"q":1}' },
      ],
    ]);
    expect(answeredRun(run, 6).status).toBe('done');
  });
});

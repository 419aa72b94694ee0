import { describe, expect, it } from 'vitest';
import { MAX_CHOICES, readChunk, readCompletion } from './completions';
import { readModel, readModelList } from './models';

const read = (entry: unknown) => {
  const notes: string[] = [];
  return { models: readModelList({ data: [entry] }, notes) ?? [], notes };
};

describe('readModelList: malformed model metadata', () => {
  it.each([
    ['display_name is a number', { id: 'm', display_name: 42 }, { id: 'm' }],
    ['description is an object', { id: 'm', description: { text: 'x' } }, { id: 'm' }],
    ['summary is a list', { id: 'm', summary: ['a'] }, { id: 'm' }],
    [
      'capabilities.input is a string',
      { id: 'm', capabilities: { input: 'text' } },
      { id: 'm', capabilities: { input: ['text'] } },
    ],
    [
      'capabilities.input is an object',
      { id: 'm', capabilities: { input: {} } },
      { id: 'm', capabilities: {} },
    ],
    ['capabilities is a string', { id: 'm', capabilities: 'text' }, { id: 'm' }],
    [
      'pricing has strings for prices',
      { id: 'm', pricing: { input_cost_per_token: '0.1', method: 'token' } },
      { id: 'm', pricing: { method: 'token' } },
    ],
    [
      'pricing has a negative price',
      { id: 'm', pricing: { output_cost_per_token: -1 } },
      { id: 'm', pricing: {} },
    ],
    ['developer is a string', { id: 'm', developer: 'Acme' }, { id: 'm' }],
    ['context_length is negative', { id: 'm', context_length: -5 }, { id: 'm' }],
    ['created is a string', { id: 'm', created: 'yesterday' }, { id: 'm' }],
    ['an unknown member shadows nothing', { id: 'm', constructor: 'x', toString: 1 }, { id: 'm' }],
  ])('%s: kept what is usable, noted the rest', (_, entry, expected) => {
    const { models, notes } = read(entry);
    expect(models).toEqual([expected]);
    if (
      JSON.stringify(entry) !== JSON.stringify(expected) &&
      !('constructor' in entry && Object.hasOwn(entry, 'toString'))
    )
      expect(notes.length).toBeGreaterThan(0);
  });

  it('keeps ids that name prototype members as plain ids, and drops entries without a usable id', () => {
    const notes: string[] = [];
    const list = JSON.parse(
      '{"data":[{"id":"__proto__"},{"id":"toString"},{"id":"hasOwnProperty"},{"id":42},null,"gpt",{"id":""},{"id":"ok"},{"id":"ok"}]}',
    );
    const models = readModelList(list, notes);
    expect(models?.map((m) => m.id)).toEqual(['__proto__', 'toString', 'hasOwnProperty', 'ok']);
    expect(models?.every((m) => Object.getPrototypeOf(m) === Object.prototype)).toBe(true);
    expect(notes).toHaveLength(5);
    expect(notes.join('\n')).toMatch(/listed twice/);
  });

  it('cuts display strings that would flood the page', () => {
    const { models, notes } = read({ id: 'm', display_name: 'x'.repeat(100_000) });
    expect(models[0]?.display_name?.length).toBe(201);
    expect(notes[0]).toMatch(/cut to 200/);
  });

  it('is not a list: null, so the client reports the shape', () => {
    expect(readModelList({ data: {} }, [])).toBeNull();
    expect(readModelList('nope', [])).toBeNull();
  });

  it('details without an id take the id that was asked for', () => {
    expect(readModel({ display_name: 'X' }, 'details', [], 'asked')).toEqual({
      id: 'asked',
      display_name: 'X',
    });
  });
});

describe('readChunk', () => {
  const chunk = (choices: unknown, extra: Record<string, unknown> = {}) => {
    const notes: string[] = [];
    return { chunk: readChunk({ object: 'chat.completion.chunk', choices, ...extra }, notes), notes };
  };

  it('reads an ordinary chunk as it is', () => {
    expect(chunk([{ index: 0, delta: { content: 'Hi' }, finish_reason: null }])).toEqual({
      chunk: {
        object: 'chat.completion.chunk',
        choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: null }],
      },
      notes: [],
    });
  });

  it('ignores choice indexes beyond the limit instead of building a list that long', () => {
    const { chunk: read, notes } = chunk([
      { index: 99_999_999, delta: { content: 'far' } },
      { index: MAX_CHOICES, delta: { content: 'just past' } },
      { index: -1, delta: { content: 'negative' } },
      { index: 1.5, delta: { content: 'fraction' } },
      { index: 2, delta: { content: 'fine' } },
    ]);
    expect(read.choices).toEqual([{ index: 2, delta: { content: 'fine' }, finish_reason: null }]);
    expect(notes).toHaveLength(4);
  });

  it('odd shapes give what they can, never a crash or "[object Object]"', () => {
    expect(chunk([null]).chunk.choices).toEqual([]);
    expect(chunk({ 0: 'x' }).chunk.choices).toEqual([]);
    expect(chunk(null).chunk.choices).toEqual([]);
    expect(chunk([{ delta: null }]).chunk.choices).toEqual([{ index: 0, delta: {}, finish_reason: null }]);
    expect(chunk([{ delta: { content: { text: 'x' } } }]).chunk.choices[0]?.delta).toEqual({});
    expect(
      chunk([
        { delta: { content: [{ type: 'text', text: 'a' }, { type: 'image' }, { type: 'text', text: 'b' }] } },
      ]).chunk.choices[0]?.delta,
    ).toEqual({ content: 'ab' });
    expect(chunk([{ finish_reason: 7 }]).chunk.choices[0]?.finish_reason).toBeNull();
  });

  it('reads usage only when it is made of counts', () => {
    expect(chunk([], { usage: { prompt_tokens: 3, completion_tokens: 2 } }).chunk.usage).toEqual({
      prompt_tokens: 3,
      completion_tokens: 2,
      total_tokens: 5,
    });
    expect(chunk([], { usage: { prompt_tokens: 'many' } }).chunk.usage).toBeUndefined();
    expect(chunk([], { usage: 'lots' }).notes).toHaveLength(1);
  });
});

describe('readCompletion', () => {
  it('defaults a missing index to 0 and keeps a null content as null', () => {
    const notes: string[] = [];
    expect(
      readCompletion({ choices: [{ message: { content: 'Hi' } }, { index: 1, message: null }] }, notes),
    ).toEqual({
      choices: [
        { index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: null },
        { index: 1, message: { role: 'assistant', content: null }, finish_reason: null },
      ],
    });
    expect(readCompletion({ choices: 'x' }, notes)).toBeNull();
  });
});

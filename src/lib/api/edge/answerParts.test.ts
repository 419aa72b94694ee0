import { describe, expect, it } from 'vitest';
import { chunkFromCompletion } from '../chatStream';
import { MAX_TOOL_CALLS, MAX_TOOL_NAME_CHARS } from './answerParts';
import { readChunk, readCompletion } from './completions';
import { readUsage } from './usage';

function chunkOf(delta: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const notes: string[] = [];
  const chunk = readChunk({ choices: [{ index: 0, delta, finish_reason: null }], ...extra }, notes);
  return { delta: chunk.choices[0]?.delta, chunk, notes };
}
function messageOf(message: Record<string, unknown>) {
  const notes: string[] = [];
  const completion = readCompletion({ choices: [{ index: 0, message, finish_reason: 'stop' }] }, notes);
  return { message: completion?.choices[0]?.message, notes };
}

describe('delta.tool_calls', () => {
  it("OpenAI's fragments: the first with id and name, then argument pieces", () => {
    const first = chunkOf({
      role: 'assistant',
      content: null,
      tool_calls: [
        { index: 0, id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '' } },
      ],
    });
    expect(first.delta).toEqual({
      content: null,
      tool_calls: [{ index: 0, id: 'call_1', name: 'get_weather', arguments: '' }],
    });
    expect(first.notes).toEqual([]);
    const next = chunkOf({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] });
    expect(next.delta).toEqual({ tool_calls: [{ index: 0, arguments: '{"city":' }] });
  });

  it('a missing index is the position in the list (Gemini-style whole calls in one chunk)', () => {
    const { delta } = chunkOf({
      tool_calls: [
        { id: 'a', function: { name: 'one', arguments: '{}' } },
        { id: 'b', function: { name: 'two', arguments: '{}' } },
      ],
    });
    expect(delta?.tool_calls?.map((call) => [call.index, call.id])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
  });

  it('bounds the index, the id, the name and the list, with notes', () => {
    const long = 'n'.repeat(MAX_TOOL_NAME_CHARS + 10);
    const { delta, notes } = chunkOf({
      tool_calls: [
        { index: 99_999_999, function: { arguments: 'x' } },
        { index: -1, function: { arguments: 'x' } },
        { index: '2', function: { arguments: 'x' } },
        { index: 3, id: long, function: { name: long, arguments: 'ok' } },
        'not a call',
      ],
    });
    expect(delta?.tool_calls).toHaveLength(1);
    const call = delta?.tool_calls?.[0];
    expect(call?.index).toBe(3);
    expect(call?.id?.length).toBeLessThanOrEqual(MAX_TOOL_NAME_CHARS + 1);
    expect(call?.name?.length).toBeLessThanOrEqual(MAX_TOOL_NAME_CHARS + 1);
    expect(notes.join('\n')).toMatch(/beyond the 128/);
    expect(notes.join('\n')).toMatch(/not an object/);
    expect(notes.length).toBeGreaterThanOrEqual(5);
    const many = chunkOf({
      tool_calls: Array.from({ length: MAX_TOOL_CALLS + 5 }, (_, index) => ({ index })),
    });
    expect(many.delta?.tool_calls).toHaveLength(MAX_TOOL_CALLS);
    expect(many.notes.join('\n')).toMatch(/only the first 128/);
  });

  it('tool_calls that is not a list, and a function that is not an object, are noted and dropped', () => {
    expect(chunkOf({ tool_calls: 'call' })).toMatchObject({
      delta: {},
      notes: [expect.stringMatching(/not a list/)],
    });
    const { delta, notes } = chunkOf({ tool_calls: [{ index: 0, id: 'c', function: 'get' }] });
    expect(delta?.tool_calls).toEqual([{ index: 0, id: 'c' }]);
    expect(notes).toHaveLength(1);
    expect(chunkOf({ tool_calls: null }).delta).toEqual({});
    expect(chunkOf({ tool_calls: [] }).delta).toEqual({});
  });
});

describe('message.tool_calls', () => {
  it('whole calls in index order; parsed arguments read as their JSON text', () => {
    const { message, notes } = messageOf({
      role: 'assistant',
      content: null,
      tool_calls: [
        { index: 1, id: 'call_b', type: 'function', function: { name: 'b', arguments: '{"x":1}' } },
        { index: 0, id: 'call_a', type: 'function', function: { name: 'a', arguments: { y: [2] } } },
      ],
    });
    expect(message).toEqual({
      role: 'assistant',
      content: null,
      tool_calls: [
        { id: 'call_a', name: 'a', arguments: '{"y":[2]}' },
        { id: 'call_b', name: 'b', arguments: '{"x":1}' },
      ],
    });
    expect(notes).toEqual(['The answer: tool call arguments are JSON, not text; read as their JSON text.']);
  });

  it('a call without an id is kept with an empty id; without a name, with a note; a repeated index once', () => {
    const { message, notes } = messageOf({
      content: null,
      tool_calls: [
        { function: { name: 'a', arguments: '{}' } },
        { index: 0, function: { name: 'again', arguments: '{}' } },
        { index: 1, function: { arguments: '{}' } },
      ],
    });
    expect(message?.tool_calls).toEqual([
      { id: '', name: 'a', arguments: '{}' },
      { id: '', name: '', arguments: '{}' },
    ]);
    expect(notes).toHaveLength(2);
  });
});

describe('reasoning, in every shape', () => {
  it.each([
    ['DeepSeek / vLLM reasoning_content', { reasoning_content: 'Let me think' }],
    ['vLLM / OpenRouter reasoning', { reasoning: 'Let me think' }],
    [
      'OpenRouter reasoning_details (text)',
      { reasoning_details: [{ type: 'reasoning.text', text: 'Let me think', format: 'unknown', index: 0 }] },
    ],
    [
      'OpenRouter reasoning_details (summary)',
      { reasoning_details: [{ type: 'reasoning.summary', summary: 'Let me think' }] },
    ],
    [
      'DeepSeek: reasoning_content with a null content',
      { role: 'assistant', content: null, reasoning_content: 'Let me think' },
    ],
  ])('%s → delta.reasoning', (_, delta) => {
    const read = chunkOf(delta);
    expect(read.delta?.reasoning).toBe('Let me think');
    expect(read.notes).toEqual([]);
  });

  it('OpenRouter sends the same text as reasoning and reasoning_details: taken once', () => {
    const { delta } = chunkOf({
      content: '',
      reasoning: 'step one',
      reasoning_details: [{ type: 'reasoning.text', text: 'step one' }],
    });
    expect(delta?.reasoning).toBe('step one');
  });

  it('a null or empty field gives way to the next; encrypted details have no text', () => {
    expect(chunkOf({ reasoning_content: null, reasoning: 'b' }).delta?.reasoning).toBe('b');
    expect(
      chunkOf({ reasoning: '', reasoning_details: [{ type: 'reasoning.text', text: 'c' }] }).delta,
    ).toEqual({
      reasoning: 'c',
    });
    const encrypted = chunkOf({ reasoning_details: [{ type: 'reasoning.encrypted', data: 'eyJ…' }] });
    expect(encrypted.delta).toEqual({});
    expect(encrypted.notes).toEqual([]);
    expect(chunkOf({ reasoning: null, reasoning_content: null }).delta).toEqual({});
  });

  it('reasoning that is not text is noted and dropped', () => {
    const read = chunkOf({ reasoning: 42, reasoning_details: 'text' });
    expect(read.delta).toEqual({});
    expect(read.notes).toHaveLength(2);
  });

  it("a whole message's reasoning: detail items separated by a blank line", () => {
    const { message } = messageOf({
      content: 'Four.',
      reasoning_details: [
        { type: 'reasoning.summary', summary: 'Added.' },
        { type: 'reasoning.encrypted', data: 'x' },
        { type: 'reasoning.text', text: 'Two and two.' },
      ],
    });
    expect(message).toEqual({ role: 'assistant', content: 'Four.', reasoning: 'Added.\n\nTwo and two.' });
    expect(messageOf({ content: 'Four.', reasoning_content: 'R' }).message?.reasoning).toBe('R');
  });

  it('a plain answer has no reasoning and no tool calls fields', () => {
    expect(messageOf({ role: 'assistant', content: 'Hi' }).message).toEqual({
      role: 'assistant',
      content: 'Hi',
    });
    expect(chunkOf({ content: 'Hi' }).delta).toEqual({ content: 'Hi' });
  });
});

describe('usage details', () => {
  const read = (raw: unknown) => {
    const notes: string[] = [];
    return { usage: readUsage(raw, 'Stream chunk', notes), notes };
  };
  const base = { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 };

  it('absent details stay absent, not 0', () => {
    expect(read(base)).toEqual({ usage: base, notes: [] });
    expect(read({ ...base, completion_tokens_details: null, prompt_tokens_details: null })).toEqual({
      usage: base,
      notes: [],
    });
    expect(read({ ...base, completion_tokens_details: {}, prompt_tokens_details: {} }).usage).toEqual(base);
  });

  it('OpenAI: reasoning tokens and cached tokens', () => {
    const { usage, notes } = read({
      ...base,
      completion_tokens_details: { reasoning_tokens: 30, accepted_prediction_tokens: 0 },
      prompt_tokens_details: { cached_tokens: 64, audio_tokens: 0 },
    });
    expect(usage).toEqual({ ...base, reasoning_tokens: 30, cached_tokens: 64 });
    expect(notes).toEqual([]);
  });

  it('a reported 0 is kept as 0', () => {
    const { usage } = read({ ...base, completion_tokens_details: { reasoning_tokens: 0 }, cost: 0 });
    expect(usage).toEqual({ ...base, reasoning_tokens: 0, cost: 0 });
  });

  it("DeepSeek's prompt_cache_hit_tokens are the cached tokens; OpenAI's spelling wins when both", () => {
    const deepseek = { ...base, prompt_cache_hit_tokens: 80, prompt_cache_miss_tokens: 20 };
    expect(read(deepseek).usage).toEqual({ ...base, cached_tokens: 80 });
    expect(read({ ...deepseek, prompt_tokens_details: { cached_tokens: 79 } }).usage?.cached_tokens).toBe(79);
  });

  it("OpenRouter's usage.cost, a finite number ≥ 0; anything else noted and dropped", () => {
    expect(read({ ...base, cost: 0.00123 }).usage).toEqual({ ...base, cost: 0.00123 });
    for (const cost of [-1, '0.1', Number.POSITIVE_INFINITY, null]) {
      const { usage, notes } = read({ ...base, cost });
      expect(usage).toEqual(base);
      if (cost !== null) expect(notes).toHaveLength(1);
    }
  });

  it('details of the wrong type are noted and dropped, the counts kept', () => {
    const { usage, notes } = read({
      ...base,
      completion_tokens_details: 'many',
      prompt_tokens_details: { cached_tokens: -3 },
      prompt_cache_hit_tokens: 1.5,
    });
    expect(usage).toEqual(base);
    expect(notes).toHaveLength(3);
  });

  it('is read from a stream chunk too', () => {
    const { chunk } = chunkOf({}, { usage: { ...base, prompt_tokens_details: { cached_tokens: 5 } } });
    expect(chunk.usage).toEqual({ ...base, cached_tokens: 5 });
  });
});

describe('chunkFromCompletion', () => {
  it('carries reasoning and tool calls into the one chunk', () => {
    const chunk = chunkFromCompletion({
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: null,
            reasoning: 'R',
            tool_calls: [
              { id: 'a', name: 'x', arguments: '{}' },
              { id: 'b', name: 'y', arguments: '[]' },
            ],
          },
          finish_reason: 'tool_calls',
        },
      ],
    });
    expect(chunk.choices[0]?.delta).toEqual({
      role: 'assistant',
      content: null,
      reasoning: 'R',
      tool_calls: [
        { index: 0, id: 'a', name: 'x', arguments: '{}' },
        { index: 1, id: 'b', name: 'y', arguments: '[]' },
      ],
    });
  });
});

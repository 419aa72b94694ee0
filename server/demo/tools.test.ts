import { describe, expect, it } from 'vitest';
import { parseFault } from './faults.ts';
import { createPicker } from './prng.ts';
import { callId, splitPieces } from './toolArgs.ts';
import { chooseTools, planCalls, trailingToolResults } from './tools.ts';

const tools = ['get_weather', 'get_time', 'weather'].map((name) => ({
  type: 'function',
  function: { name },
}));
const ask = (text: string) => [{ role: 'user', content: text }];
const names = (body: Record<string, unknown>, prompt: string) =>
  chooseTools({ tools, ...body }, ask(prompt), prompt).map((t) => t.name);

describe('chooseTools', () => {
  it('matches tool names as whole words, case-insensitively, in order of mention', () => {
    expect(names({}, 'GET_TIME then get_weather')).toEqual(['get_time', 'get_weather']);
    expect(names({}, 'the weather, please')).toEqual(['weather']);
    expect(names({}, 'get_weathers and get_timed')).toEqual([]);
  });

  it('needs tools and a last message from the user', () => {
    expect(chooseTools({}, ask('get_time'), 'get_time')).toEqual([]);
    const after = [...ask('get_time'), { role: 'assistant', content: 'x' }];
    expect(chooseTools({ tools }, after, 'get_time')).toEqual([]);
  });
});

describe('planCalls', () => {
  it('adds a call for a tool fault and renames the first for tool-unknown', () => {
    const faults = parseFault('tool-unknown');
    expect(planCalls({ tools }, ask('hi'), 'hi', faults).map((c) => c.name)).toEqual(['not_a_tool']);
    const two = planCalls({ tools }, ask('get_time get_weather'), 'get_time get_weather', faults);
    expect(two.map((c) => c.name)).toEqual(['not_a_tool', 'get_weather']);
    expect(planCalls({ tools }, ask('hi'), 'hi', parseFault('tool-args-invalid')).map((c) => c.name)).toEqual(
      ['get_weather'],
    );
  });
});

describe('trailingToolResults', () => {
  it('names each trailing tool result after the call it answers', () => {
    const messages = [
      ...ask('q'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'a', type: 'function', function: { name: 'get_time', arguments: '{}' } },
          { id: 'b', type: 'function', function: { name: 'get_weather', arguments: '{}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'b', content: 'rainy' },
      { role: 'tool', tool_call_id: 'a', content: [{ type: 'text', text: 'noon' }] },
    ];
    expect(trailingToolResults(messages)).toEqual([
      { callId: 'b', content: 'rainy', name: 'get_weather' },
      { callId: 'a', content: 'noon', name: 'get_time' },
    ]);
    expect(trailingToolResults(ask('q'))).toEqual([]);
  });
});

describe('splitPieces and callId', () => {
  it('joins back exactly and ends a piece at every backslash', () => {
    const text = JSON.stringify({ note: 'say "hi"\nthen go', path: 'C:\\tmp' });
    const pieces = splitPieces(text, createPicker(1, 1, { temperature: 1 }));
    expect(pieces.join('')).toBe(text);
    expect(pieces.filter((p) => p.endsWith('\\'))).toHaveLength((text.match(/\\/g) ?? []).length);
    expect(new Set(pieces.map((p) => p.length)).size).toBeGreaterThan(2);
  });

  it('makes OpenAI-shaped, reproducible ids', () => {
    expect(callId('x')).toMatch(/^call_[A-Za-z0-9]{24}$/);
    expect(callId('x')).toBe(callId('x'));
    expect(callId('x')).not.toBe(callId('y'));
  });
});

describe('parseFault', () => {
  it('reads stream faults, content faults and combinations', () => {
    expect(parseFault('cut-after=5')).toEqual({
      stream: { kind: 'cut-after', tokens: 5 },
      content: new Set(),
    });
    expect(parseFault(' error-after = 0 ')?.stream).toEqual({ kind: 'error-after', tokens: 0 });
    const both = parseFault('tool-args-not-json, cut-after=2, output-not-json');
    expect(both?.stream).toEqual({ kind: 'cut-after', tokens: 2 });
    expect([...(both?.content ?? [])]).toEqual(['tool-args-not-json', 'output-not-json']);
  });

  it('ignores anything else', () => {
    expect(parseFault(undefined)).toBeUndefined();
    expect(parseFault('explode')).toBeUndefined();
    expect(parseFault('cut-after=-1')).toBeUndefined();
  });
});

import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { assemble, DEMO_OPTIONS as OPTIONS, postChat, streamed } from '../testing/demoClient.ts';
import { type Listening, listen } from '../testing/listen.ts';
import type { WireCompletion } from './wire.ts';

let server: Listening;
beforeAll(async () => {
  server = await listen(createApp(OPTIONS).fetch);
});
afterAll(() => server.close());

const ajv = new Ajv2020({ strict: false, validateFormats: false });

const WEATHER = {
  type: 'object',
  additionalProperties: false,
  required: ['location', 'unit'],
  properties: {
    location: { type: 'string', description: 'City name' },
    unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
    note: { type: 'string' },
  },
};
const SEARCH = {
  type: 'object',
  required: ['query', 'filters'],
  properties: {
    query: { type: 'string', minLength: 1 },
    limit: { type: 'integer', minimum: 1, maximum: 20 },
    filters: {
      type: 'object',
      required: ['since', 'tags'],
      properties: {
        since: { type: 'string', format: 'date' },
        tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3 },
        lang: { enum: ['en', 'fr', 'de'] },
      },
    },
  },
};
const BOOK = {
  $defs: {
    seat: {
      type: 'object',
      required: ['row', 'letter'],
      properties: { row: { type: 'integer', minimum: 1 }, letter: { type: 'string', pattern: '^[A-F]$' } },
    },
  },
  type: 'object',
  required: ['seats', 'passenger'],
  properties: {
    seats: { type: 'array', items: { $ref: '#/$defs/seat' }, minItems: 1 },
    passenger: {
      type: 'object',
      required: ['name', 'email'],
      properties: { name: { type: 'string' }, email: { type: 'string', format: 'email' } },
    },
    window: { type: 'boolean' },
  },
};
const tool = (name: string, parameters: unknown) => ({
  type: 'function',
  function: { name, description: `The ${name} tool`, parameters },
});
const TOOLS = [tool('get_weather', WEATHER), tool('search_docs', SEARCH), tool('book_seat', BOOK)];
const SCHEMAS: Record<string, object> = { get_weather: WEATHER, search_docs: SEARCH, book_seat: BOOK };
const user = (content: string) => [{ role: 'user', content }];

async function json(
  body: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<WireCompletion> {
  const res = await postChat(server.url, { ...body, stream: false }, headers);
  if (res.status !== 200) throw new Error(`${res.status}: ${await res.text()}`);
  return (await res.json()) as WireCompletion;
}
const calledNames = (c: WireCompletion) =>
  (c.choices[0]?.message.tool_calls ?? []).map((t) => t.function.name);

describe('demo tool calling: which tools, when', () => {
  const base = { model: 'plain-demo', tools: TOOLS, seed: 3 };

  it('auto calls a tool the prompt names, with content null and finish_reason tool_calls', async () => {
    const out = await json({ ...base, messages: user('What does get_weather say for Lisbon?') });
    expect(calledNames(out)).toEqual(['get_weather']);
    expect(out.choices[0]?.message.content).toBeNull();
    expect(out.choices[0]?.finish_reason).toBe('tool_calls');
    expect(out.choices[0]?.message.tool_calls?.[0]?.id).toMatch(/^call_[A-Za-z0-9]{24}$/);
    expect(out.choices[0]?.message.tool_calls?.[0]?.type).toBe('function');
  });

  it('auto answers in text when no tool is named', async () => {
    const out = await json({ ...base, messages: user('Tell me about the weather') });
    expect(out.choices[0]?.message.tool_calls).toBeUndefined();
    expect(out.choices[0]?.message.content).toMatch(/^## /);
    expect(out.choices[0]?.finish_reason).toBe('stop');
  });

  it('calls every tool named, in order of mention (parallel), or only the first with parallel_tool_calls false', async () => {
    const messages = user('First search_docs, then book_seat, then get_weather');
    expect(calledNames(await json({ ...base, messages }))).toEqual([
      'search_docs',
      'book_seat',
      'get_weather',
    ]);
    expect(calledNames(await json({ ...base, messages, parallel_tool_calls: false }))).toEqual([
      'search_docs',
    ]);
    const ids = (await json({ ...base, messages })).choices[0]?.message.tool_calls?.map((t) => t.id) ?? [];
    expect(new Set(ids).size).toBe(3);
  });

  it('required calls the first tool when none is named; a named tool_choice calls that tool; none never calls', async () => {
    const messages = user('Hello there');
    expect(calledNames(await json({ ...base, messages, tool_choice: 'required' }))).toEqual(['get_weather']);
    const named = { type: 'function', function: { name: 'book_seat' } };
    expect(calledNames(await json({ ...base, messages, tool_choice: named }))).toEqual(['book_seat']);
    const none = await json({ ...base, messages: user('use get_weather'), tool_choice: 'none' });
    expect(none.choices[0]?.message.tool_calls).toBeUndefined();
    expect(none.choices[0]?.message.content).toBeTruthy();
  });

  it('does not call tools when the conversation ends with an assistant message', async () => {
    const messages = [...user('use get_weather'), { role: 'assistant', content: 'Sure.' }];
    expect((await json({ ...base, messages })).choices[0]?.message.tool_calls).toBeUndefined();
  });

  it('is deterministic without a seed: the same request gives the same calls', async () => {
    const body = { model: 'plain-demo', tools: TOOLS, messages: user('get_weather and search_docs please') };
    const a = (await json(body)).choices[0]?.message.tool_calls;
    expect((await json(body)).choices[0]?.message.tool_calls).toEqual(a);
  });
});

describe('demo tool calling: arguments and streaming', () => {
  const messages = user('Run get_weather, search_docs and book_seat');

  it.each([1, 2, 3, 4, 5])(
    'streamed fragments reassemble into arguments valid for each schema (seed %i)',
    async (seed) => {
      const { data } = await streamed(server.url, {
        model: 'structured-demo',
        tools: TOOLS,
        messages,
        seed,
        temperature: 1,
      });
      const got = assemble(data);
      expect(got.finish).toBe('tool_calls');
      expect(got.content).toBe('');
      expect(got.toolCalls.map((c) => c.name)).toEqual(['get_weather', 'search_docs', 'book_seat']);
      for (const call of got.toolCalls) {
        expect(call.id).toMatch(/^call_/);
        expect(call.type).toBe('function');
        expect(call.pieces).toBeGreaterThan(2);
        const validate = ajv.compile(SCHEMAS[call.name] ?? {});
        const args = JSON.parse(call.arguments);
        expect(validate(args), ajv.errorsText(validate.errors)).toBe(true);
      }
    },
  );

  it('sends a first fragment with id, type, name and empty arguments, then pieces, calls one after another', async () => {
    const { data } = await streamed(server.url, { model: 'plain-demo', tools: TOOLS, messages, seed: 1 });
    const deltas = data
      .filter((d) => d !== '[DONE]')
      .flatMap((d) =>
        JSON.parse(d).choices.flatMap((c: { delta: { tool_calls?: unknown[] } }) => c.delta.tool_calls ?? []),
      );
    const firsts = deltas.filter((d) => d.id);
    expect(firsts.map((d) => d.index)).toEqual([0, 1, 2]);
    for (const f of firsts)
      expect(f).toEqual({
        index: f.index,
        id: f.id,
        type: 'function',
        function: { name: f.function.name, arguments: '' },
      });
    const indexes = deltas.map((d) => d.index);
    expect(indexes).toEqual([...indexes].sort());
    for (const d of deltas.filter((x) => !x.id)) expect(Object.keys(d.function)).toEqual(['arguments']);
  });

  it('splits arguments inside strings and inside escapes', async () => {
    const body = {
      model: 'plain-demo',
      tools: TOOLS,
      messages: user('get_weather'),
      seed: 2,
      temperature: 1,
    };
    const pieces = data2pieces((await streamed(server.url, body)).data);
    const joined = pieces.join('');
    expect(JSON.parse(joined).note).toContain('"'); // the free-text member carries quotes
    expect(pieces.some((p) => p.endsWith('\\'))).toBe(true);
    expect(pieces.some((p) => /^[A-Za-z]/.test(p) && !p.startsWith('"'))).toBe(true);
  });

  it('streamed and non-streamed answers agree, usage included', async () => {
    const body = {
      model: 'plain-demo',
      tools: TOOLS,
      messages,
      seed: 9,
      stream_options: { include_usage: true },
    };
    const whole = await json(body);
    const { data } = await streamed(server.url, body);
    const got = assemble(data);
    expect(
      got.toolCalls.map(({ id, name, arguments: a }) => ({
        id,
        type: 'function',
        function: { name, arguments: a },
      })),
    ).toEqual(whole.choices[0]?.message.tool_calls);
    const usage = JSON.parse(data.at(-2) ?? '{}').usage;
    expect(usage).toEqual(whole.usage);
    // Every token chunk (the first fragment of a call and each piece) counts as a completion token.
    expect(usage.completion_tokens).toBe(got.order.length);
  });

  it('gives each choice its own calls with n > 1', async () => {
    const out = await json({
      model: 'structured-demo',
      tools: TOOLS,
      messages: user('get_weather'),
      n: 2,
      seed: 4,
    });
    expect(out.choices.map((c) => c.finish_reason)).toEqual(['tool_calls', 'tool_calls']);
    expect(out.choices[0]?.message.tool_calls?.[0]?.id).not.toBe(out.choices[1]?.message.tool_calls?.[0]?.id);
  });

  it('paces argument pieces like tokens', async () => {
    const started = performance.now();
    const { data } = await streamed(
      server.url,
      { model: 'plain-demo', tools: TOOLS, messages: user('get_weather'), seed: 1 },
      { 'X-Demo-Pace': '100' },
    );
    const tokens = assemble(data).order.length;
    expect(tokens).toBeGreaterThan(8);
    expect(performance.now() - started).toBeGreaterThanOrEqual(((tokens - 2) * 1000) / 100);
  });
});

function data2pieces(data: string[]): string[] {
  return data
    .filter((d) => d !== '[DONE]')
    .flatMap((d) =>
      JSON.parse(d).choices.flatMap(
        (c: { delta: { tool_calls?: Array<{ id?: string; function: { arguments: string } }> } }) =>
          c.delta.tool_calls ?? [],
      ),
    )
    .filter((t) => !t.id)
    .map((t) => t.function.arguments);
}

describe('demo tool calling: after tool messages', () => {
  it('answers in text quoting each result under its tool name', async () => {
    const first = await json({
      model: 'plain-demo',
      tools: TOOLS,
      seed: 5,
      messages: user('get_weather and search_docs'),
    });
    const calls = first.choices[0]?.message.tool_calls ?? [];
    const results = ['{"temperature": 21, "sky": "clear"}', 'Found 3 documents about "streams".'];
    const messages = [
      ...user('get_weather and search_docs'),
      { role: 'assistant', content: null, tool_calls: calls },
      ...calls.map((c, i) => ({ role: 'tool', tool_call_id: c.id, content: results[i] })),
    ];
    const body = { model: 'plain-demo', tools: TOOLS, seed: 5, messages };
    const answer = await json(body);
    const text = answer.choices[0]?.message.content ?? '';
    expect(answer.choices[0]?.finish_reason).toBe('stop');
    expect(answer.choices[0]?.message.tool_calls).toBeUndefined();
    expect(text).toContain(`The get_weather tool returned: ${results[0]}`);
    expect(text).toContain(`The search_docs tool returned: ${results[1]}`);
    expect(assemble((await streamed(server.url, body)).data).content).toBe(text);
  });
});

describe('demo structured output', () => {
  const schemas: Record<string, object> = { weather: WEATHER, search: SEARCH, booking: BOOK };
  it.each(Object.entries(schemas))(
    'json_schema output validates (%s), streamed like text',
    async (name, schema) => {
      const body = {
        model: 'structured-demo',
        messages: user('Give me the data'),
        seed: 11,
        response_format: { type: 'json_schema', json_schema: { name, schema, strict: true } },
      };
      const whole = await json(body);
      const text = whole.choices[0]?.message.content ?? '';
      const validate = ajv.compile(schema);
      expect(validate(JSON.parse(text)), ajv.errorsText(validate.errors)).toBe(true);
      const got = assemble((await streamed(server.url, body)).data);
      expect(got.content).toBe(text);
      expect(got.order.length).toBeGreaterThan(10);
    },
  );

  it('with tools present: a tool call when the rules say so, else schema-valid JSON', async () => {
    const response_format = { type: 'json_schema', json_schema: { name: 'weather', schema: WEATHER } };
    const base = { model: 'plain-demo', tools: TOOLS, seed: 2, response_format };
    const called = await json({ ...base, messages: user('use get_weather') });
    expect(calledNames(called)).toEqual(['get_weather']);
    const plain = await json({ ...base, messages: user('What is it like?') });
    expect(ajv.validate(WEATHER, JSON.parse(plain.choices[0]?.message.content ?? ''))).toBe(true);
  });
});

describe('the reasoning demo model', () => {
  const body = { model: 'reasoning-mini-demo', messages: user('Why is the sky blue?'), seed: 1 };

  it('streams all its reasoning (several chunks) before the answer, and the JSON form matches', async () => {
    const got = assemble(
      (await streamed(server.url, { ...body, stream_options: { include_usage: true } })).data,
    );
    const firstContent = got.order.indexOf('content');
    expect(got.order.lastIndexOf('reasoning')).toBeLessThan(firstContent);
    expect(got.order.filter((o) => o === 'reasoning').length).toBeGreaterThanOrEqual(40);
    expect(got.reasoning).toContain('Why is the sky blue?');
    const whole = await json(body);
    expect(whole.choices[0]?.message.reasoning_content).toBe(got.reasoning);
    expect(whole.choices[0]?.message.content).toBe(got.content);
  });

  it.each(['low', 'medium', 'high'])('reasons for 40 to 120 tokens at effort %s', async (effort) => {
    const usage = (await json({ ...body, reasoning_effort: effort })).usage;
    const reasoning = usage.completion_tokens_details?.reasoning_tokens ?? 0;
    expect(reasoning).toBeGreaterThanOrEqual(40);
    expect(reasoning).toBeLessThanOrEqual(120);
  });

  it('reports reasoning tokens inside completion_tokens and cached prompt tokens on follow-ups', async () => {
    const first = await json(body);
    const reasoning = first.usage.completion_tokens_details?.reasoning_tokens ?? 0;
    const { tokenize } = await import('./tokens.ts');
    expect(first.usage.completion_tokens).toBe(
      reasoning + tokenize(first.choices[0]?.message.content ?? '').length,
    );
    expect(first.usage.prompt_tokens_details).toEqual({ cached_tokens: 0 });
    const followUp = await json({
      ...body,
      messages: [
        ...body.messages,
        { role: 'assistant', content: first.choices[0]?.message.content },
        ...user('And at sunset?'),
      ],
    });
    const prompt = followUp.usage.prompt_tokens;
    expect(prompt).toBeGreaterThanOrEqual(64);
    expect(followUp.usage.prompt_tokens_details?.cached_tokens).toBe(Math.floor(prompt / 64) * 64);
  });

  it('reasons before calling a tool too', async () => {
    const got = assemble(
      (await streamed(server.url, { ...body, tools: TOOLS, messages: user('get_weather please') })).data,
    );
    expect(got.reasoning).toContain('get_weather');
    expect(got.order.lastIndexOf('reasoning')).toBeLessThan(got.order.indexOf('tool'));
    expect(got.finish).toBe('tool_calls');
  });

  it('other models report no usage details', async () => {
    const usage = (await json({ model: 'plain-demo', messages: user('hi') })).usage;
    expect(usage.completion_tokens_details).toBeUndefined();
    expect(usage.prompt_tokens_details).toBeUndefined();
  });

  it('publishes a cached-input price', async () => {
    const model = await (await fetch(`${server.url}/demo/api/ai/models/reasoning-mini-demo`)).json();
    expect(model.pricing.cached_input_cost_per_token).toBeLessThan(model.pricing.input_cost_per_token);
    expect(model.reasoning).toBeUndefined();
  });
});

describe('tool and output faults (X-Demo-Fault)', () => {
  const body = { model: 'plain-demo', tools: TOOLS, messages: user('get_weather and search_docs'), seed: 1 };
  const fault = (name: string) => ({ 'X-Demo-Fault': name });

  it('tool-args-invalid: arguments are JSON that breaks the schema, streamed and not', async () => {
    const whole = await json(body, fault('tool-args-invalid'));
    const streamedCalls = assemble(
      (await streamed(server.url, body, fault('tool-args-invalid'))).data,
    ).toolCalls;
    for (const call of whole.choices[0]?.message.tool_calls ?? []) {
      expect(ajv.validate(SCHEMAS[call.function.name] ?? {}, JSON.parse(call.function.arguments))).toBe(
        false,
      );
    }
    expect(streamedCalls.map((c) => c.arguments)).toEqual(
      whole.choices[0]?.message.tool_calls?.map((c) => c.function.arguments),
    );
  });

  it('tool-args-not-json: arguments do not parse', async () => {
    const calls = assemble((await streamed(server.url, body, fault('tool-args-not-json'))).data).toolCalls;
    expect(calls).toHaveLength(2);
    for (const call of calls) expect(() => JSON.parse(call.arguments)).toThrow();
  });

  it('tool-unknown: calls not_a_tool', async () => {
    const out = await json(body, fault('tool-unknown'));
    expect(calledNames(out)[0]).toBe('not_a_tool');
  });

  it('a tool fault calls a tool even when the prompt names none', async () => {
    const out = await json({ ...body, messages: user('Hello') }, fault('tool-args-invalid'));
    expect(calledNames(out)).toEqual(['get_weather']);
  });

  it('output-not-json: structured output that does not parse', async () => {
    for (const response_format of [
      { type: 'json_object' },
      { type: 'json_schema', json_schema: { name: 'w', schema: WEATHER } },
    ]) {
      const text =
        (
          await json(
            { model: 'plain-demo', messages: user('data'), response_format },
            fault('output-not-json'),
          )
        ).choices[0]?.message.content ?? '';
      expect(text.length).toBeGreaterThan(5);
      expect(() => JSON.parse(text)).toThrow();
    }
  });

  it('combines with a stream fault', async () => {
    const { data } = await streamed(server.url, body, fault('tool-unknown, error-after=3'));
    expect(JSON.parse(data.at(-1) ?? '{}').error.detail).toMatch(/after 3 tokens/);
    expect(assemble(data.slice(0, -1)).toolCalls[0]?.name).toBe('not_a_tool');
  });

  it('is ignored without test hooks', async () => {
    const plain = await listen(createApp({ ...OPTIONS, testHooks: false }).fetch);
    try {
      const res = await postChat(plain.url, body, fault('tool-unknown'));
      expect(((await res.json()) as WireCompletion).choices[0]?.message.tool_calls?.[0]?.function.name).toBe(
        'get_weather',
      );
    } finally {
      await plain.close();
    }
  });
});

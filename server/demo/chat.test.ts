import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import {
  DEMO_BASE as BASE,
  chunksOf,
  complete,
  contentChunks,
  MESSAGES as messages,
  DEMO_OPTIONS as OPTIONS,
  postChat,
  streamed,
} from '../testing/demoClient.ts';
import { type Listening, listen } from '../testing/listen.ts';

let server: Listening;
beforeAll(async () => {
  server = await listen(createApp(OPTIONS).fetch);
});
afterAll(() => server.close());

describe('demo chat completions', () => {
  const body = { model: 'structured-demo', messages, seed: 7, temperature: 1 };

  it('streams role, tokens, finish_reason, usage, then [DONE]', async () => {
    const { data, error } = await streamed(server.url, { ...body, stream_options: { include_usage: true } });
    expect(error).toBeUndefined();
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = chunksOf(data);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    const usageChunk = chunks.at(-1);
    expect(usageChunk?.choices).toEqual([]);
    const finish = chunks.at(-2)?.choices[0];
    expect(finish?.finish_reason).toBe('stop');
    const tokens = contentChunks(data);
    expect(usageChunk?.usage?.completion_tokens).toBe(tokens.length);
  });

  it('reassembles into the same text as the JSON response for the same seed', async () => {
    const json = await complete(server.url, body);
    const { data } = await streamed(server.url, body);
    const text = chunksOf(data)
      .map((c) => c.choices[0]?.delta.content ?? '')
      .join('');
    expect(text).toBe(json.choices[0]?.message.content);
    expect(json.usage?.total_tokens).toBe(
      (json.usage?.prompt_tokens ?? 0) + (json.usage?.completion_tokens ?? 0),
    );
  });

  it('omits usage when not asked for', async () => {
    const chunks = chunksOf((await streamed(server.url, body)).data);
    expect(chunks.some((c) => c.usage)).toBe(false);
  });

  it('reproduces with a seed; seeds differ at temperature 1 but not at 0', async () => {
    const content = async (b: Record<string, unknown>) =>
      (await complete(server.url, b)).choices[0]?.message.content;
    expect(await content(body)).toBe(await content(body));
    expect(await content({ ...body, seed: 8 })).not.toBe(await content(body));
    expect(await content({ ...body, temperature: 0, seed: 8 })).toBe(
      await content({ ...body, temperature: 0 }),
    );
  });

  it('caps at max_tokens with finish_reason length', async () => {
    const json = await complete(server.url, { ...body, max_tokens: 9 });
    expect(json.choices[0]?.finish_reason).toBe('length');
    expect(json.usage?.completion_tokens).toBe(9);
  });

  it('honours a stop sequence', async () => {
    const json = await complete(server.url, { ...body, stop: '\n' });
    expect(json.choices[0]?.message.content).not.toContain('\n');
    expect(json.choices[0]?.message.content?.startsWith('## ')).toBe(true);
    expect(json.choices[0]?.finish_reason).toBe('stop');
  });

  it('returns n choices and counts tokens across all of them', async () => {
    const json = await complete(server.url, { ...body, n: 3 });
    expect(json.choices.map((c) => c.index)).toEqual([0, 1, 2]);
    const { tokenize } = await import('./tokens');
    const total = json.choices.reduce((s, c) => s + tokenize(c.message.content ?? '').length, 0);
    expect(json.usage?.completion_tokens).toBe(total);
  });

  it('returns parseable JSON for response_format json_object', async () => {
    const json = await complete(server.url, { ...body, response_format: { type: 'json_object' } });
    expect(() => JSON.parse(json.choices[0]?.message.content ?? '')).not.toThrow();
  });
});

describe('demo request validation', () => {
  // Oxen's shape (type, title, detail, status_message) with OpenAI's message / code / param alongside.
  const cases: Array<[string, unknown, number, string, string, string | null]> = [
    [
      'missing model',
      { messages },
      400,
      'You must specify a model to call',
      'missing_required_parameter',
      'model',
    ],
    [
      'unknown model',
      { model: 'gpt-nope', messages },
      404,
      'Model not found: gpt-nope',
      'model_not_found',
      'model',
    ],
    [
      'empty messages',
      { model: 'plain-demo', messages: [] },
      400,
      'Messages array cannot be empty',
      'invalid_value',
      'messages',
    ],
    [
      'out of range',
      { model: 'claude-sonnet-4-20250514', messages, temperature: 1.2 },
      400,
      'temperature must be <= 1',
      'invalid_value',
      'temperature',
    ],
    [
      'reasoning temperature',
      { model: 'reasoning-mini-demo', messages, temperature: 0.5 },
      400,
      "Unsupported parameter: 'temperature' is not supported with this model.",
      'unsupported_parameter',
      'temperature',
    ],
    [
      'tool message without tool_call_id',
      {
        model: 'plain-demo',
        messages: [...messages, { role: 'assistant', content: 'ok' }, { role: 'tool', content: '42' }],
      },
      400,
      'messages[2].tool_call_id is required',
      'missing_required_parameter',
      'messages',
    ],
    [
      'tool_choice naming no tool',
      {
        model: 'structured-demo',
        messages,
        tools: [{ type: 'function', function: { name: 'get_time' } }],
        tool_choice: { type: 'function', function: { name: 'get_date' } },
      },
      400,
      "tool_choice names the function 'get_date', which is not in tools",
      'invalid_value',
      'tool_choice',
    ],
  ];
  it.each(cases)('%s', async (_name, body, status, message, code, param) => {
    const res = await postChat(server.url, body);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({
      error: { type: expect.any(String), title: expect.any(String), detail: message, message, code, param },
      status: 'error',
      status_message: message,
    });
  });

  it('rejects a body that is not JSON', async () => {
    const res = await fetch(`${server.url}${BASE}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.type).toBe('invalid_request_error');
  });
});

describe('demo task answers', () => {
  const ask = (model: string, content: string, extra: Record<string, unknown> = {}) =>
    complete(server.url, { model, messages: [{ role: 'user', content }], ...extra }).then(
      (json) => json.choices[0]?.message.content,
    );

  it('answers a recognised task in the model style, whatever the seed', async () => {
    expect(await ask('claude-sonnet-4-20250514', 'What is the capital of France?', { seed: 1 })).toBe(
      'The capital of France is Paris.',
    );
    expect(await ask('claude-sonnet-4-20250514', 'What is the capital of France?', { seed: 2 })).toBe(
      'The capital of France is Paris.',
    );
    expect(await ask('structured-demo', 'What is 17 + 25?', { temperature: 2 })).toMatch(/^4[123]$/);
    expect(await ask('reasoning-mini-demo', 'Classify the sentiment of: I loved it')).toMatch(
      /^(positive|negative)$/,
    );
  });

  it('gives the same grid twice: every model, every case, streamed or not', async () => {
    const cases = ['What is 6 * 7?', 'What is the capital of Peru?', 'Classify the sentiment of: awful food'];
    const models = ['plain-demo', 'fast-demo', 'vision-demo'];
    const grid = async (seed: number) => {
      const out: Array<string | null | undefined> = [];
      for (const model of models) for (const c of cases) out.push(await ask(model, c, { seed }));
      return out;
    };
    const first = await grid(1);
    expect(await grid(2)).toEqual(first);
    const { data } = await streamed(server.url, {
      model: 'fast-demo',
      messages: [{ role: 'user', content: cases[0] }],
    });
    expect(
      contentChunks(data)
        .map((c) => c.choices[0]?.delta.content)
        .join(''),
    ).toBe(first[3]);
  });
});

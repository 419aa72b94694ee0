import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletion, ChatCompletionChunk } from '../../src/lib/api/types';
import { createApp, type ServerOptions } from '../app';
import { type Listening, listen, readSse } from '../testing/listen';

const OPTIONS: ServerOptions = {
  oxenUpstream: 'http://127.0.0.1:9/api/ai',
  demoPace: 50,
  testHooks: true,
  log: () => {},
};
const BASE = '/demo/api/ai';
const messages = [{ role: 'user', content: 'Write a short example about streams' }];

let server: Listening;
beforeAll(async () => {
  server = await listen(createApp(OPTIONS).fetch);
});
afterAll(() => server.close());

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${BASE}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Demo-Pace': '10000', ...headers },
    body: JSON.stringify(body),
  });
}

async function complete(body: Record<string, unknown>): Promise<ChatCompletion> {
  const res = await post({ ...body, stream: false });
  expect(res.status).toBe(200);
  return (await res.json()) as ChatCompletion;
}

async function streamed(body: Record<string, unknown>, headers?: Record<string, string>) {
  const res = await post({ ...body, stream: true }, headers);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return readSse(res);
}

const chunksOf = (data: string[]) =>
  data.filter((d) => d !== '[DONE]').map((d) => JSON.parse(d) as ChatCompletionChunk);

describe('demo models', () => {
  it('lists every demo model without schemas', async () => {
    const list = await (await fetch(`${server.url}${BASE}/models`)).json();
    expect(list.object).toBe('list');
    const ids = list.data.map((m: { id: string }) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining(['claude-sonnet-4-20250514', 'reasoning-mini-demo', 'plain-demo']),
    );
    expect(list.data[0]).not.toHaveProperty('json_request_schema');
  });

  it('details carry the schema under either field name', async () => {
    const get = async (id: string) => (await fetch(`${server.url}${BASE}/models/${id}`)).json();
    const claude = await get('claude-sonnet-4-20250514');
    expect(claude.json_request_schema.properties.temperature.maximum).toBe(1);
    expect(claude.pricing).toEqual({
      method: 'token',
      input_cost_per_token: 3e-6,
      output_cost_per_token: 15e-6,
    });
    expect(claude).toMatchObject({ context_length: 200000, endpoint: '/chat/completions' });
    const reasoning = await get('reasoning-mini-demo');
    expect(reasoning).not.toHaveProperty('json_request_schema');
    expect(reasoning.request_schema.properties).toHaveProperty('reasoning_effort');
    expect(reasoning).not.toHaveProperty('unsupported');
    expect((await get('plain-demo')).json_request_schema).toBeNull();
  });

  it('404s an unknown model in the Oxen shape', async () => {
    const res = await fetch(`${server.url}${BASE}/models/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      error: { detail: 'Model not found: nope' },
      status: 'error',
      status_message: 'Model not found: nope',
    });
  });
});

describe('demo chat completions', () => {
  const body = { model: 'structured-demo', messages, seed: 7, temperature: 1 };

  it('streams role, tokens, finish_reason, usage, then [DONE]', async () => {
    const { data, error } = await streamed({ ...body, stream_options: { include_usage: true } });
    expect(error).toBeUndefined();
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = chunksOf(data);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    const usageChunk = chunks.at(-1);
    expect(usageChunk?.choices).toEqual([]);
    const finish = chunks.at(-2)?.choices[0];
    expect(finish?.finish_reason).toBe('stop');
    const tokens = chunks.filter((c) => c.choices[0]?.delta.content);
    expect(usageChunk?.usage?.completion_tokens).toBe(tokens.length);
  });

  it('reassembles into the same text as the JSON response for the same seed', async () => {
    const json = await complete(body);
    const { data } = await streamed(body);
    const text = chunksOf(data)
      .map((c) => c.choices[0]?.delta.content ?? '')
      .join('');
    expect(text).toBe(json.choices[0]?.message.content);
    expect(json.usage?.total_tokens).toBe(
      (json.usage?.prompt_tokens ?? 0) + (json.usage?.completion_tokens ?? 0),
    );
  });

  it('omits usage when not asked for', async () => {
    const chunks = chunksOf((await streamed(body)).data);
    expect(chunks.some((c) => c.usage)).toBe(false);
  });

  it('reproduces with a seed; seeds differ at temperature 1 but not at 0', async () => {
    const content = async (b: Record<string, unknown>) => (await complete(b)).choices[0]?.message.content;
    expect(await content(body)).toBe(await content(body));
    expect(await content({ ...body, seed: 8 })).not.toBe(await content(body));
    expect(await content({ ...body, temperature: 0, seed: 8 })).toBe(
      await content({ ...body, temperature: 0 }),
    );
  });

  it('caps at max_tokens with finish_reason length', async () => {
    const json = await complete({ ...body, max_tokens: 9 });
    expect(json.choices[0]?.finish_reason).toBe('length');
    expect(json.usage?.completion_tokens).toBe(9);
  });

  it('honours a stop sequence', async () => {
    const json = await complete({ ...body, stop: '\n' });
    expect(json.choices[0]?.message.content).not.toContain('\n');
    expect(json.choices[0]?.message.content?.startsWith('## ')).toBe(true);
    expect(json.choices[0]?.finish_reason).toBe('stop');
  });

  it('returns n choices and counts tokens across all of them', async () => {
    const json = await complete({ ...body, n: 3 });
    expect(json.choices.map((c) => c.index)).toEqual([0, 1, 2]);
    const { tokenize } = await import('./tokens');
    const total = json.choices.reduce((s, c) => s + tokenize(c.message.content ?? '').length, 0);
    expect(json.usage?.completion_tokens).toBe(total);
  });

  it('returns parseable JSON for response_format json_object', async () => {
    const json = await complete({ ...body, response_format: { type: 'json_object' } });
    expect(() => JSON.parse(json.choices[0]?.message.content ?? '')).not.toThrow();
  });
});

describe('demo request validation', () => {
  const cases: Array<[string, unknown, number, string]> = [
    ['missing model', { messages }, 400, 'You must specify a model to call'],
    ['unknown model', { model: 'gpt-nope', messages }, 404, 'Model not found: gpt-nope'],
    ['empty messages', { model: 'plain-demo', messages: [] }, 400, 'Messages array cannot be empty'],
    [
      'out of range',
      { model: 'claude-sonnet-4-20250514', messages, temperature: 1.2 },
      400,
      'temperature must be <= 1',
    ],
    [
      'reasoning temperature',
      { model: 'reasoning-mini-demo', messages, temperature: 0.5 },
      400,
      "Unsupported parameter: 'temperature' is not supported with this model.",
    ],
  ];
  it.each(cases)('%s', async (_name, body, status, message) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({
      error: { type: expect.any(String), title: expect.any(String), detail: message },
      status: 'error',
      status_message: message,
    });
  });

  it('rejects a body that is not JSON', async () => {
    const res = await fetch(`${server.url}${BASE}/chat/completions`, { method: 'POST', body: '{oops' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.type).toBe('invalid_request_error');
  });
});

describe('test hooks and pacing', () => {
  const body = { model: 'plain-demo', messages, seed: 1 };

  it('cut-after closes the connection without [DONE]', async () => {
    const { data, error } = await streamed(body, { 'X-Demo-Fault': 'cut-after=4' });
    expect(error).toBeDefined();
    expect(data).not.toContain('[DONE]');
    expect(chunksOf(data).filter((c) => c.choices[0]?.delta.content)).toHaveLength(4);
  });

  it('error-after sends an error event and ends the stream', async () => {
    const { data, error } = await streamed(body, { 'X-Demo-Fault': 'error-after=3' });
    expect(error).toBeUndefined();
    expect(data).not.toContain('[DONE]');
    const last = JSON.parse(data.at(-1) ?? '{}');
    expect(last.error.detail).toMatch(/after 3 tokens/);
    expect(data.filter((d) => d.includes('"content":"') && !d.includes('"content":""'))).toHaveLength(3);
  });

  it('ignores X-Demo-Fault without test hooks', async () => {
    const plain = await listen(createApp({ ...OPTIONS, testHooks: false }).fetch);
    try {
      const res = await fetch(`${plain.url}${BASE}/chat/completions`, {
        method: 'POST',
        headers: { 'X-Demo-Fault': 'cut-after=1', 'X-Demo-Pace': '10000' },
        body: JSON.stringify({ ...body, stream: true }),
      });
      expect((await readSse(res)).data.at(-1)).toBe('[DONE]');
    } finally {
      await plain.close();
    }
  });

  it('paces tokens per X-Demo-Pace', async () => {
    const started = performance.now();
    const { data } = await streamed({ ...body, max_tokens: 20 }, { 'X-Demo-Pace': '100' });
    const elapsed = performance.now() - started;
    expect(data.at(-1)).toBe('[DONE]');
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(1500);
  });

  it('keeps six concurrent 300 tok/s streams on pace', async () => {
    const run = async () => {
      const started = performance.now();
      const { data } = await streamed({ ...body, max_tokens: 90 }, { 'X-Demo-Pace': '300' });
      return { data, elapsed: performance.now() - started };
    };
    const results = await Promise.all(Array.from({ length: 6 }, run));
    for (const { data, elapsed } of results) {
      expect(data.at(-1)).toBe('[DONE]');
      // 90 tokens at 300/s is 300 ms; generous headroom for a loaded CI machine.
      expect(elapsed).toBeGreaterThan(250);
      expect(elapsed).toBeLessThan(1200);
    }
  });
});

describe('demo API key', () => {
  let locked: Listening;
  beforeAll(async () => {
    locked = await listen(createApp({ ...OPTIONS, demoApiKey: 'sekret' }).fetch);
  });
  afterAll(() => locked.close());

  it('answers 401 without the key and 200 with it', async () => {
    const denied = await fetch(`${locked.url}${BASE}/models`);
    expect(denied.status).toBe(401);
    expect(await denied.json()).toEqual({
      error: { type: 'unauthenticated', title: 'Unauthorized', detail: 'unauthenticated' },
      status: 'error',
      status_message: 'unauthenticated',
    });
    const wrong = await fetch(`${locked.url}${BASE}/models`, { headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`${locked.url}${BASE}/models`, { headers: { Authorization: 'Bearer sekret' } });
    expect(ok.status).toBe(200);
  });
});

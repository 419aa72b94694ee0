import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { DEMO_BASE as BASE, DEMO_OPTIONS as OPTIONS } from '../testing/demoClient.ts';
import { send } from '../testing/http.ts';
import { type Listening, listen } from '../testing/listen.ts';

let server: Listening;
beforeAll(async () => {
  server = await listen(createApp(OPTIONS).fetch);
});
afterAll(() => server.close());

describe('demo models', () => {
  it('lists every demo model without schemas', async () => {
    const list = await (await fetch(`${server.url}${BASE}/models`)).json();
    expect(list.object).toBe('list');
    const ids = list.data.map((m: { id: string }) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining(['claude-sonnet-4-20250514', 'reasoning-mini-demo', 'plain-demo', 'fast-demo']),
    );
    expect(ids).toEqual(
      expect.arrayContaining(['pixel-art-demo', 'sketch-demo', 'clip-demo', 'image-chat-demo']),
    );
    expect(ids).toHaveLength(11);
    expect(list.data[0]).not.toHaveProperty('json_request_schema');
  });

  it('keeps the demo-only traits (error rate, answer style, pace) to itself', async () => {
    const list = await (await fetch(`${server.url}${BASE}/models`)).json();
    const fast = await (await fetch(`${server.url}${BASE}/models/fast-demo`)).json();
    expect(fast).toMatchObject({ display_name: 'Fast (demo)', json_request_schema: { type: 'object' } });
    for (const model of [...list.data, fast]) {
      for (const key of ['errorRate', 'answerStyle', 'pace', 'brief', 'reasoning', 'unsupported']) {
        expect(model).not.toHaveProperty(key);
      }
    }
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
    const pixel = await get('pixel-art-demo');
    expect(pixel).toMatchObject({
      endpoint: '/images/generate',
      capabilities: { output: ['image'] },
      pricing: { method: 'per_image', cost_per_image: 0.04 },
      request_schema: { required: ['prompt'], properties: { aspect_ratio: { default: '1:1' } } },
    });
    expect(pixel).not.toHaveProperty('context_length');
    expect((await get('clip-demo')).pricing).toMatchObject({ method: 'per_video_output_second' });
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

describe('demo methods', () => {
  it.each<[string, string, string]>([
    ['/models', 'POST', 'GET, HEAD'],
    ['/models', 'DELETE', 'GET, HEAD'],
    ['/models/plain-demo', 'PUT', 'GET, HEAD'],
    ['/chat/completions', 'GET', 'POST'],
    ['/chat/completions', 'PUT', 'POST'],
    ['/chat/completions', 'PATCH', 'POST'],
    ['/chat/completions', 'OPTIONS', 'POST'],
    ['/chat/completions', 'TRACE', 'POST'],
    ['/queue', 'GET', 'POST'],
    ['/queue/gen-1', 'PUT', 'GET, HEAD, DELETE'],
    ['/images/generate', 'GET', 'POST'],
    ['/videos/generate', 'GET', 'POST'],
    ['/media/x-0.png', 'POST', 'GET, HEAD'],
  ])('%s answers %s with 405 and Allow: %s', async (path, method, allow) => {
    const res = await send(server.url, { method, path: `${BASE}${path}` });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe(allow);
    expect(JSON.parse(res.body)).toMatchObject({ status: 'error', error: { title: 'Method Not Allowed' } });
  });

  it('still answers HEAD for what GET answers, and 404 for paths it does not have', async () => {
    expect((await send(server.url, { method: 'HEAD', path: `${BASE}/models` })).status).toBe(200);
    expect((await send(server.url, { method: 'PUT', path: `${BASE}/nothing-here` })).status).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { type CapturedRequest, CaptureStore } from './capture.ts';
import { type Listening, listen, readSse } from './testing/listen.ts';

const opts = { oxenUpstream: 'http://127.0.0.1:9', demoPace: 50, log: () => {} };

describe('capture endpoints', () => {
  let server: Listening;
  beforeAll(async () => {
    server = await listen(createApp({ ...opts, testHooks: true }).fetch);
  });
  afterAll(() => server.close());

  const body = '{"model":"some-provider/unknown-model","messages":[{"role":"user","content":"hi"}],"seed":1}';

  it('records the raw request and answers like the demo', async () => {
    const res = await fetch(`${server.url}/__capture/tok-1/chat/completions?v=2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer test-key', 'X-Custom': 'Yes' },
      body,
    });
    expect(res.status).toBe(200);
    const completion = await res.json();
    expect(completion.object).toBe('chat.completion');
    expect(completion.model).toBe('some-provider/unknown-model');
    expect(completion.choices[0].message.content.length).toBeGreaterThan(0);

    const recorded = (await (await fetch(`${server.url}/__capture/tok-1`)).json()) as CapturedRequest[];
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      method: 'POST',
      path: '/__capture/tok-1/chat/completions?v=2',
      body,
    });
    expect(recorded[0]?.headers).toMatchObject({ authorization: 'Bearer test-key', 'x-custom': 'Yes' });
  });

  it('streams when the body asks to, and keeps tokens apart', async () => {
    const streamBody = JSON.stringify({ ...JSON.parse(body), stream: true });
    const res = await fetch(`${server.url}/__capture/tok-2/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Demo-Pace': '10000' },
      body: streamBody,
    });
    expect((await readSse(res)).data.at(-1)).toBe('[DONE]');
    const recorded = await (await fetch(`${server.url}/__capture/tok-2`)).json();
    expect(recorded.map((r: CapturedRequest) => r.body)).toEqual([streamBody]);
    expect(await (await fetch(`${server.url}/__capture/never-used`)).json()).toEqual([]);
  });

  it('still records a body that is not JSON, then answers 400', async () => {
    const res = await fetch(`${server.url}/__capture/tok-3/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: 'nope',
    });
    expect(res.status).toBe(400);
    expect((await (await fetch(`${server.url}/__capture/tok-3`)).json())[0].body).toBe('nope');
  });

  it('answers 405 to methods it does not use', async () => {
    const put = await fetch(`${server.url}/__capture/tok-4/chat/completions`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('POST');
    const del = await fetch(`${server.url}/__capture/tok-4`, { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD');
  });

  it('does not exist without test hooks', async () => {
    const res = await createApp({ ...opts, testHooks: false }).request('/__capture/tok-1');
    expect(res.status).toBe(404);
  });
});

describe('CaptureStore', () => {
  const entry = (n: number): CapturedRequest => ({ method: 'POST', path: '/', headers: {}, body: String(n) });

  it('keeps the newest 200 requests per token', () => {
    const store = new CaptureStore();
    for (let i = 0; i < 250; i++) store.record('t', entry(i));
    const list = store.list('t');
    expect(list).toHaveLength(200);
    expect(list[0]?.body).toBe('50');
  });

  it('forgets the oldest token beyond 1000', () => {
    const store = new CaptureStore();
    for (let i = 0; i <= 1000; i++) store.record(`t${i}`, entry(i));
    expect(store.list('t0')).toEqual([]);
    expect(store.list('t1')).toHaveLength(1);
    expect(store.list('t1000')).toHaveLength(1);
  });
});

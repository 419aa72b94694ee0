import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { MESSAGES as messages, DEMO_OPTIONS as OPTIONS, postChat } from '../testing/demoClient.ts';
import { type Listening, listen } from '../testing/listen.ts';

// The request faults over a real socket: each test uses its own N, since the server keeps one limiter and
// one counter per N for its lifetime.
let server: Listening;
beforeAll(async () => {
  server = await listen(createApp(OPTIONS).fetch);
});
afterAll(() => server.close());

const body = { model: 'plain-demo', messages, seed: 1, max_tokens: 5 };
const send = (fault: string, stream = false) =>
  postChat(server.url, { ...body, stream }, { 'X-Demo-Fault': fault });

async function statuses(fault: string, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await send(fault);
    await res.arrayBuffer();
    out.push(res.status);
  }
  return out;
}

describe('X-Demo-Fault rate-limit', () => {
  it('answers 429 with Retry-After and an Oxen-style error body, streamed or not', async () => {
    expect((await statuses('rate-limit=1', 1))[0]).toBe(200);
    const res = await send('rate-limit=1', true);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const message = 'Rate limit reached: the limit is 1 per second (X-Demo-Fault rate-limit)';
    expect(await res.json()).toEqual({
      error: {
        type: 'rate_limit_error',
        title: 'Too Many Requests',
        detail: message,
        message,
        code: 'rate_limit_exceeded',
        param: null,
      },
      status: 'error',
      status_message: message,
    });
  });

  it('takes its Retry-After from retry-after=S', async () => {
    const res = await send('rate-limit=0, retry-after=7');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
  });

  it('lets N through per rolling second, then N again once the window has passed', async () => {
    const started = performance.now();
    const first = await statuses('rate-limit=3', 5);
    // The five must fall within one window for the count to mean anything.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(first).toEqual([200, 200, 200, 429, 429]);
    await new Promise((r) => setTimeout(r, 1050));
    expect(await statuses('rate-limit=3', 4)).toEqual([200, 200, 200, 429]);
  });

  it('lets N through among concurrent requests', async () => {
    const all = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const res = await send('rate-limit=4');
        await res.arrayBuffer();
        return res.status;
      }),
    );
    expect(all.filter((s) => s === 200)).toHaveLength(4);
    expect(all.filter((s) => s === 429)).toHaveLength(4);
  });
});

describe('X-Demo-Fault error-500-every', () => {
  it('fails exactly every Nth request with an error body and serves the rest', async () => {
    expect(await statuses('error-500-every=3', 9)).toEqual([200, 200, 500, 200, 200, 500, 200, 200, 500]);
    const ok = await send('error-500-every=2');
    expect(ok.status).toBe(200);
    expect((await ok.json()).choices[0].message.content).toBeTruthy();
    const failed = await send('error-500-every=2');
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject({
      error: {
        type: 'server_error',
        title: 'Internal Server Error',
        detail: expect.stringMatching(/request 2/),
      },
      status: 'error',
    });
  });
});

describe('request faults without test hooks', () => {
  it('are ignored', async () => {
    const plain = await listen(createApp({ ...OPTIONS, testHooks: false }).fetch);
    try {
      for (const fault of ['rate-limit=0', 'error-500-every=1']) {
        const res = await postChat(plain.url, body, { 'X-Demo-Fault': fault });
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
    } finally {
      await plain.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import {
  DEMO_BASE as BASE,
  contentChunks,
  MESSAGES as messages,
  DEMO_OPTIONS as OPTIONS,
  streamed,
} from '../testing/demoClient.ts';
import { type Listening, listen, readSse } from '../testing/listen.ts';

let server: Listening;
beforeAll(async () => {
  server = await listen(createApp(OPTIONS).fetch);
});
afterAll(() => server.close());

describe('test hooks and pacing', () => {
  const body = { model: 'plain-demo', messages, seed: 1 };

  it('cut-after closes the connection without [DONE]', async () => {
    const { data, error } = await streamed(server.url, body, { 'X-Demo-Fault': 'cut-after=4' });
    expect(error).toBeDefined();
    expect(data).not.toContain('[DONE]');
    expect(contentChunks(data)).toHaveLength(4);
  });

  it('error-after sends an error event and ends the stream', async () => {
    const { data, error } = await streamed(server.url, body, { 'X-Demo-Fault': 'error-after=3' });
    expect(error).toBeUndefined();
    expect(data).not.toContain('[DONE]');
    const last = JSON.parse(data.at(-1) ?? '{}');
    expect(last.error.detail).toMatch(/after 3 tokens/);
    expect(contentChunks(data.slice(0, -1))).toHaveLength(3);
  });

  it('ignores X-Demo-Fault without test hooks', async () => {
    const plain = await listen(createApp({ ...OPTIONS, testHooks: false }).fetch);
    try {
      const res = await fetch(`${plain.url}${BASE}/chat/completions`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Demo-Fault': 'cut-after=1',
          'X-Demo-Pace': '10000',
        },
        body: JSON.stringify({ ...body, stream: true }),
      });
      expect((await readSse(res)).data.at(-1)).toBe('[DONE]');
    } finally {
      await plain.close();
    }
  });

  it('paces tokens per X-Demo-Pace', async () => {
    const started = performance.now();
    const { data } = await streamed(server.url, { ...body, max_tokens: 20 }, { 'X-Demo-Pace': '100' });
    const elapsed = performance.now() - started;
    expect(data.at(-1)).toBe('[DONE]');
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(1500);
  });

  it('streams fast-demo at the maximum pace without X-Demo-Pace, and the header still wins', async () => {
    const timed = async (maxTokens: number, headers: Record<string, string>) => {
      const started = performance.now();
      const res = await fetch(`${server.url}${BASE}/chat/completions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({
          model: 'fast-demo',
          messages: [{ role: 'user', content: 'Write 400 words about streams' }],
          max_tokens: maxTokens,
          stream: true,
        }),
      });
      const { data } = await readSse(res);
      return { tokens: contentChunks(data).length, elapsed: performance.now() - started };
    };
    // 200 tokens at the server's own 50 tokens/s would take 4 s.
    const fast = await timed(200, {});
    expect(fast.tokens).toBe(200);
    expect(fast.elapsed).toBeLessThan(1000);
    const paced = await timed(20, { 'X-Demo-Pace': '100' });
    expect(paced.tokens).toBe(20);
    expect(paced.elapsed).toBeGreaterThanOrEqual(150);
  });

  it('keeps six concurrent 300 tok/s streams on pace', async () => {
    const run = async () => {
      const started = performance.now();
      const { data } = await streamed(server.url, { ...body, max_tokens: 90 }, { 'X-Demo-Pace': '300' });
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

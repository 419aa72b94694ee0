import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { MAX_BODY_BYTES } from './limits.ts';
import { DEMO_OPTIONS } from './testing/demoClient.ts';
import { upload } from './testing/http.ts';
import { type Listening, listen } from './testing/listen.ts';
import { type StandIn, standIn } from './testing/standIn.ts';

const MB = 1024 * 1024;
const CHAT = '/demo/api/ai/chat/completions';

describe('request body limit over sockets', () => {
  let server: Listening;
  let upstream: StandIn;
  beforeAll(async () => {
    upstream = await standIn((req, res) => res.end(JSON.stringify({ received: req.body.length })));
    server = await listen(createApp({ ...DEMO_OPTIONS, oxenUpstream: `${upstream.url}/api/ai` }).fetch);
  });
  afterAll(() => Promise.all([server.close(), upstream.close()]));

  const expectTooLarge = (result: { status: number; body: string }) => {
    expect(result.status).toBe(413);
    const body = JSON.parse(result.body);
    expect(body.status).toBe('error');
    expect(body.error.detail).toMatch(/larger than the 25 MB limit/);
  };

  it('is 25 MB', () => {
    expect(MAX_BODY_BYTES).toBe(25 * MB);
  });

  it('refuses a declared Content-Length over the limit before a byte of it is sent', async () => {
    for (const path of [CHAT, '/proxy/oxen/chat/completions', '/__capture/tok/chat/completions']) {
      const result = await upload(server.url, path, { totalBytes: 0, declaredLength: 300 * MB });
      expectTooLarge(result);
      expect(result.bytesSent).toBe(0);
    }
    expect(upstream.seen).toHaveLength(0);
  });

  it('refuses a chunked body once it passes the limit', async () => {
    for (const path of [CHAT, '/proxy/oxen/chat/completions', '/__capture/tok/chat/completions']) {
      expectTooLarge(await upload(server.url, path, { totalBytes: 30 * MB }));
    }
    expect(upstream.seen).toHaveLength(0);
  });

  it('cuts a 300 MB chunked upload off without holding it', async () => {
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    try {
      const result = await upload(server.url, CHAT, { totalBytes: 300 * MB });
      expectTooLarge(result);
      // The server answered and hung up long before the client was done.
      expect(result.bytesSent).toBeLessThan(100 * MB);
    } finally {
      clearInterval(sampler);
    }
    // Client and server share this process: the limit's worth of buffer plus slack (without the limit the
    // peak is several times the upload, as the body is held as bytes and again as text).
    expect(peak - baseline).toBeLessThan(150 * MB);
  });

  it('passes a body just under the limit through the proxy', async () => {
    const size = MAX_BODY_BYTES - MB;
    const result = await upload(server.url, '/proxy/oxen/chat/completions', {
      totalBytes: size,
      declaredLength: size,
    });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ received: size });
    const chunked = await upload(server.url, '/proxy/oxen/chat/completions', { totalBytes: size });
    expect(JSON.parse(chunked.body)).toEqual({ received: size });
  });
});

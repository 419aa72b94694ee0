import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { upstreamUrl } from './proxy.ts';
import { send } from './testing/http.ts';
import { type Listening, listen, readSse } from './testing/listen.ts';
import { rawRequest, type StandIn, standIn } from './testing/standIn.ts';

describe('upstreamUrl', () => {
  const up = 'https://hub.example/api/ai';
  it('appends the rest of the path and the query', () => {
    expect(upstreamUrl(up, '/models', '?developer_name=openai')?.href).toBe(
      'https://hub.example/api/ai/models?developer_name=openai',
    );
    expect(upstreamUrl(`${up}/`, '/chat/completions', '')?.href).toBe(
      'https://hub.example/api/ai/chat/completions',
    );
  });

  it('refuses paths that climb out of the base path', () => {
    expect(upstreamUrl(up, '/../x', '')).toBeNull();
    expect(upstreamUrl(up, '/%2e%2e/%2E%2E/x', '')).toBeNull();
    expect(upstreamUrl(up, '/..\\x', '')).toBeNull();
  });

  it('never lets the path pick the host', () => {
    for (const rest of [
      '//evil.example/x',
      '/http://evil.example/x',
      '/\\\\evil.example/x',
      '@evil.example',
    ]) {
      expect(upstreamUrl(up, rest, '')?.host ?? 'hub.example').toBe('hub.example');
    }
    expect(upstreamUrl('http://127.0.0.1:9', '//evil.example/x', '')?.host).toBe('127.0.0.1:9');
  });
});

describe('Oxen proxy over sockets', () => {
  let upstream: StandIn;
  let elsewhere: StandIn;
  let server: Listening;
  const logs: string[] = [];
  let respond: (res: import('node:http').ServerResponse) => void = (res) => res.end('{}');

  beforeAll(async () => {
    upstream = await standIn((_req, res) => respond(res));
    elsewhere = await standIn((_req, res) => res.end('reached the wrong host'));
    const opts = { oxenUpstream: `${upstream.url}/api/ai`, demoPace: 50, testHooks: false };
    server = await listen(createApp({ ...opts, log: (line) => logs.push(line) }).fetch);
  });
  afterAll(async () => {
    await Promise.all([server.close(), upstream.close(), elsewhere.close()]);
  });
  afterEach(() => {
    expect(elsewhere.seen).toHaveLength(0);
  });

  it('forwards method, path, query, body and the allowed headers only', async () => {
    respond = (res) => {
      res.writeHead(201, { 'Content-Type': 'application/json', 'Set-Cookie': 'a=b', 'X-Upstream': 'yes' });
      res.end('{"created":true}');
    };
    const res = await fetch(`${server.url}/proxy/oxen/chat/completions?x=1&y=two`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer sk-secret-123',
        'Content-Type': 'application/json',
        Accept: 'text/event-stream',
        Cookie: 'session=abc',
        'X-Private': 'no',
      },
      body: '{"model":"m"}',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ created: true });
    expect(res.headers.get('x-upstream')).toBe('yes');
    expect(res.headers.get('set-cookie')).toBeNull();
    const seen = upstream.seen.at(-1);
    expect(seen).toMatchObject({
      method: 'POST',
      url: '/api/ai/chat/completions?x=1&y=two',
      body: '{"model":"m"}',
    });
    expect(seen?.headers).toMatchObject({
      authorization: 'Bearer sk-secret-123',
      'content-type': 'application/json',
      accept: 'text/event-stream',
    });
    expect(seen?.headers.cookie).toBeUndefined();
    expect(seen?.headers['x-private']).toBeUndefined();
  });

  it('streams: the first chunk arrives before the upstream finishes', async () => {
    respond = (res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write('data: first\n\n');
      setTimeout(() => res.end('data: second\n\ndata: [DONE]\n\n'), 500);
    };
    const started = performance.now();
    const res = await fetch(`${server.url}/proxy/oxen/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    const reader = res.body?.getReader();
    const first = await reader?.read();
    const firstAt = performance.now() - started;
    expect(new TextDecoder().decode(first?.value)).toBe('data: first\n\n');
    expect(firstAt).toBeLessThan(400);
    let rest = '';
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      rest += new TextDecoder().decode(chunk.value);
    }
    expect(rest).toBe('data: second\n\ndata: [DONE]\n\n');
    expect(performance.now() - started).toBeGreaterThanOrEqual(450);
  });

  it('aborts the upstream request when the client disconnects', async () => {
    let closed: () => void = () => {};
    const upstreamClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    respond = (res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write('data: first\n\n');
      res.on('close', () => closed());
    };
    const abort = new AbortController();
    const res = await fetch(`${server.url}/proxy/oxen/slow`, { signal: abort.signal });
    await res.body?.getReader().read();
    abort.abort();
    await expect(
      Promise.race([
        upstreamClosed.then(() => 'closed'),
        new Promise((r) => setTimeout(() => r('open'), 2000)),
      ]),
    ).resolves.toBe('closed');
  });

  it('stays on the upstream whatever the path says', async () => {
    respond = (res) => {
      res.writeHead(404);
      res.end();
    };
    const port = new URL(elsewhere.url).port;
    const targets = [
      '/proxy/oxen/../../x',
      '/proxy/oxen/%2e%2e/%2e%2e/x',
      `/proxy/oxen//127.0.0.1:${port}/x`,
      `/proxy/oxen/http://127.0.0.1:${port}/x`,
      `/proxy/oxen/@127.0.0.1:${port}/x`,
      `${elsewhere.url}/proxy/oxen/x`,
    ];
    for (const target of targets) {
      const status = await rawRequest(server.url, target);
      expect(status, target).toBeGreaterThanOrEqual(400);
    }
    for (const seen of upstream.seen) expect(seen.url.startsWith('/api/ai/')).toBe(true);
  });

  it('hands redirects back instead of following them', async () => {
    respond = (res) => {
      res.writeHead(302, { Location: `${elsewhere.url}/stolen` });
      res.end();
    };
    const res = await fetch(`${server.url}/proxy/oxen/models`, { redirect: 'manual' });
    expect(res.status).toBe(302);
  });

  it('logs method, path, status and duration, never the key or the query', async () => {
    respond = (res) => res.end('{}');
    await fetch(`${server.url}/proxy/oxen/models?api_key=sk-secret-123`, {
      headers: { Authorization: 'Bearer sk-secret-123' },
    });
    const line = logs.at(-1) ?? '';
    expect(line).toMatch(/^GET \/proxy\/oxen\/models 200 \d+ms$/);
    expect(logs.join('\n')).not.toContain('sk-secret-123');
  });
});

describe('Oxen proxy with the upstream down', () => {
  it('answers 502 with an Oxen-style error', async () => {
    const gone = await standIn((_req, res) => res.end());
    await gone.close();
    const server = await listen(
      createApp({ oxenUpstream: `${gone.url}/api/ai`, demoPace: 50, testHooks: false, log: () => {} }).fetch,
    );
    try {
      const res = await fetch(`${server.url}/proxy/oxen/models`);
      expect(res.status).toBe(502);
      const body = await res.json();
      expect(body.status).toBe('error');
      expect(body.error.detail).toMatch(/could not be reached/);
    } finally {
      await server.close();
    }
  });
});

describe('Oxen proxy limits over sockets', () => {
  let upstream: StandIn;
  let server: Listening;
  let respond: (res: ServerResponse) => void = (res) => res.end('{}');
  let upstreamClosed: Promise<void> = Promise.resolve();

  beforeAll(async () => {
    upstream = await standIn((_req, res) => {
      upstreamClosed = new Promise((resolve) => res.on('close', () => resolve()));
      respond(res);
    });
    server = await listen(
      createApp({
        oxenUpstream: `${upstream.url}/api/ai`,
        demoPace: 50,
        testHooks: false,
        upstreamTimeoutMs: 300,
        upstreamIdleMs: 300,
        log: () => {},
      }).fetch,
    );
  });
  afterAll(() => Promise.all([server.close(), upstream.close()]));

  const settlesWithin = (promise: Promise<void>, ms: number) =>
    Promise.race([promise.then(() => 'settled'), new Promise((r) => setTimeout(() => r('pending'), ms))]);

  it('answers 504 naming the upstream when it sends no headers in time, and drops the request', async () => {
    respond = () => {};
    const started = performance.now();
    const res = await fetch(`${server.url}/proxy/oxen/models`);
    expect(res.status).toBe(504);
    expect(performance.now() - started).toBeLessThan(1500);
    const body = await res.json();
    expect(body.error.type).toBe('upstream_timeout');
    expect(body.error.detail).toBe(
      `The Oxen upstream (${new URL(upstream.url).host}) did not answer within 0.3 s`,
    );
    await expect(settlesWithin(upstreamClosed, 1000)).resolves.toBe('settled');
  });

  it('cuts a stream that goes silent and aborts the upstream', async () => {
    respond = (res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write('data: first\n\n');
    };
    const started = performance.now();
    const res = await fetch(`${server.url}/proxy/oxen/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    const { data, error } = await readSse(res);
    expect(data).toEqual(['first']);
    expect(error).toBeDefined();
    expect(performance.now() - started).toBeLessThan(2000);
    await expect(settlesWithin(upstreamClosed, 1000)).resolves.toBe('settled');
  });

  it('times each silence, not the whole stream', async () => {
    respond = (res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      let n = 0;
      const tick = setInterval(() => {
        n += 1;
        if (n < 6) res.write(`data: ${n}\n\n`);
        else {
          clearInterval(tick);
          res.end('data: [DONE]\n\n');
        }
      }, 100);
    };
    const res = await fetch(`${server.url}/proxy/oxen/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    const { data, error } = await readSse(res);
    expect(error).toBeUndefined();
    expect(data).toEqual(['1', '2', '3', '4', '5', '[DONE]']);
  });

  it('forwards GET, POST and DELETE only; anything else is 405 with Allow', async () => {
    respond = (res) => res.end('{}');
    const before = upstream.seen.length;
    for (const method of ['PUT', 'PATCH', 'OPTIONS', 'TRACE', 'HEAD']) {
      const res = await send(server.url, { method, path: '/proxy/oxen/models' });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, POST, DELETE');
      if (method !== 'HEAD') expect(JSON.parse(res.body).error.detail).toContain(`Method ${method}`);
    }
    expect(upstream.seen.length).toBe(before);
    const del = await send(server.url, { method: 'DELETE', path: '/proxy/oxen/queue/abc' });
    expect(del.status).toBe(200);
    expect(upstream.seen.at(-1)).toMatchObject({ method: 'DELETE', url: '/api/ai/queue/abc' });
  });

  it("drops the upstream's CORS headers and cookies, and adds ours", async () => {
    respond = (res) => {
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Headers': 'Authorization',
        'Access-Control-Expose-Headers': 'X-Upstream',
        'Access-Control-Max-Age': '600',
        'Set-Cookie': 'session=abc',
        'Referrer-Policy': 'unsafe-url',
        'X-Upstream': 'kept',
      });
      res.end('{}');
    };
    const res = await send(server.url, {
      path: '/proxy/oxen/models',
      headers: { Origin: 'https://evil.example' },
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['x-upstream']).toBe('kept');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

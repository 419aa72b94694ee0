import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { upstreamUrl } from './proxy.ts';
import { type Listening, listen } from './testing/listen.ts';
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
    const res = await fetch(`${server.url}/proxy/oxen/chat/completions`, { method: 'POST', body: '{}' });
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

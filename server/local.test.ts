import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, optionsFromEnv, type ServerOptions } from './app.ts';
import { allowedHostnames, hostnameOf, parseHostList } from './local.ts';
import { DEMO_OPTIONS, MESSAGES } from './testing/demoClient.ts';
import { send } from './testing/http.ts';
import { type Listening, listen } from './testing/listen.ts';
import { type StandIn, standIn } from './testing/standIn.ts';

const CHAT = '/demo/api/ai/chat/completions';
const chatBody = JSON.stringify({ model: 'plain-demo', messages: MESSAGES, max_tokens: 3 });

async function serve(opts: Partial<ServerOptions> = {}): Promise<Listening> {
  return listen(createApp({ ...DEMO_OPTIONS, ...opts }).fetch);
}

const portOf = (server: Listening) => new URL(server.url).port;

describe('hostnameOf and the allow-list', () => {
  it('keeps the hostname only, canonical', () => {
    expect(hostnameOf('LocalHost:5178')).toBe('localhost');
    expect(hostnameOf('[::1]:80')).toBe('[::1]');
    expect(hostnameOf('::1')).toBe('[::1]');
    expect(hostnameOf('127.0.0.1')).toBe('127.0.0.1');
  });

  it('refuses anything that is not a plain host', () => {
    for (const bad of ['', 'evil.example@127.0.0.1', '127.0.0.1\\@evil', 'a/b', 'localhost:port', ' ']) {
      expect(hostnameOf(bad), bad).toBeNull();
    }
  });

  it('always holds loopback, adds the extras and never a wildcard', () => {
    expect([...allowedHostnames()]).toEqual(['127.0.0.1', 'localhost', '[::1]']);
    const names = allowedHostnames(['Yoke.LAN:5178', '0.0.0.0', '::', '192.168.1.5']);
    expect(names.has('yoke.lan')).toBe(true);
    expect(names.has('192.168.1.5')).toBe(true);
    expect(names.has('0.0.0.0')).toBe(false);
    expect(names.has('[::]')).toBe(false);
    expect(parseHostList(' a.lan, ,b.lan ')).toEqual(['a.lan', 'b.lan']);
  });
});

describe('Host allow-list over sockets', () => {
  let server: Listening;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(() => server.close());

  it('answers loopback names on any port', async () => {
    const port = portOf(server);
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `[::1]:${port}`,
      'localhost:1',
      'LOCALHOST',
    ]) {
      const res = await send(server.url, { path: '/healthz', headers: { Host: host } });
      expect(res.status, host).toBe(200);
    }
  });

  it('refuses a foreign Host (DNS rebinding) with a 403 that says how to allow it', async () => {
    for (const path of ['/healthz', '/demo/api/ai/models', '/proxy/oxen/models', '/']) {
      const res = await send(server.url, { path, headers: { Host: `evil.example:${portOf(server)}` } });
      expect(res.status, path).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = JSON.parse(res.body);
      expect(body.status).toBe('error');
      expect(body.error.type).toBe('forbidden');
      expect(body.error.detail).toMatch(/Host evil\.example is not allowed/);
      expect(body.error.detail).toContain('YOKE_ALLOWED_HOSTS');
    }
    const post = await send(server.url, {
      method: 'POST',
      path: CHAT,
      headers: { Host: 'evil.example', 'Content-Type': 'application/json' },
      body: chatBody,
    });
    expect(post.status).toBe(403);
  });

  it('refuses a look-alike or malformed Host, and an absolute target naming another host', async () => {
    for (const host of ['127.0.0.1.evil.example', 'localhost.', '2130706433.evil.example']) {
      expect((await send(server.url, { path: '/healthz', headers: { Host: host } })).status, host).toBe(403);
    }
    const absolute = await send(server.url, {
      path: 'http://evil.example/healthz',
      headers: { Host: `127.0.0.1:${portOf(server)}` },
    });
    expect(absolute.status).toBe(403);
  });

  it('allows the names in YOKE_ALLOWED_HOSTS and the host it was started with', async () => {
    const env = { YOKE_ALLOWED_HOSTS: 'yoke.lan, 192.168.1.5:5178' };
    const extra = await serve({
      allowedHosts: [...(optionsFromEnv(env).allowedHosts ?? []), 'yoke.internal'],
    });
    try {
      for (const host of ['yoke.lan:5178', '192.168.1.5', 'yoke.internal:80', 'localhost']) {
        expect((await send(extra.url, { path: '/healthz', headers: { Host: host } })).status, host).toBe(200);
      }
      expect((await send(extra.url, { path: '/healthz', headers: { Host: 'other.lan' } })).status).toBe(403);
    } finally {
      await extra.close();
    }
  });
});

describe('cross-site writes over sockets', () => {
  let server: Listening;
  let upstream: StandIn;
  beforeAll(async () => {
    upstream = await standIn((_req, res) => res.end('{}'));
    server = await serve({ oxenUpstream: `${upstream.url}/api/ai` });
  });
  afterAll(() => Promise.all([server.close(), upstream.close()]));

  const post = (path: string, headers: Record<string, string>, body = chatBody) =>
    send(server.url, {
      method: 'POST',
      path,
      headers: { 'Content-Type': 'application/json', 'X-Demo-Pace': '10000', ...headers },
      body,
    });

  const own = () => `http://127.0.0.1:${portOf(server)}`;

  it.each<[string, () => Record<string, string>, number]>([
    ['same-origin Origin', () => ({ Origin: own() }), 200],
    ['no Origin and no Sec-Fetch-Site (curl, SDKs)', () => ({}), 200],
    ['Sec-Fetch-Site same-origin', () => ({ 'Sec-Fetch-Site': 'same-origin' }), 200],
    ['Sec-Fetch-Site none', () => ({ 'Sec-Fetch-Site': 'none' }), 200],
    ['cross-origin Origin', () => ({ Origin: 'https://evil.example' }), 403],
    ['same host, other port', () => ({ Origin: 'http://127.0.0.1:1' }), 403],
    ['same host, other scheme', () => ({ Origin: `https://127.0.0.1:${portOf(server)}` }), 403],
    ['Origin null', () => ({ Origin: 'null' }), 403],
    ['Sec-Fetch-Site cross-site', () => ({ 'Sec-Fetch-Site': 'cross-site' }), 403],
    ['Sec-Fetch-Site same-site', () => ({ 'Sec-Fetch-Site': 'same-site' }), 403],
    [
      'a foreign Origin wins over Sec-Fetch-Site',
      () => ({ Origin: 'null', 'Sec-Fetch-Site': 'same-origin' }),
      403,
    ],
  ])('%s → %i', async (_name, headers, status) => {
    const res = await post(CHAT, headers());
    expect(res.status).toBe(status);
    if (status === 403) {
      const body = JSON.parse(res.body);
      expect(body.error.type).toBe('forbidden');
      expect(body.error.detail).toMatch(/refused/);
    }
  });

  it('guards the proxy and the capture hooks too, without reaching the upstream', async () => {
    const before = upstream.seen.length;
    expect((await post('/proxy/oxen/chat/completions', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('/__capture/tok/chat/completions', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(
      403,
    );
    const del = await send(server.url, {
      method: 'DELETE',
      path: '/proxy/oxen/queue/123',
      headers: { Origin: 'https://evil.example' },
    });
    expect(del.status).toBe(403);
    expect(upstream.seen.length).toBe(before);
    expect((await post('/proxy/oxen/chat/completions', { Origin: own() })).status).toBe(200);
    expect(upstream.seen.length).toBe(before + 1);
  });

  it('lets reads through from anywhere: they carry no CORS grant, so a foreign page cannot see them', async () => {
    const res = await send(server.url, {
      path: '/demo/api/ai/models',
      headers: { Origin: 'https://evil.example' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 415 to a body that is not declared JSON (the no-cors text/plain form POST)', async () => {
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded']) {
      const res = await post(CHAT, { 'Content-Type': type });
      expect(res.status, type).toBe(415);
      expect(JSON.parse(res.body).error.detail).toMatch(/application\/json/);
    }
    const noType = await send(server.url, { method: 'POST', path: CHAT, body: chatBody });
    expect(noType.status).toBe(415);
    expect((await post(CHAT, { 'Content-Type': 'Application/JSON; charset=utf-8' })).status).toBe(200);
  });
});

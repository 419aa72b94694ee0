import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';
import { addStaticRoutes } from './static.ts';
import { send } from './testing/http.ts';
import { type Listening, listen } from './testing/listen.ts';

describe('static serving for the built client', () => {
  let dist: string;
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'yoke-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Yoke</title>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    const opts = { oxenUpstream: 'http://127.0.0.1:9', demoPace: 50, testHooks: false, log: () => {} };
    app = addStaticRoutes(createApp(opts), dist);
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  const html = { headers: { Accept: 'text/html,application/xhtml+xml' } };

  it('serves index.html uncached and fingerprinted assets cached for good', async () => {
    const index = await app.request('/', html);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const js = await app.request('/assets/index-abc123.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect(await js.text()).toBe('console.log(1)');
    expect((await app.request('/favicon.svg')).headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('falls back to index.html for client routes that want HTML', async () => {
    const res = await app.request('/workbench/some-model', html);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Yoke</title>');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('does not fall back for API paths, missing assets or non-HTML requests', async () => {
    expect((await app.request('/demo/api/ai/nope', html)).status).toBe(404);
    expect((await app.request('/healthz', html)).headers.get('content-type')).toMatch(/json/);
    expect((await app.request('/assets/missing.js')).status).toBe(404);
    expect((await app.request('/workbench', { method: 'POST', ...html })).status).toBe(404);
  });
});

describe('security headers over sockets', () => {
  let dist: string;
  let server: Listening;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'yoke-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Yoke</title>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    const opts = { oxenUpstream: 'http://127.0.0.1:9', demoPace: 50, testHooks: false, log: () => {} };
    server = await listen(addStaticRoutes(createApp(opts), dist).fetch);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = { Accept: 'text/html' }) =>
    send(server.url, { path, headers });

  it('is exactly the policy the app is built for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "media-src 'self' data: blob:; connect-src 'self' http: https:; font-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('puts the CSP and X-Frame-Options on index.html and on the client-route fallback', async () => {
    for (const path of ['/', '/index.html', '/workbench/some-model']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-frame-options'], path).toBe('DENY');
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      expect(res.headers['referrer-policy'], path).toBe('no-referrer');
    }
  });

  it('sends nosniff and no-referrer on everything else, refusals included', async () => {
    const responses = [
      await get('/assets/index-abc123.js', {}),
      await get('/healthz', {}),
      await get('/demo/api/ai/models', {}),
      await get('/nothing-here', {}),
      await get('/healthz', { Host: 'evil.example' }),
      await send(server.url, { method: 'POST', path: '/demo/api/ai/chat/completions', body: 'x' }),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 404, 403, 415]);
    for (const res of responses) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(responses[0]?.headers['content-security-policy']).toBeUndefined();
  });
});

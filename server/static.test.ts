import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { addStaticRoutes } from './static.ts';

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

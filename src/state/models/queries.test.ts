import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api';
import { modelKeys, modelListQuery, modelQuery, shouldRetry } from './queries';

const SECRET = 'sk-very-secret-key';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('modelKeys', () => {
  it('never contains the API key, only whether one is set', () => {
    const cfg = { baseUrl: 'https://hub.oxen.ai/api/ai', apiKey: SECRET };
    for (const key of [modelListQuery(cfg).queryKey, modelQuery(cfg, 'gpt-4o').queryKey]) {
      expect(JSON.stringify(key)).not.toContain(SECRET);
      expect(JSON.stringify(key)).toContain('https://hub.oxen.ai/api/ai');
      expect(key).toContainEqual({ hasKey: true });
    }
  });

  it('changes when a key is added, and per base URL and model id', () => {
    const base = '/demo/api/ai';
    const without = modelListQuery({ baseUrl: base }).queryKey;
    const withKey = modelListQuery({ baseUrl: base, apiKey: 'k' }).queryKey;
    expect(without).not.toEqual(withKey);
    expect(modelListQuery({ baseUrl: base, apiKey: '  ' }).queryKey).toEqual(without);
    expect(modelListQuery({ baseUrl: '/proxy/oxen' }).queryKey).not.toEqual(without);
    expect(modelQuery({ baseUrl: base }, 'a').queryKey).not.toEqual(
      modelQuery({ baseUrl: base }, 'b').queryKey,
    );
  });

  it('nests list and detail under all(baseUrl) so one invalidation covers a server', () => {
    const all = modelKeys.all('/demo/api/ai');
    expect(modelKeys.list('/demo/api/ai', false).slice(0, all.length)).toEqual(all);
    expect(modelKeys.detail('/demo/api/ai', 'x', true).slice(0, all.length)).toEqual(all);
  });
});

describe('query options', () => {
  it('fetch through the client with the query signal and cache for five minutes', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) =>
      Response.json({ data: [{ id: 'm1' }] }, { headers: { 'Content-Type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient();
    const options = modelListQuery({ baseUrl: '/demo/api/ai', apiKey: 'k' });
    expect(options.staleTime).toBe(5 * 60 * 1000);
    const models = await client.fetchQuery(options);
    expect(models).toEqual([{ id: 'm1' }]);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/demo/api/ai/models');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    // Cached: a second fetch within staleTime does not hit the network.
    await client.fetchQuery(options);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('fetch a single model by id', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => Response.json({ id: 'a/b' }));
    vi.stubGlobal('fetch', fetchMock);
    const model = await new QueryClient().fetchQuery(modelQuery({ baseUrl: '/x' }, 'a/b'));
    expect(model).toEqual({ id: 'a/b' });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/x/models/a%2Fb');
  });
});

describe('shouldRetry', () => {
  const http = (status: number) => new ApiError({ kind: 'http', status, serverMessage: 'x' });

  it('does not retry 4xx or a cancel', () => {
    expect(shouldRetry(0, http(401))).toBe(false);
    expect(shouldRetry(0, http(404))).toBe(false);
    expect(shouldRetry(0, http(429))).toBe(false);
    expect(shouldRetry(0, new ApiError({ kind: 'aborted', status: 0, serverMessage: 'x' }))).toBe(false);
  });

  it('retries 5xx and network failures a limited number of times', () => {
    expect(shouldRetry(0, http(503))).toBe(true);
    expect(shouldRetry(1, new ApiError({ kind: 'network', status: 0, serverMessage: 'x' }))).toBe(true);
    expect(shouldRetry(2, http(503))).toBe(false);
  });
});

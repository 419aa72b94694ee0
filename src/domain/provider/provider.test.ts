import { describe, expect, it } from 'vitest';
import { DEFAULT_PROVIDER, type ProviderSettings, resolveProvider, withKey } from './provider';

const ORIGIN = 'http://127.0.0.1:5178';
const settings = (over: Partial<ProviderSettings>): ProviderSettings => ({ ...DEFAULT_PROVIDER, ...over });

describe('resolveProvider', () => {
  it('demo: same-origin requests, an absolute URL on the page origin for snippets, an optional key', () => {
    expect(resolveProvider(settings({ kind: 'demo' }), undefined, 'http://127.0.0.1:4173/')).toEqual({
      kind: 'demo',
      label: 'Demo',
      api: { baseUrl: '/demo/api/ai', apiKey: undefined },
      snippet: {
        baseUrl: 'http://127.0.0.1:4173/demo/api/ai',
        chatUrl: 'http://127.0.0.1:4173/demo/api/ai/chat/completions',
        keyEnvVar: 'YOKE_API_KEY',
        keyOptional: true,
      },
      problem: null,
    });
  });

  it('oxen: the browser goes through the proxy, snippets call Oxen with OXEN_API_KEY; no key is a problem', () => {
    const oxen = resolveProvider(
      settings({ kind: 'oxen', keys: withKey(DEFAULT_PROVIDER.keys, 'oxen', '', ' k ') }),
      undefined,
      ORIGIN,
    );
    expect(oxen.api).toEqual({ baseUrl: '/proxy/oxen', apiKey: 'k' });
    expect(oxen.snippet).toEqual({
      baseUrl: 'https://hub.oxen.ai/api/ai',
      chatUrl: 'https://hub.oxen.ai/api/ai/chat/completions',
      keyEnvVar: 'OXEN_API_KEY',
      keyOptional: false,
    });
    expect(oxen.problem).toBeNull();
    expect(resolveProvider(settings({ kind: 'oxen' }), undefined, ORIGIN).problem).toMatch(/API key/);
  });

  it('openai: the configured base (trailing slashes trimmed, relative resolved for snippets), OPENAI_API_KEY', () => {
    const local = resolveProvider(settings({ kind: 'openai', baseUrl: 'http://h:1/v1/' }), undefined, ORIGIN);
    expect(local.api.baseUrl).toBe('http://h:1/v1');
    expect(local.snippet.chatUrl).toBe('http://h:1/v1/chat/completions');
    expect(local.snippet.keyEnvVar).toBe('OPENAI_API_KEY');
    const relative = resolveProvider(
      settings({ kind: 'openai', baseUrl: '/v1' }),
      undefined,
      'http://host:8080',
    );
    expect(relative.snippet.baseUrl).toBe('http://host:8080/v1');
  });

  it('explains unusable OpenAI-compatible base URLs', () => {
    const problem = (baseUrl: string) =>
      resolveProvider(settings({ kind: 'openai', baseUrl }), undefined, ORIGIN).problem;
    expect(problem('nope')).toMatch(/not a valid URL/);
    expect(problem('ftp://x')).toMatch(/http/);
    expect(problem('https://api.openai.com/v1')).toBeNull();
  });

  it("a key goes only to the provider (and base URL) it was entered for — a pane's override never borrows it", () => {
    let keys = withKey(DEFAULT_PROVIDER.keys, 'oxen', '', 'sk-oxen');
    keys = withKey(keys, 'openai', 'http://localhost:1234/v1/', 'sk-lmstudio');
    const global = settings({ kind: 'oxen', baseUrl: 'http://localhost:1234/v1', keys });
    expect(resolveProvider(global, undefined, ORIGIN).api).toEqual({
      baseUrl: '/proxy/oxen',
      apiKey: 'sk-oxen',
    });
    // The pane switched to OpenAI-compatible gets the key filed for that base URL, not the Oxen key.
    expect(resolveProvider(global, 'openai', ORIGIN).api).toEqual({
      baseUrl: 'http://localhost:1234/v1',
      apiKey: 'sk-lmstudio',
    });
    // Another base URL (a share link's, say) has no key unless one was entered for it.
    const elsewhere = { ...global, baseUrl: 'https://their.host/v1' };
    expect(resolveProvider(elsewhere, 'openai', ORIGIN).api.apiKey).toBeUndefined();
    expect(resolveProvider(global, 'demo', ORIGIN).api.apiKey).toBeUndefined();
  });
});

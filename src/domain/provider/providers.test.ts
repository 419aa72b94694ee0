import { describe, expect, it } from 'vitest';
import { apiConfigFor, DEFAULT_PROVIDER, providerProblem, publicBaseUrl } from './providers';

describe('providers', () => {
  it('sends demo and Oxen requests to same-origin paths and others straight to their base URL', () => {
    expect(apiConfigFor({ ...DEFAULT_PROVIDER, kind: 'demo' })).toEqual({
      baseUrl: '/demo/api/ai',
      apiKey: undefined,
    });
    expect(apiConfigFor({ ...DEFAULT_PROVIDER, kind: 'oxen', apiKey: ' k ' })).toEqual({
      baseUrl: '/proxy/oxen',
      apiKey: 'k',
    });
    expect(apiConfigFor({ ...DEFAULT_PROVIDER, kind: 'openai', baseUrl: 'http://h:1/v1/' }).baseUrl).toBe(
      'http://h:1/v1',
    );
  });

  it('shows the public base URL a snippet should call', () => {
    expect(publicBaseUrl({ ...DEFAULT_PROVIDER, kind: 'demo' }, 'http://127.0.0.1:5178')).toBe(
      'http://127.0.0.1:5178/demo/api/ai',
    );
    expect(publicBaseUrl({ ...DEFAULT_PROVIDER, kind: 'oxen' }, 'x')).toBe('https://hub.oxen.ai/api/ai');
  });

  it('explains unusable settings', () => {
    expect(providerProblem({ ...DEFAULT_PROVIDER, kind: 'oxen' })).toMatch(/API key/);
    expect(providerProblem({ ...DEFAULT_PROVIDER, kind: 'openai', baseUrl: 'nope' })).toMatch(
      /not a valid URL/,
    );
    expect(providerProblem({ ...DEFAULT_PROVIDER, kind: 'openai', baseUrl: 'ftp://x' })).toMatch(/http/);
    expect(providerProblem(DEFAULT_PROVIDER)).toBeNull();
  });
});

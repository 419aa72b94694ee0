import { describe, expect, it } from 'vitest';
import { assertEnvVarName, snippetTargetFor } from '@/domain/provider';
import { toCurl } from './curl';
import { toJavaScriptFetch } from './javascriptFetch';
import { toPythonRequests } from './pythonRequests';
import { minimalRequest } from './wireBody';

describe('snippetTargetFor', () => {
  it('oxen: the public API and OXEN_API_KEY, whatever base the app uses', () => {
    expect(snippetTargetFor('oxen', '/proxy/oxen', 'http://localhost:5173')).toEqual({
      baseUrl: 'https://hub.oxen.ai/api/ai',
      chatUrl: 'https://hub.oxen.ai/api/ai/chat/completions',
      keyEnvVar: 'OXEN_API_KEY',
      keyOptional: false,
    });
  });

  it('demo: absolute URL on the current origin, optional YOKE_API_KEY', () => {
    expect(snippetTargetFor('demo', '/demo/api/ai', 'http://127.0.0.1:4173/')).toEqual({
      baseUrl: 'http://127.0.0.1:4173/demo/api/ai',
      chatUrl: 'http://127.0.0.1:4173/demo/api/ai/chat/completions',
      keyEnvVar: 'YOKE_API_KEY',
      keyOptional: true,
    });
  });

  it('openai: the configured base (trailing slash trimmed, relative resolved) and OPENAI_API_KEY', () => {
    expect(snippetTargetFor('openai', 'http://localhost:11434/v1/', 'http://x').chatUrl).toBe(
      'http://localhost:11434/v1/chat/completions',
    );
    expect(snippetTargetFor('openai', '/v1', 'http://host:8080').baseUrl).toBe('http://host:8080/v1');
    expect(snippetTargetFor('openai', 'https://api.openai.com/v1', 'http://x').keyEnvVar).toBe(
      'OPENAI_API_KEY',
    );
  });

  it('optional keys are read without failing when unset', () => {
    const demo = snippetTargetFor('demo', '', 'http://localhost:5173');
    const request = { model: 'plain-demo', messages: [] };
    expect(toPythonRequests(request, demo, { compact: true })).toContain(
      "os.environ.get('YOKE_API_KEY', '')",
    );
    expect(toJavaScriptFetch(request, demo, { compact: true })).toContain('process.env.YOKE_API_KEY ?? ""');
  });

  it('quotes a URL that the shell would otherwise expand', () => {
    const target = { baseUrl: 'x', chatUrl: "http://h/a?b=1&c=$HOME'", keyEnvVar: 'K' };
    expect(toCurl({ model: 'm', messages: [] }, target, { compact: true })).toContain(
      "curl -X POST 'http://h/a?b=1&c=$HOME'\\''' \\",
    );
  });

  it('refuses env var names that are not identifiers', () => {
    expect(() => assertEnvVarName('A_1')).not.toThrow();
    expect(() => assertEnvVarName('A-B')).toThrow();
    expect(() => assertEnvVarName('$(x)')).toThrow();
  });
});

describe('minimalRequest', () => {
  it('keeps only model and messages (no params, no stream)', () => {
    const messages = [{ role: 'user' as const, content: 'hi' }];
    expect(
      minimalRequest({
        model: 'm',
        messages,
        temperature: 1,
        stream: true,
        stream_options: { include_usage: true },
      }),
    ).toEqual({ model: 'm', messages });
  });
});

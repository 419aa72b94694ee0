import { describe, expect, it } from 'vitest';
import { toCurl } from './curl';
import { assertEnvVarName } from './envVar';
import { toJavaScriptFetch } from './javascriptFetch';
import { toPythonRequests } from './pythonRequests';
import { targetFor } from './testing/targets';
import { minimalRequest } from './wireBody';

describe('snippet targets', () => {
  it('optional keys are read without failing when unset', () => {
    const demo = targetFor('demo');
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

import { describe, expect, it } from 'vitest';
import { validateChatRequest } from './validate.ts';

const messages = [{ role: 'user', content: 'hi' }];
const failure = (body: unknown) => {
  const result = validateChatRequest(body);
  return result.ok ? 'ok' : `${result.status} ${result.message}`;
};

describe('validateChatRequest', () => {
  it('requires a model, a known model and messages', () => {
    expect(failure({ messages })).toBe('400 You must specify a model to call');
    expect(failure({ model: 'nope', messages })).toBe('404 Model not found: nope');
    expect(failure({ model: 'plain-demo', messages: [] })).toBe('400 Messages array cannot be empty');
    expect(failure({ model: 'plain-demo' })).toBe('400 messages must be an array');
    expect(failure([])).toBe('400 Request body must be a JSON object');
  });

  it('checks message roles and contents', () => {
    expect(failure({ model: 'plain-demo', messages: [{ role: 'bot', content: 'x' }] })).toMatch(
      /^400 messages\[0\]\.role must be one of/,
    );
    expect(failure({ model: 'plain-demo', messages: [{ role: 'user', content: 3 }] })).toMatch(
      /^400 messages\[0\]\.content/,
    );
  });

  it("applies the model's own ranges and types, naming the parameter", () => {
    const claude = 'claude-sonnet-4-20250514';
    expect(failure({ model: claude, messages, temperature: 1.5 })).toBe('400 temperature must be <= 1');
    expect(failure({ model: claude, messages, temperature: 'hot' })).toBe('400 temperature must be number');
    expect(failure({ model: claude, messages, max_tokens: 9000 })).toBe('400 max_tokens must be <= 8192');
    expect(failure({ model: claude, messages, temperature: 0.3, max_tokens: 100 })).toBe('ok');
  });

  it('rejects temperature for the reasoning model', () => {
    expect(failure({ model: 'reasoning-mini-demo', messages, temperature: 0.2 })).toBe(
      "400 Unsupported parameter: 'temperature' is not supported with this model.",
    );
    expect(failure({ model: 'reasoning-mini-demo', messages, reasoning_effort: 'huge' })).toMatch(
      /^400 reasoning_effort /,
    );
  });

  it('follows $ref, oneOf and anyOf in model schemas', () => {
    expect(failure({ model: 'vision-demo', messages, temperature: 2 })).toBe('400 temperature must be <= 1');
    expect(failure({ model: 'structured-demo', messages, response_format: { type: 'xml' } })).toMatch(
      /^400 response_format /,
    );
    expect(failure({ model: 'structured-demo', messages, stop: 5 })).toMatch(/^400 stop /);
    expect(failure({ model: 'structured-demo', messages, n: 5 })).toBe('400 n must be <= 4');
    expect(failure({ model: 'structured-demo', messages, temperature: 1.8, stop: 'x', n: 2 })).toBe('ok');
  });

  it('falls back to the standard rules without a usable schema', () => {
    expect(failure({ model: 'plain-demo', messages, temperature: 2.5 })).toBe('400 temperature must be <= 2');
    expect(failure({ model: 'broken-schema-demo', messages, top_p: 2 })).toBe('400 top_p must be <= 1');
    expect(failure({ model: 'plain-demo', messages, stream: 'yes' })).toBe('400 stream must be boolean');
    expect(failure({ model: 'broken-schema-demo', messages, temperature: 1 })).toBe('ok');
  });
});

import { describe, expect, it } from 'vitest';
import type { ChatCompletionRequest } from '@/lib/api';
import { checkOutput, checkToolCall } from './requestChecks';

const request: ChatCompletionRequest = {
  model: 'm',
  messages: [],
  tools: [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        parameters: { type: 'object', properties: { unit: { enum: ['c', 'f'] } }, required: ['unit'] },
      },
    },
  ],
  response_format: {
    type: 'json_schema',
    json_schema: {
      name: 'a',
      schema: { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] },
    },
  },
};

describe('checkToolCall', () => {
  it('checks arguments against the sent tool’s parameters', () => {
    expect(checkToolCall(request, 'get_weather', '{"unit":"c"}').kind).toBe('valid');
    expect(checkToolCall(request, 'get_weather', '{"unit":"k"}')).toMatchObject({
      kind: 'invalid',
      errors: [{ path: '/unit', message: 'must be equal to one of the allowed values' }],
    });
    expect(checkToolCall(request, 'get_weather', '{"unit":')).toMatchObject({
      kind: 'not-json',
      raw: '{"unit":',
    });
  });
  it('flags a call to a tool that was not sent, keeping its arguments', () => {
    expect(checkToolCall(request, 'not_a_tool', '{}')).toEqual({ kind: 'unknown-tool', raw: '{}' });
  });
});

describe('checkOutput', () => {
  it('checks a json_schema answer, and says nothing for free text', () => {
    expect(checkOutput(request, '{"n": 2}')?.kind).toBe('valid');
    expect(checkOutput(request, '{"n": "2"}')?.kind).toBe('invalid');
    expect(checkOutput(request, 'Sure! {"n": 2}')?.kind).toBe('not-json');
    expect(checkOutput({ model: 'm', messages: [] }, 'text')).toBeNull();
  });
  it('wants an object for json_object', () => {
    const asked = { model: 'm', messages: [], response_format: { type: 'json_object' } };
    expect(checkOutput(asked, '{"a":1}')?.kind).toBe('valid');
    expect(checkOutput(asked, '[1]')?.kind).toBe('invalid');
  });
});

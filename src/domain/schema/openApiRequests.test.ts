// The OpenAI-shaped request schemas (hand-written look-alikes in ./testing) go all the way through
// normalizeSchema and come out as forms, whose schema then validates real requests the way the form will.

import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { normalizeSchema } from './normalizeSchema';
import { chatRequest, completionRequest, imageRequest } from './testing/openApiRequests';

const normalized = (schema: unknown) => normalizeSchema({ id: 'openapi', json_request_schema: schema });

/** A validator configured as the form's is (rjsf's ajv8 options: not strict, every error). */
function validatorFor(schema: object) {
  const validate = new Ajv({ strict: false, allErrors: true, logger: false }).compile(schema);
  return (value: unknown) => ({
    valid: validate(value),
    at: (validate.errors ?? []).map((e) => e.instancePath),
  });
}

describe('an OpenAPI chat request (shaped like CreateChatCompletionRequest)', () => {
  const n = normalized(chatRequest);

  it('becomes a form, not the JSON-editor fallback', () => {
    expect(n.problem).toBeUndefined();
    expect(n.source).toBe('json_request_schema');
  });

  it('shows the shared base first, then the request’s own parameters, minus the fields the workbench owns', () => {
    expect(n.order).toEqual([
      'metadata',
      'temperature',
      'top_p',
      'user',
      'service_tier',
      'top_logprobs',
      'reasoning_effort',
      'frequency_penalty',
      'logit_bias',
      'max_tokens',
      'max_completion_tokens',
      'n',
      'seed',
      'stop',
    ]);
    expect(n.schema.allOf).toBeUndefined();
    // model and messages were required, but the workbench sets them itself.
    expect(n.schema.required).toBeUndefined();
  });

  it('takes defaults through $ref and nullable', () => {
    expect(n.defaults).toEqual({
      temperature: 1,
      top_p: 1,
      service_tier: 'auto',
      reasoning_effort: 'medium',
      frequency_penalty: 0,
      logit_bias: null,
      n: 1,
    });
  });

  it('keeps components.schemas that parameters use and drops those only owned fields used', () => {
    const schemas = (n.schema.components as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas).sort()).toEqual(
      [
        // The tool and response-format schemas went with the fields (the prompt owns them now).
        'Effort',
        'Labels',
        'StopWords',
        'Tier',
      ].sort(),
    );
    expect(n.schema['x-oaiMeta']).toEqual(chatRequest['x-oaiMeta']);
    expect(JSON.stringify(n.schema)).not.toContain('"nullable"');
  });

  it('validates a realistic request, nulls included', () => {
    const check = validatorFor(n.schema);
    const request = {
      temperature: 0.7,
      top_p: null,
      metadata: { team: 'search' },
      reasoning_effort: 'low',
      max_tokens: null,
      seed: 42,
      stop: ['\n\n', 'END'],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'answer', schema: { type: 'object' }, strict: true },
      },
      tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }],
      tool_choice: 'auto',
      user: 'person-1',
    };
    expect(check(request)).toEqual({ valid: true, at: [] });
    expect(
      check({ metadata: null, stop: null, reasoning_effort: null, service_tier: null, temperature: null }),
    ).toEqual({ valid: true, at: [] });
  });

  it('rejects what the published schema rejects', () => {
    const check = validatorFor(n.schema);
    expect(check({ temperature: 2.5 })).toEqual({ valid: false, at: ['/temperature'] });
    expect(check({ stop: ['a', 'b', 'c', 'd', 'e'] }).valid).toBe(false);
    expect(check({ reasoning_effort: 'extreme' }).valid).toBe(false);
    expect(check({ metadata: { team: 7 } }).valid).toBe(false);
  });
});

describe('an OpenAPI completions request', () => {
  const n = normalized(completionRequest);

  it('becomes a form with the required prompt first and its defaults', () => {
    expect(n.problem).toBeUndefined();
    expect(n.order).toEqual([
      'prompt',
      'best_of',
      'echo',
      'logprobs',
      'max_tokens',
      'stop',
      'suffix',
      'temperature',
      'user',
    ]);
    expect(n.schema.required).toEqual(['prompt']);
    expect(n.defaults).toEqual({
      best_of: 1,
      echo: false,
      logprobs: null,
      max_tokens: 16,
      suffix: null,
      temperature: 1,
    });
  });

  it('validates prompts of each kind, and null where the schema allows it', () => {
    const check = validatorFor(n.schema);
    for (const prompt of ['Hello', ['one', 'two'], [101, 102], null]) {
      expect(check({ prompt, stop: null, suffix: null }).valid).toBe(true);
    }
    expect(check({ prompt: 'Hello', stop: 'END', max_tokens: 64, echo: true }).valid).toBe(true);
    expect(check({ prompt: 'Hello', best_of: 21 }).at).toEqual(['/best_of']);
    expect(check({ prompt: [1.5] }).valid).toBe(false);
  });
});

describe('an OpenAPI image request', () => {
  const n = normalized(imageRequest);

  it('becomes a form with nullable enums and the OpenAPI 3.0 exclusive bound understood', () => {
    expect(n.problem).toBeUndefined();
    expect(n.order[0]).toBe('prompt');
    expect(n.order).not.toContain('model');
    expect(n.defaults).toEqual({
      n: 1,
      quality: 'auto',
      response_format: 'url',
      size: 'auto',
      style: 'vivid',
      output_compression: 100,
      background: 'auto',
    });
  });

  it('validates a request and rejects values outside the enums and bounds', () => {
    const check = validatorFor(n.schema);
    const request = { prompt: 'A lighthouse at dusk', n: 2, size: '1024x1024', quality: null, style: null };
    expect(check(request)).toEqual({ valid: true, at: [] });
    expect(check({ prompt: 'x', n: 11 }).at).toEqual(['/n']);
    expect(check({ prompt: 'x', size: '640x480' }).valid).toBe(false);
    expect(check({ prompt: 'x', output_compression: 0 }).at).toEqual(['/output_compression']);
    expect(check({ prompt: 'x', output_compression: 100 }).valid).toBe(true);
  });
});

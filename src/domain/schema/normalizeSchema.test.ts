import { describe, expect, it } from 'vitest';
import type { Model } from '@/lib/api';
import { groupOf, normalizeSchema, paramLabel } from './normalizeSchema';

const claudeLike = {
  type: 'object',
  properties: {
    model: { type: 'string' },
    messages: { type: 'array' },
    stream: { type: 'boolean' },
    stream_options: { type: 'object' },
    temperature: { type: 'number', minimum: 0, maximum: 1, default: 1 },
    max_tokens: { type: 'integer', minimum: 1, maximum: 8192, default: 1024 },
  },
  required: ['model', 'messages', 'max_tokens'],
};

const model = (extra: Partial<Model>): Model => ({ id: 'm', ...extra });

describe('normalizeSchema: where the schema comes from', () => {
  it('reads json_request_schema', () => {
    const n = normalizeSchema(model({ json_request_schema: claudeLike }));
    expect(n.source).toBe('json_request_schema');
    expect(n.problem).toBeUndefined();
    expect(n.order).toEqual(['max_tokens', 'temperature']);
  });

  it('reads request_schema when json_request_schema is absent or null', () => {
    expect(normalizeSchema(model({ request_schema: claudeLike })).source).toBe('request_schema');
    const n = normalizeSchema(model({ json_request_schema: null, request_schema: claudeLike }));
    expect(n.source).toBe('request_schema');
    expect(n.order).toContain('temperature');
  });

  it('prefers json_request_schema when both are present', () => {
    const other = { type: 'object', properties: { top_k: { type: 'integer' } } };
    const n = normalizeSchema(model({ json_request_schema: other, request_schema: claudeLike }));
    expect(n.source).toBe('json_request_schema');
    expect(n.order).toEqual(['top_k']);
  });

  it('parses a schema delivered as a JSON string', () => {
    const n = normalizeSchema(model({ request_schema: JSON.stringify(claudeLike) }));
    expect(n.problem).toBeUndefined();
    expect(n.defaults).toEqual({ max_tokens: 1024, temperature: 1 });
  });

  it('reports a JSON string that does not parse', () => {
    const n = normalizeSchema(model({ request_schema: '{"type": "object",' }));
    expect(n.problem).toMatch(/not valid JSON/);
  });

  it('falls back to the builtin OpenAI schema when there is none', () => {
    for (const m of [model({}), model({ json_request_schema: null, request_schema: null })]) {
      const n = normalizeSchema(m);
      expect(n.source).toBe('builtin');
      expect(n.problem).toBeUndefined();
      expect(n.order.slice(0, 2)).toEqual(['temperature', 'max_tokens']);
      expect(n.order).toEqual(expect.arrayContaining(['top_p', 'stop', 'n', 'seed', 'user']));
      // The prompt owns these (the Tools panel and the Response format control).
      for (const owned of ['response_format', 'tools', 'tool_choice']) expect(n.order).not.toContain(owned);
      expect(n.defaults).toMatchObject({
        temperature: 1,
        top_p: 1,
        frequency_penalty: 0,
        presence_penalty: 0,
      });
    }
  });
});

describe('normalizeSchema: shape', () => {
  it('removes the fields the workbench owns from properties and required', () => {
    const n = normalizeSchema(model({ json_request_schema: claudeLike }));
    expect(Object.keys(n.schema.properties ?? {})).toEqual(['max_tokens', 'temperature']);
    // Untitled properties carry their name as title, so every part of the form labels them the same way.
    expect(paramLabel(n, 'temperature')).toBe('temperature');
    expect(n.schema.required).toEqual(['max_tokens']);
  });

  it('orders required/basic first, then the rest, each by x-order then original order', () => {
    const schema = {
      type: 'object',
      basic: ['b_late', 'b_early'],
      required: ['r'],
      properties: {
        z_plain: { type: 'string' },
        a_ordered: { type: 'string', 'x-order': 5 },
        b_late: { type: 'string', 'x-order': 9 },
        r: { type: 'string' },
        b_early: { type: 'string', 'x-order': 1 },
        y_plain: { type: 'string' },
        c_ordered: { type: 'string', 'x-order': 2 },
      },
    };
    const n = normalizeSchema(model({ json_request_schema: schema }));
    expect(n.order).toEqual(['b_early', 'b_late', 'r', 'c_ordered', 'a_ordered', 'z_plain', 'y_plain']);
    expect(Object.keys(n.schema.properties ?? {})).toEqual(n.order);
    expect(groupOf(n, 'r')).toBe('basic');
    expect(groupOf(n, 'b_late')).toBe('basic');
    expect(groupOf(n, 'z_plain')).toBe('advanced');
  });

  it('keeps $defs so $ref resolves, and takes defaults through $ref', () => {
    const schema = {
      type: 'object',
      $defs: {
        Effort: { type: 'string', enum: ['low', 'medium', 'high'], default: 'medium', title: 'Effort' },
      },
      properties: { reasoning_effort: { $ref: '#/$defs/Effort' }, plain: { type: 'integer', default: 3 } },
    };
    const n = normalizeSchema(model({ request_schema: schema }));
    expect(n.problem).toBeUndefined();
    expect(n.schema.$defs).toEqual(schema.$defs);
    expect(n.defaults).toEqual({ reasoning_effort: 'medium', plain: 3 });
    // Labelled by the property, not by the referenced definition's title.
    expect(paramLabel(n, 'reasoning_effort')).toBe('reasoning_effort');
  });

  it('follows definitions and allOf-wrapped refs for defaults', () => {
    const schema = {
      definitions: { Mode: { type: 'string', default: 'fast' } },
      properties: { mode: { allOf: [{ $ref: '#/definitions/Mode' }], title: 'Mode' } },
    };
    const n = normalizeSchema(model({ json_request_schema: schema }));
    expect(n.problem).toBeUndefined();
    expect(n.defaults).toEqual({ mode: 'fast' });
    expect(paramLabel(n, 'mode')).toBe('Mode');
  });

  it('treats unknown x- keys and extension keywords as hints, not errors', () => {
    const schema = {
      type: 'object',
      'x-vendor': { anything: true },
      properties: { t: { type: 'number', 'x-widget': 'dial', 'x-order': 'soon', 'x-unit': 'kelvin' } },
    };
    const n = normalizeSchema(model({ json_request_schema: schema }));
    expect(n.problem).toBeUndefined();
    expect(n.order).toEqual(['t']);
  });

  it('drops root additionalProperties and $id so stale values and $id collisions cannot bite', () => {
    const schema = { $id: 'x', additionalProperties: false, properties: { t: { type: 'number' } } };
    const n = normalizeSchema(model({ json_request_schema: schema }));
    expect(n.schema.additionalProperties).toBeUndefined();
    expect(n.schema.$id).toBeUndefined();
    expect(n.schema.type).toBe('object');
  });
});

describe('normalizeSchema: problems it reports instead of throwing', () => {
  const problemOf = (schema: unknown) => normalizeSchema(model({ json_request_schema: schema })).problem;

  it('a schema that is not an object', () => {
    expect(problemOf([1, 2])).toMatch(/not a JSON object/);
    expect(problemOf(42)).toMatch(/not a JSON object/);
    expect(problemOf({ type: 'array', items: {} })).toMatch(/not an object of parameters/);
  });

  it('properties that is not an object', () => {
    expect(problemOf({ type: 'object', properties: 'temperature' })).toMatch(/"properties" is not an object/);
  });

  it('an unknown type, naming the parameter', () => {
    const problem = problemOf({ properties: { temperature: { type: 'banana' } } });
    expect(problem).toContain('"temperature"');
    expect(problem).toContain('banana');
  });

  it('an unknown type nested in anyOf', () => {
    expect(problemOf({ properties: { stop: { anyOf: [{ type: 'string' }, { type: 'list' }] } } })).toMatch(
      /"stop".*list/,
    );
  });

  it('an unresolved $ref', () => {
    const problem = problemOf({ properties: { effort: { $ref: '#/$defs/Missing' } } });
    expect(problem).toContain('#/$defs/Missing');
  });

  it('a remote $ref, which is never fetched', () => {
    expect(problemOf({ properties: { effort: { $ref: 'https://example.com/s.json' } } })).toMatch(
      /refers to/,
    );
  });

  it('a property schema that is not an object', () => {
    expect(problemOf({ properties: { temperature: 0.7 } })).toMatch(/"temperature" is not a schema object/);
  });

  it('a schema ajv refuses to compile', () => {
    expect(problemOf({ properties: { temperature: { type: 'number', minimum: 'zero' } } })).toMatch(
      /not valid JSON Schema/,
    );
  });

  it('never throws and always gives a renderable empty schema with the problem', () => {
    const n = normalizeSchema(model({ json_request_schema: { properties: 'nope' } }));
    expect(n.schema).toEqual({ type: 'object', properties: {} });
    expect(n.defaults).toEqual({});
  });
});

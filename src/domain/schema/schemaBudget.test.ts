import { describe, expect, it } from 'vitest';
import { normalizeSchema } from './normalizeSchema';
import { budgetSchema, OPTIONS_KEY, SCHEMA_LIMITS } from './schemaBudget';

const model = (schema: unknown) => ({ id: 'hostile', json_request_schema: schema });

describe('schema budget: the schemas that froze the page', () => {
  it('a 100,000-value enum becomes a searchable list instead of a compiled enum', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => `voice-${i}`);
    const normalized = normalizeSchema(
      model({ type: 'object', properties: { voice: { enum: values, default: 'voice-1' } } }),
    );
    expect(normalized.problem).toBeUndefined();
    const voice = normalized.schema.properties.voice as Record<string, unknown>;
    expect(voice.enum).toBeUndefined();
    expect(voice[OPTIONS_KEY]).toBe(values);
    expect(voice.type).toBe('string');
    expect(normalized.defaults.voice).toBe('voice-1');
    expect(normalized.notes).toEqual(['parameter "voice" has 100,000 choices: shown as a searchable list.']);
  });

  it('an allOf of eighteen two-way anyOfs (2^18 combinations) is refused', () => {
    const allOf = Array.from({ length: 18 }, (_, i) => ({
      anyOf: [
        { properties: { [`a${i}`]: { type: 'string' } } },
        { properties: { [`b${i}`]: { type: 'number' } } },
      ],
    }));
    const normalized = normalizeSchema(model({ type: 'object', properties: { mix: { allOf } } }));
    expect(normalized.problem).toBe(
      'parameter "mix" combines 262,144 alternatives, more than the form can weigh',
    );
  });

  it('5,000 parameters are refused with a reason, not "Maximum call stack size exceeded"', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 5_000 }, (_, i) => [`p${i}`, { type: 'number' }]),
    );
    const normalized = normalizeSchema(model({ type: 'object', properties }));
    expect(normalized.problem).toBe('the schema has 5,000 parameters; the form shows at most 300');
  });

  it('a schema whose nested property refers back to the root is refused (the form would nest forever)', () => {
    const normalized = normalizeSchema(
      model({
        type: 'object',
        properties: { value: { properties: { foo: { $ref: '#' } }, additionalProperties: false } },
      }),
    );
    expect(normalized.problem).toMatch(/refers to itself/);
  });

  it('a definition that refers to itself, directly or through another, is refused', () => {
    const direct = {
      $defs: { Node: { type: 'object', properties: { next: { $ref: '#/$defs/Node' } } } },
      properties: { n: { $ref: '#/$defs/Node' } },
    };
    const indirect = {
      $defs: {
        A: { properties: { b: { $ref: '#/$defs/B' } } },
        B: { properties: { a: { $ref: '#/$defs/A' } } },
      },
      properties: { x: { $ref: '#/$defs/A' } },
    };
    expect(normalizeSchema(model({ type: 'object', ...direct })).problem).toMatch(/refers to itself/);
    expect(normalizeSchema(model({ type: 'object', ...indirect })).problem).toMatch(/refers to itself/);
  });

  it('references that do not loop are fine, however many', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`p${i}`, { $ref: '#/$defs/Effort' }]),
    );
    const schema = { type: 'object', $defs: { Effort: { enum: ['low', 'high'] } }, properties };
    expect(budgetSchema(schema).problem).toBeUndefined();
  });

  it('refuses parameter names that are Object.prototype members, and too much nesting or too many parts', () => {
    expect(
      normalizeSchema(model({ type: 'object', properties: { ['__proto__']: { type: 'string' } } })).problem,
    ).toBeDefined();
    const proto = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string"}}}');
    expect(normalizeSchema(model(proto)).problem).toMatch(/"__proto__"/);
    expect(
      normalizeSchema(model({ type: 'object', properties: { toString: { type: 'string' } } })).problem,
    ).toMatch(/"toString"/);
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 40; i++) deep = { type: 'object', properties: { x: deep } };
    expect(normalizeSchema(model({ type: 'object', properties: { deep } })).problem).toMatch(
      /nested too deeply/,
    );
    const wide = Object.fromEntries(
      Array.from({ length: 250 }, (_, i) => [
        `p${i}`,
        { anyOf: Array.from({ length: 20 }, () => ({ type: 'string' })) },
      ]),
    );
    expect(normalizeSchema(model({ type: 'object', properties: wide })).problem).toMatch(/parts/);
  });

  it('holds OpenAPI components.schemas to the same limits as $defs', () => {
    const values = Array.from({ length: 1_000 }, (_, i) => `voice-${i}`);
    const listed = normalizeSchema(
      model({
        properties: { voice: { $ref: '#/components/schemas/Voice' } },
        components: { schemas: { Voice: { enum: values } } },
      }),
    );
    expect(listed.problem).toBeUndefined();
    const voice = (listed.schema.components as { schemas: { Voice: Record<string, unknown> } }).schemas.Voice;
    expect(voice[OPTIONS_KEY]).toBe(values);
    const looping = normalizeSchema(
      model({
        properties: { n: { $ref: '#/components/schemas/Node' } },
        components: {
          schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } },
        },
      }),
    );
    expect(looping.problem).toMatch(/refers to itself/);
  });

  it('leaves an ordinary schema untouched (the same object)', () => {
    const schema = {
      type: 'object',
      properties: {
        temperature: { type: 'number', minimum: 0, maximum: 2 },
        effort: { enum: ['low', 'high'] },
      },
    };
    expect(budgetSchema(schema)).toEqual({ schema, notes: [] });
    expect(budgetSchema(schema).schema).toBe(schema);
    expect(SCHEMA_LIMITS.inlineEnum).toBeGreaterThan(2);
  });
});

import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { patternSample } from './patternSample.ts';
import { createPicker } from './prng.ts';
import { valueForSchema } from './schemaValue.ts';

// Formats are checked by hand below (ajv-formats is not a dependency), everything else by ajv.
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const valueAt = (schema: unknown, seed: number, temperature = 1) =>
  valueForSchema(createPicker(seed, 7, { temperature }), schema, 'the weather in paris');

function expectValid(schema: Record<string, unknown>, seeds = 25) {
  const validate = ajv.compile(schema);
  for (let seed = 0; seed < seeds; seed++) {
    const value = valueAt(schema, seed);
    if (!validate(value))
      throw new Error(`seed ${seed}: ${JSON.stringify(value)} — ${ajv.errorsText(validate.errors)}`);
  }
}

const SCHEMAS: Record<string, Record<string, unknown>> = {
  'nested objects, arrays, enums, required': {
    type: 'object',
    additionalProperties: false,
    required: ['city', 'forecast', 'unit'],
    properties: {
      city: { type: 'string', minLength: 2 },
      unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      forecast: {
        type: 'array',
        minItems: 2,
        maxItems: 4,
        items: {
          type: 'object',
          required: ['day', 'high', 'low', 'tags'],
          additionalProperties: false,
          properties: {
            day: { type: 'string', format: 'date' },
            high: { type: 'number', minimum: -30, maximum: 50 },
            low: { type: 'integer', exclusiveMinimum: -40, exclusiveMaximum: 40 },
            tags: { type: 'array', items: { enum: ['sun', 'rain', 'wind'] }, uniqueItems: true, maxItems: 3 },
          },
        },
      },
    },
  },
  'bounds, multipleOf, lengths, const, nullable types': {
    type: 'object',
    required: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    properties: {
      a: { type: 'integer', minimum: 10, maximum: 12 },
      b: { type: 'number', multipleOf: 0.25, minimum: 1, maximum: 2 },
      c: { type: 'integer', multipleOf: 7, minimum: 20 },
      d: { type: 'string', minLength: 40, maxLength: 50 },
      e: { type: 'string', maxLength: 3 },
      f: { const: 'v1' },
      g: { type: ['string', 'null'] },
    },
  },
  '$ref, $defs, recursion, allOf, anyOf, oneOf': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $defs: {
      node: {
        type: 'object',
        required: ['name', 'children'],
        properties: {
          name: { type: 'string' },
          children: { type: 'array', items: { $ref: '#/$defs/node' } },
        },
      },
    },
    type: 'object',
    required: ['tree', 'both', 'either', 'one'],
    properties: {
      tree: { $ref: '#/$defs/node' },
      both: {
        allOf: [
          { type: 'object', required: ['x'], properties: { x: { type: 'integer' } } },
          { required: ['y'], properties: { y: { type: 'boolean' } } },
        ],
      },
      either: { anyOf: [{ type: 'null' }, { type: 'string', minLength: 3 }] },
      one: {
        oneOf: [
          { type: 'integer', minimum: 100 },
          { type: 'string', maxLength: 0 },
        ],
      },
    },
  },
  'maps, min/maxProperties, patterns': {
    type: 'object',
    required: ['scores', 'code', 'sku', 'ids'],
    properties: {
      scores: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 }, minProperties: 3 },
      code: { type: 'string', pattern: '^[A-Z]{3}-\\d{4}$' },
      sku: { type: 'string', pattern: '^(ab|cd)_[a-z0-9]{2,5}$' },
      ids: { type: 'array', items: { type: 'string', pattern: '^id-[0-9]+$' }, minItems: 1 },
      pair: { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'boolean' }], items: false },
      extra: {
        type: 'object',
        maxProperties: 1,
        properties: { p: { type: 'string' }, q: { type: 'string' } },
      },
    },
  },
};

describe('valueForSchema', () => {
  it.each(Object.entries(SCHEMAS))('validates: %s', (_name, schema) => {
    expectValid(schema);
  });

  it('writes the string formats in their syntax', () => {
    const schema = {
      type: 'object',
      properties: Object.fromEntries(
        ['date', 'date-time', 'time', 'email', 'uri', 'uuid', 'ipv4', 'ipv6', 'hostname'].map((f) => [
          f,
          { type: 'string', format: f },
        ]),
      ),
    };
    const value = valueAt(schema, 3) as Record<string, string>;
    expect(value.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(value['date-time']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(value.time).toMatch(/^\d{2}:\d{2}:\d{2}Z$/);
    expect(value.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(() => new URL(value.uri ?? '')).not.toThrow();
    expect(value.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(value.ipv4).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(value.ipv6).toContain(':');
    expect(value.hostname).toMatch(/^[a-z0-9.-]+$/);
  });

  it('fills strings after the property name and is deterministic per seed', () => {
    const schema = {
      type: 'object',
      properties: { location: { type: 'string' }, query: { type: 'string' } },
    };
    expect(valueAt(schema, 1)).toEqual(valueAt(schema, 1));
    expect(valueAt(schema, 1, 0)).toEqual({ location: 'Paris', query: 'the weather in paris' });
  });

  it('stays small whatever the schema asks for', () => {
    const hostile = {
      $defs: { n: { type: 'array', minItems: 2, items: { $ref: '#/$defs/n' } } },
      type: 'object',
      required: ['many', 'long', 'deep', 'pattern'],
      properties: {
        many: { type: 'array', minItems: 1e9 },
        long: { type: 'string', minLength: 1e9 },
        deep: { $ref: '#/$defs/n' },
        pattern: { type: 'string', pattern: '^a{100000000}$' },
      },
    };
    const started = performance.now();
    expect(JSON.stringify(valueAt(hostile, 0)).length).toBeLessThan(200_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('ends a recursive schema', () => {
    const schema = {
      type: 'object',
      required: ['next'],
      properties: { next: { $ref: '#' }, v: { type: 'integer' } },
    };
    const text = JSON.stringify(valueAt(schema, 0));
    expect(text.length).toBeLessThan(2000);
  });
});

describe('patternSample', () => {
  it.each([
    ['^[A-Z]{2}\\d{3}$', 'AB123'],
    ['^\\+?[0-9]{7,12}$', undefined],
    ['^(red|green)-[a-f0-9]{6}$', undefined],
    ['^[^@]+@example\\.org$', undefined],
  ])('matches %s', (pattern, _example) => {
    const sample = patternSample(pattern, ['nope'], 0, Number.POSITIVE_INFINITY);
    expect(sample).toMatch(new RegExp(pattern, 'u'));
  });

  it('prefers a plausible candidate that matches', () => {
    expect(patternSample('^[A-Z][a-z]+$', ['Paris'], 0, 100)).toBe('Paris');
  });
});

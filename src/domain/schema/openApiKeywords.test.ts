import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { normalizeSchema } from './normalizeSchema';
import { convertOpenApiKeywords } from './openApiKeywords';
import { TooManyParts, WALK_LIMITS } from './schemaWalk';

/** What one property becomes. */
const converted = (schema: unknown, defs: Record<string, unknown> = {}) =>
  (
    convertOpenApiKeywords({ type: 'object', properties: { p: schema }, $defs: defs }).properties as {
      p: unknown;
    }
  ).p;

const compiles = (schema: object) => {
  const ajv = new Ajv({ strict: false, logger: false });
  try {
    ajv.compile(schema);
    return true;
  } catch {
    return false;
  }
};

describe('nullable', () => {
  it('is why ajv refused OpenAPI schemas', () => {
    expect(compiles({ nullable: true, $ref: '#/$defs/A', $defs: { A: { type: 'string' } } })).toBe(false);
  });

  it('widens a type, the shape the form shows as the non-null control', () => {
    expect(converted({ type: 'string', nullable: true, maxLength: 3 })).toEqual({
      type: ['string', 'null'],
      maxLength: 3,
    });
    expect(converted({ type: ['string', 'integer'], nullable: true })).toEqual({
      type: ['string', 'integer', 'null'],
    });
    expect(converted({ type: ['number', 'null'], nullable: true })).toEqual({ type: ['number', 'null'] });
    expect(converted({ type: 'object', properties: { a: { type: 'string' } }, nullable: true })).toEqual({
      type: ['object', 'null'],
      properties: { a: { type: 'string' } },
    });
  });

  it('adds null to an enum, with or without a type', () => {
    expect(converted({ type: 'string', enum: ['a', 'b'], nullable: true, default: 'a' })).toEqual({
      type: ['string', 'null'],
      enum: ['a', 'b', null],
      default: 'a',
    });
    expect(converted({ enum: ['a', null], nullable: true })).toEqual({ enum: ['a', null] });
  });

  it('adds a None branch to an anyOf, and to a oneOf whose branches all reject null', () => {
    expect(converted({ anyOf: [{ type: 'string' }, { type: 'integer' }], nullable: true })).toEqual({
      anyOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }],
    });
    const oneOf = [{ type: 'string' }, { $ref: '#/$defs/List' }, { enum: ['x'] }];
    expect(converted({ oneOf, nullable: true }, { List: { type: 'array' } })).toEqual({
      oneOf: [...oneOf, { type: 'null' }],
    });
  });

  it('wraps a oneOf in which some branch may already accept null (a second null branch would void oneOf)', () => {
    const oneOf = [{ type: 'string' }, { $ref: '#/$defs/Maybe' }];
    expect(
      converted({ oneOf, nullable: true, description: 'd' }, { Maybe: { type: 'integer', nullable: true } }),
    ).toEqual({ description: 'd', anyOf: [{ oneOf }, { type: 'null' }] });
    expect(converted({ oneOf: [{ type: 'string' }, { minimum: 1 }], nullable: true })).toEqual({
      anyOf: [{ oneOf: [{ type: 'string' }, { minimum: 1 }] }, { type: 'null' }],
    });
  });

  it('wraps a $ref or allOf, keeping title, description, default and x- hints outside where the form reads them', () => {
    expect(
      converted({
        $ref: '#/$defs/Labels',
        nullable: true,
        title: 'Labels',
        description: 'Tags.',
        default: null,
        'x-order': 3,
        example: { a: 'b' },
      }),
    ).toEqual({
      title: 'Labels',
      description: 'Tags.',
      default: null,
      'x-order': 3,
      example: { a: 'b' },
      anyOf: [{ $ref: '#/$defs/Labels' }, { type: 'null' }],
    });
    expect(converted({ allOf: [{ $ref: '#/$defs/A' }], nullable: true })).toEqual({
      anyOf: [{ allOf: [{ $ref: '#/$defs/A' }] }, { type: 'null' }],
    });
    expect(converted({ type: 'string', $ref: '#/$defs/A', nullable: true })).toEqual({
      anyOf: [{ type: 'string', $ref: '#/$defs/A' }, { type: 'null' }],
    });
  });

  it('is simply dropped where null is allowed already, where it is false, and on the root', () => {
    expect(converted({ minimum: 0, description: 'any', nullable: true })).toEqual({
      minimum: 0,
      description: 'any',
    });
    expect(converted({ type: 'string', nullable: false })).toEqual({ type: 'string' });
    expect(converted({ type: 'string', nullable: 'yes' })).toEqual({ type: 'string' });
    expect(convertOpenApiKeywords({ type: 'object', nullable: true, properties: {} })).toEqual({
      type: 'object',
      properties: {},
    });
  });

  it('is converted everywhere a subschema can be, components.schemas included', () => {
    const schema = {
      properties: {
        list: { type: 'array', items: { type: 'string', nullable: true } },
        obj: { type: 'object', additionalProperties: { type: 'integer', nullable: true } },
      },
      components: { schemas: { A: { type: 'boolean', nullable: true } }, examples: { ignored: {} } },
      $defs: { B: { anyOf: [{ type: 'string' }], nullable: true } },
    };
    const out = convertOpenApiKeywords(schema);
    expect(JSON.stringify(out)).not.toContain('nullable');
    expect(out.components).toEqual({
      schemas: { A: { type: ['boolean', 'null'] } },
      examples: { ignored: {} },
    });
    expect(compiles(out)).toBe(true);
  });

  it('leaves a schema without OpenAPI keywords as the very same object', () => {
    const schema = { type: 'object', properties: { t: { type: 'number', anyOf: [{ minimum: 0 }] } } };
    expect(convertOpenApiKeywords(schema)).toBe(schema);
  });

  it('accepts null in each converted shape and still rejects other values', () => {
    const schema = convertOpenApiKeywords({
      type: 'object',
      $defs: { Tags: { type: 'object', additionalProperties: { type: 'string' } } },
      properties: {
        typed: { type: 'number', maximum: 1, nullable: true },
        listed: { type: 'string', enum: ['a'], nullable: true },
        chosen: { oneOf: [{ type: 'string' }, { type: 'integer' }], nullable: true },
        referred: { $ref: '#/$defs/Tags', nullable: true },
      },
    });
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ typed: null, listed: null, chosen: null, referred: null })).toBe(true);
    expect(validate({ typed: 0.5, listed: 'a', chosen: 3, referred: { k: 'v' } })).toBe(true);
    for (const bad of [{ typed: 2 }, { listed: 'b' }, { chosen: true }, { referred: { k: 1 } }]) {
      expect(validate(bad)).toBe(false);
    }
  });
});

describe('nullable in a whole schema', () => {
  it('keeps the default a nullable $ref finds in its target', () => {
    const n = normalizeSchema({
      id: 'm',
      json_request_schema: {
        $defs: { Effort: { type: 'string', enum: ['low', 'high'], default: 'low' } },
        properties: {
          effort: { $ref: '#/$defs/Effort', nullable: true },
          pinned: { $ref: '#/$defs/Effort', nullable: true, default: null },
        },
      },
    });
    expect(n.problem).toBeUndefined();
    expect(n.defaults).toEqual({ effort: 'low', pinned: null });
  });
});

describe('other OpenAPI 3.0 keywords', () => {
  it('rewrites the flag form of exclusiveMinimum/exclusiveMaximum to the number form', () => {
    expect(
      converted({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: false }),
    ).toEqual({ type: 'number', exclusiveMinimum: 0, maximum: 1 });
    expect(converted({ type: 'number', maximum: 9, exclusiveMaximum: true })).toEqual({
      type: 'number',
      exclusiveMaximum: 9,
    });
    expect(converted({ type: 'number', exclusiveMinimum: true })).toEqual({ type: 'number' });
  });

  it('leaves annotations in place, and both ajv set-ups used here accept them', () => {
    const annotated = {
      type: 'string',
      example: 'x',
      deprecated: true,
      readOnly: false,
      writeOnly: true,
      externalDocs: { url: 'https://example.com/docs' },
      xml: { name: 'thing' },
      discriminator: { propertyName: 'kind' },
      'x-oaiTypeLabel': 'string',
      'x-oaiMeta': { beta: true },
      'x-stainless-renameMap': { a: 'b' },
    };
    expect(converted(annotated)).toBe(annotated);
    const n = normalizeSchema({
      id: 'm',
      json_request_schema: { 'x-oaiMeta': {}, properties: { p: annotated } },
    });
    expect(n.problem).toBeUndefined();
    expect(n.schema.properties.p).toEqual({ ...annotated, title: 'p' });
    expect(compiles(n.schema)).toBe(true);
  });
});

describe('the walk is bounded', () => {
  it('stops descending past its depth, leaving the budget to refuse the schema by name', () => {
    let deep: Record<string, unknown> = { type: 'string', nullable: true };
    for (let i = 0; i < 2_000; i++) deep = { type: 'object', properties: { a: deep } };
    expect(() => convertOpenApiKeywords({ properties: { p: deep } })).not.toThrow();
    expect(normalizeSchema({ id: 'm', json_request_schema: { properties: { p: deep } } }).problem).toMatch(
      /parameter "p" .*nested too deeply/,
    );
  });

  it('gives up past its node count, and normalizeSchema says why', () => {
    const wide = Object.fromEntries(
      Array.from({ length: WALK_LIMITS.nodes + 1 }, (_, i) => [`d${i}`, { type: 'string', nullable: true }]),
    );
    expect(() => convertOpenApiKeywords({ $defs: wide })).toThrow(TooManyParts);
    expect(normalizeSchema({ id: 'm', json_request_schema: { $defs: wide, properties: {} } }).problem).toBe(
      'the schema has more than 100,000 parts',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeSchema } from './normalizeSchema';
import { flattenRootAllOf } from './rootAllOf';

const defs = {
  Base: {
    allOf: [
      { $ref: '#/$defs/Core' },
      { type: 'object', properties: { b: { type: 'integer' } }, required: ['b'] },
    ],
  },
  Core: { type: 'object', properties: { a: { type: 'string' } }, 'x-note': 'shared' },
};

describe('a root allOf', () => {
  it('is merged into properties: parts in order (through $ref and nested allOf), then the root’s own', () => {
    const out = flattenRootAllOf({
      $defs: defs,
      allOf: [{ $ref: '#/$defs/Base' }, { properties: { c: { type: 'boolean' } }, required: ['c'] }],
      properties: { d: { type: 'number' } },
      required: ['d', 'b'],
    });
    expect(out.allOf).toBeUndefined();
    expect(Object.keys(out.properties as object)).toEqual(['a', 'b', 'c', 'd']);
    expect(out.required).toEqual(['b', 'c', 'd']);
    expect(out.$defs).toBe(defs);
  });

  it('combines a property two parts define differently, since both apply', () => {
    const out = flattenRootAllOf({
      allOf: [{ properties: { t: { type: 'number' } } }, { properties: { t: { maximum: 2 } } }],
    });
    expect(out.properties).toEqual({ t: { allOf: [{ type: 'number' }, { maximum: 2 }] } });
  });

  it('also serves one schema picked out of a document by a root $ref', () => {
    const n = normalizeSchema({
      id: 'm',
      json_request_schema: {
        $ref: '#/components/schemas/Request',
        components: {
          schemas: { Request: { type: 'object', properties: { k: { type: 'integer', default: 4 } } } },
        },
      },
    });
    expect(n.problem).toBeUndefined();
    expect(n.order).toEqual(['k']);
    expect(n.defaults).toEqual({ k: 4 });
  });

  it('is left alone when a part cannot be merged without changing its meaning', () => {
    for (const part of [
      { anyOf: [{ properties: { a: {} } }, { properties: { b: {} } }] },
      { type: 'array' },
      { minProperties: 1, properties: { a: {} } },
      { $ref: '#/$defs/Missing' },
      true,
    ]) {
      const root = { $defs: {}, allOf: [part] };
      expect(flattenRootAllOf(root)).toBe(root);
    }
  });

  it('stops at a $ref loop instead of following it for ever', () => {
    const root = { $defs: { A: { allOf: [{ $ref: '#/$defs/A' }] } }, allOf: [{ $ref: '#/$defs/A' }] };
    expect(flattenRootAllOf(root)).toBe(root);
  });
});

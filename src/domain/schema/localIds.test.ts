import { describe, expect, it } from 'vitest';
import { resolveLocalIds } from './localIds';
import { normalizeSchema } from './normalizeSchema';
import { resolveRef } from './schemaRefs';

const normalized = (schema: unknown) => normalizeSchema({ id: 'ids', json_request_schema: schema });
const refOf = (schema: Record<string, unknown>, name: string) =>
  (schema.properties as Record<string, { $ref?: string }>)[name]?.$ref;

describe('$anchor references', () => {
  const schema = {
    type: 'object',
    $defs: {
      effort: { $anchor: 'effortLevel', type: 'string', enum: ['low', 'high'], default: 'low' },
      'odd name%': { $anchor: 'odd', type: 'integer', default: 3 },
    },
    properties: { effort: { $ref: '#effortLevel' }, odd: { $ref: '#odd' } },
  };

  it('become pointers from the root, and the anchors go', () => {
    const out = resolveLocalIds(schema).schema;
    expect(refOf(out, 'effort')).toBe('#/$defs/effort');
    // Percent-encoded where a URI fragment needs it; every reader here decodes it.
    expect(refOf(out, 'odd')).toBe('#/$defs/odd%20name%25');
    expect(resolveRef(out, refOf(out, 'odd') ?? '')).toEqual({ type: 'integer', default: 3 });
    expect(JSON.stringify(out)).not.toContain('$anchor');
  });

  it('give a form with defaults taken through them', () => {
    const n = normalized(schema);
    expect(n.problem).toBeUndefined();
    expect(n.defaults).toEqual({ effort: 'low', odd: 3 });
  });

  it('include draft-07 anchors, written as a fragment-only $id', () => {
    const n = normalized({
      definitions: { Mode: { $id: '#mode', type: 'string', default: 'fast' } },
      properties: { mode: { $ref: '#mode' } },
    });
    expect(n.problem).toBeUndefined();
    expect(refOf(n.schema, 'mode')).toBe('#/definitions/Mode');
    expect(n.defaults).toEqual({ mode: 'fast' });
  });

  it('are scoped by the $id they sit under', () => {
    const out = resolveLocalIds({
      $defs: {
        One: { $id: 'https://example.com/one.json', $defs: { x: { $anchor: 'main', const: 1 } } },
        Two: { $id: 'https://example.com/two.json', $defs: { x: { $anchor: 'main', const: 2 } } },
      },
      properties: {
        a: { $ref: 'https://example.com/one.json#main' },
        b: { $ref: 'https://example.com/two.json#main' },
      },
    }).schema;
    expect(refOf(out, 'a')).toBe('#/$defs/One/$defs/x');
    expect(refOf(out, 'b')).toBe('#/$defs/Two/$defs/x');
  });

  it('that two parts claim are reported, not guessed', () => {
    const problem = normalized({
      $defs: { A: { $anchor: 'same', type: 'string' }, B: { $anchor: 'same', type: 'number' } },
      properties: { p: { $ref: '#same' } },
    }).problem;
    expect(problem).toBe('it refers to "#same", which two of its parts claim (the same $id or $anchor)');
  });
});

describe('$id-relative references inside one document', () => {
  it('resolve an absolute $id, alone or with a pointer after it', () => {
    const n = normalized({
      $defs: {
        Voice: {
          $id: 'https://schemas.example.com/voice.json',
          type: 'object',
          properties: { name: { type: 'string', default: 'ash' } },
        },
      },
      properties: {
        voice: { $ref: 'https://schemas.example.com/voice.json' },
        voice_name: { $ref: 'https://schemas.example.com/voice.json#/properties/name' },
      },
    });
    expect(n.problem).toBeUndefined();
    expect(refOf(n.schema, 'voice')).toBe('#/$defs/Voice');
    expect(refOf(n.schema, 'voice_name')).toBe('#/$defs/Voice/properties/name');
    expect(n.defaults).toEqual({ voice_name: 'ash' });
    expect(JSON.stringify(n.schema)).not.toContain('$id');
  });

  it('resolve a relative $id ("thing", "thing#/...") against the document', () => {
    const n = normalized({
      definitions: {
        Thing: { $id: 'thing', type: 'object', properties: { size: { type: 'integer', default: 2 } } },
      },
      properties: { thing: { $ref: 'thing' }, size: { $ref: 'thing#/properties/size' } },
    });
    expect(n.problem).toBeUndefined();
    expect(refOf(n.schema, 'thing')).toBe('#/definitions/Thing');
    expect(n.defaults).toEqual({ size: 2 });
  });

  it('resolve the root’s own $id, and a relative one against it', () => {
    const out = resolveLocalIds({
      $id: 'https://example.com/schemas/request.json',
      $defs: { Unit: { $id: 'unit.json', type: 'string' }, N: { type: 'number' } },
      properties: {
        unit: { $ref: 'https://example.com/schemas/unit.json' },
        n: { $ref: 'request.json#/$defs/N' },
      },
    }).schema;
    expect(refOf(out, 'unit')).toBe('#/$defs/Unit');
    expect(refOf(out, 'n')).toBe('#/$defs/N');
  });

  it('read a "#/..." pointer inside an $id as relative to that $id, and rewrite it from the root', () => {
    const n = normalized({
      $defs: {
        Pack: {
          $id: 'https://example.com/pack.json',
          $defs: { Inner: { type: 'string', default: 'in' } },
          type: 'object',
          properties: { inner: { $ref: '#/$defs/Inner' } },
        },
      },
      properties: { pack: { $ref: 'https://example.com/pack.json' }, direct: { $ref: '#/$defs/Pack' } },
    });
    expect(n.problem).toBeUndefined();
    const pack = (n.schema.$defs as { Pack: { properties: { inner: { $ref: string } } } }).Pack;
    expect(pack.properties.inner.$ref).toBe('#/$defs/Pack/$defs/Inner');
  });

  it('ignore an $id that names no new base (empty, or not a URI), rather than calling the parent ambiguous', () => {
    const n = normalized({
      $id: 'https://example.com/r.json',
      $defs: { A: { $id: '', type: 'string', default: 'a' }, B: { $id: 'http://[', type: 'integer' } },
      properties: { a: { $ref: 'https://example.com/r.json#/$defs/A' } },
    });
    expect(n.problem).toBeUndefined();
    expect(n.defaults).toEqual({ a: 'a' });
  });

  it('leave a schema without $id or $anchor as the very same object', () => {
    const schema = { $defs: { A: { type: 'string' } }, properties: { a: { $ref: '#/$defs/A' } } };
    expect(resolveLocalIds(schema).schema).toBe(schema);
  });
});

describe('references to other documents', () => {
  it('are still reported, never fetched', () => {
    expect(
      normalized({ properties: { e: { $ref: 'https://example.com/other.json#/$defs/E' } } }).problem,
    ).toBe(
      'parameter "e" refers to "https://example.com/other.json#/$defs/E", which the schema does not define',
    );
    expect(normalized({ properties: { e: { $ref: 'other.json' } } }).problem).toMatch(
      /refers to "other.json"/,
    );
  });

  it('are reported from inside an $id too, as written', () => {
    const problem = normalized({
      $defs: { A: { $id: 'https://example.com/a.json', properties: { b: { $ref: 'b.json' } } } },
      properties: { a: { $ref: 'https://example.com/a.json' } },
    }).problem;
    expect(problem).toMatch(/refers to "b.json", which the schema does not define/);
  });

  it('to an anchor nothing defines are reported', () => {
    expect(normalized({ properties: { e: { $ref: '#nowhere' } } }).problem).toMatch(/refers to "#nowhere"/);
  });
});

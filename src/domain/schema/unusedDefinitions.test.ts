import { describe, expect, it } from 'vitest';
import { normalizeSchema } from './normalizeSchema';
import { dropUnusedDefinitions } from './unusedDefinitions';

describe('unused definitions', () => {
  it('are dropped from $defs, definitions and components.schemas; used ones stay, also through each other', () => {
    const out = dropUnusedDefinitions({
      properties: { a: { $ref: '#/$defs/A' }, c: { $ref: '#/components/schemas/C/properties/x' } },
      $defs: { A: { items: { $ref: '#/definitions/B' } }, Unused: { type: 'string' } },
      definitions: { B: { type: 'integer' }, Lonely: { $ref: '#/definitions/B' } },
      components: {
        schemas: { C: { properties: { x: { type: 'string' } } }, D: { $ref: '#/$defs/A' } },
        responses: { kept: {} },
      },
    });
    expect(Object.keys(out.$defs as object)).toEqual(['A']);
    expect(Object.keys(out.definitions as object)).toEqual(['B']);
    expect(out.components).toEqual({
      schemas: { C: { properties: { x: { type: 'string' } } } },
      responses: { kept: {} },
    });
  });

  it('are all kept when something refers to a whole container or to the root', () => {
    const schema = {
      properties: { a: { $ref: '#/$defs' }, b: { $ref: '#' } },
      $defs: { A: {} },
      definitions: { B: {} },
    };
    expect(dropUnusedDefinitions(schema)).toBe(schema);
  });

  it('leave the schema as the very same object when every definition is used', () => {
    const schema = { properties: { a: { $ref: '#/$defs/A' } }, $defs: { A: { type: 'string' } } };
    expect(dropUnusedDefinitions(schema)).toBe(schema);
  });

  it('include those only a field the workbench owns used', () => {
    const n = normalizeSchema({
      id: 'm',
      json_request_schema: {
        properties: { messages: { items: { $ref: '#/$defs/Turn' } }, top_k: { $ref: '#/$defs/K' } },
        $defs: { Turn: { type: 'object' }, K: { type: 'integer' } },
      },
    });
    expect(n.schema.$defs).toEqual({ K: { type: 'integer' } });
  });
});

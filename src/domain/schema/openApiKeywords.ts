// Published request schemas are often OpenAPI 3.0 schemas, whose dialect differs from JSON Schema in a few
// keywords. Two of them make ajv refuse the schema, so this pass rewrites them into JSON Schema:
//
// - `nullable: true` ("may also be null"). ajv understands it only next to `type` and otherwise refuses the whole
//   schema ("nullable" cannot be used without "type"); and even next to `type` it leaves an `enum` without null
//   rejecting null. Rewritten so null is allowed where the author meant it, in the shape the form shows best: a
//   widened `type` (the form shows the non-null type's control), null added to an `enum`, a "None" choice added to
//   an existing anyOf/oneOf — and only where nothing narrower fits, an `anyOf: [<schema>, {type: "null"}]`
//   wrapper (pydantic's shape for Optional, which the form already names "<title> / None").
//   `nullable: false` says nothing JSON Schema does not already say, and is dropped.
// - `exclusiveMinimum`/`exclusiveMaximum: true`, draft-04's flag form ("minimum is exclusive"), which ajv
//   refuses as not a number: rewritten to the number form.
//
// Annotations (`example`, `deprecated`, `readOnly`, `writeOnly`, `discriminator`, `externalDocs`, `xml`, any
// `x-*` such as `x-oaiTypeLabel`, `x-oaiMeta`, `x-stainless-*`) are left in place: ajv runs with strict: false
// here and in the form's validator, so they are ignored, and the form may still read them.

import { isRecord, setOwn } from '@/lib/json';
import { derefSchema } from './schemaRefs';
import { mapSchemas } from './schemaWalk';

/** Keywords that describe a value rather than constrain it; a wrapper keeps them outside, where the form and
 * the defaults look for them. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'examples',
  'example',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  '$comment',
]);
const isAnnotation = (key: string) => ANNOTATIONS.has(key) || key.startsWith('x-');

/** Keywords that can reject null; a schema with none of them already accepts it. */
const NARROWING = ['type', 'enum', 'const', '$ref', '$dynamicRef', 'allOf', 'anyOf', 'oneOf', 'not', 'if'];

const NULL_SCHEMA = { type: 'null' } as const;

function withNullType(type: unknown): unknown {
  if (typeof type === 'string') return type === 'null' ? type : [type, 'null'];
  if (Array.isArray(type)) return type.includes('null') ? type : [...type, 'null'];
  return type; // Not a type at all: the problem check names it.
}

/** Whether `branch` certainly rejects null (looking through `$ref`); false when that cannot be told cheaply. */
function rejectsNull(root: unknown, branch: unknown): boolean {
  const schema = derefSchema(root, branch);
  if (!isRecord(schema) || schema.nullable === true) return false;
  if (typeof schema.type === 'string') return schema.type !== 'null';
  if (Array.isArray(schema.type)) return !schema.type.includes('null');
  if (Array.isArray(schema.enum)) return !schema.enum.includes(null);
  if ('const' in schema) return schema.const !== null;
  return false;
}

/** `schema` (without its `nullable`) changed to also accept null. */
function acceptNull(root: unknown, schema: Record<string, unknown>): Record<string, unknown> {
  const narrowing = NARROWING.filter((key) => key in schema);
  if (narrowing.length === 0) return schema;
  const out = { ...schema };
  if (narrowing.every((key) => key === 'type' || key === 'enum')) {
    if ('type' in out) out.type = withNullType(out.type);
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  // One anyOf or oneOf (with at most a type beside it): null becomes one more choice. For oneOf that is only
  // right when no other branch accepts null too, else null would match two.
  const choice = narrowing.filter((key) => key !== 'type');
  const key = choice.length === 1 && (choice[0] === 'anyOf' || choice[0] === 'oneOf') ? choice[0] : undefined;
  const branches = key ? out[key] : undefined;
  if (key && Array.isArray(branches) && (key === 'anyOf' || branches.every((b) => rejectsNull(root, b)))) {
    if ('type' in out) out.type = withNullType(out.type);
    out[key] = [...branches, NULL_SCHEMA];
    return out;
  }
  const outer: Record<string, unknown> = {};
  const inner: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(schema)) setOwn(isAnnotation(name) ? outer : inner, name, value);
  outer.anyOf = [inner, NULL_SCHEMA];
  return outer;
}

/** `minimum: 3, exclusiveMinimum: true` (draft-04) as `exclusiveMinimum: 3`; a `false` flag says nothing. */
function exclusiveBound(schema: Record<string, unknown>, bound: 'minimum' | 'maximum'): void {
  const flag = bound === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum';
  if (typeof schema[flag] !== 'boolean') return;
  if (schema[flag] === true && typeof schema[bound] === 'number') {
    schema[flag] = schema[bound];
    delete schema[bound];
  } else delete schema[flag];
}

function convert(root: unknown, node: Record<string, unknown>, isRoot: boolean): Record<string, unknown> {
  const hasFlag = typeof node.exclusiveMinimum === 'boolean' || typeof node.exclusiveMaximum === 'boolean';
  if (!('nullable' in node) && !hasFlag) return node;
  const { nullable, ...rest } = node;
  exclusiveBound(rest, 'minimum');
  exclusiveBound(rest, 'maximum');
  // The root is the object of parameters: "the whole request may be null" means nothing to a form.
  return nullable === true && !isRoot ? acceptNull(root, rest) : rest;
}

/** `root` with OpenAPI's `nullable` and boolean exclusive bounds written as JSON Schema, everywhere a subschema
 * can be (components.schemas included). Throws TooManyParts (see schemaWalk). */
export function convertOpenApiKeywords(root: Record<string, unknown>): Record<string, unknown> {
  return mapSchemas(root, (node, place) => convert(root, node, place.depth === 0));
}

// Finds what would stop the form from rendering a schema, as a sentence a user can read. Detecting it up front
// lets the UI fall back to the JSON editor with a reason, instead of rjsf crashing or silently showing nothing.

import type Ajv from 'ajv';
import { isRecord } from '@/lib/json';
import { schemaEngine } from './schemaEngine';
import { SUBSCHEMA_KEYWORDS, SUBSCHEMA_LIST_KEYWORDS } from './schemaKeywords';
import { resolveRef } from './schemaRefs';

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAP_KEYS = [
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
] as const;

// One shared instance: creating Ajv is costly. strict:false because Oxen schemas carry extension keywords
// (`basic`, `x-order`, ...) that are hints, not errors; formats are not validated here (rjsf's own validator
// does). The compiled code is thrown away, so skipping its optimisation pass cuts the cost about threefold.
let shared: Ajv | null = null;
function sharedAjv(): Ajv {
  shared ??= new (schemaEngine().AjvClass)({
    strict: false,
    validateFormats: false,
    allErrors: false,
    logger: false,
    code: { optimize: false },
  });
  return shared;
}

/** Compiles ajv's JSON Schema meta-schema, which the first schema check of the page does otherwise (30–50 ms in
 * one task: it was the long task after "Run all cases" when no form had been shown). For idle time once the
 * schema engine is in; after that it costs nothing. */
export function warmSchemaChecks(): void {
  sharedAjv().validateSchema({});
}

function where(path: string[]): string {
  const [param, ...rest] = path;
  if (param === undefined) return 'the schema';
  return rest.length === 0 ? `parameter "${param}"` : `parameter "${param}" (at ${rest.join('/')})`;
}

function walk(
  root: Record<string, unknown>,
  node: unknown,
  path: string[],
  depth: number,
): string | undefined {
  if (typeof node === 'boolean') return undefined;
  if (!isRecord(node)) return `${where(path)} is not a schema object`;
  if (depth > 64) return `${where(path)} is nested too deeply`;

  const { type } = node;
  if (type !== undefined) {
    const types = Array.isArray(type) ? type : [type];
    const unknown = types.find((t) => typeof t !== 'string' || !JSON_TYPES.has(t));
    if (unknown !== undefined || types.length === 0) {
      return `${where(path)} has the unknown type ${JSON.stringify(unknown ?? type)}`;
    }
  }
  if (node.$ref !== undefined) {
    if (typeof node.$ref !== 'string') return `${where(path)} has a $ref that is not a string`;
    if (resolveRef(root, node.$ref) === undefined) {
      return `${where(path)} refers to "${node.$ref}", which the schema does not define`;
    }
  }
  for (const key of SUBSCHEMA_KEYWORDS) {
    if (node[key] === undefined || Array.isArray(node[key])) continue;
    const found = walk(root, node[key], [...path, key], depth + 1);
    if (found) return found;
  }
  for (const key of SUBSCHEMA_LIST_KEYWORDS) {
    const list = node[key];
    if (list === undefined || (key === 'items' && !Array.isArray(list))) continue;
    if (!Array.isArray(list)) return `${where(path)} has "${key}" that is not a list`;
    for (const [i, item] of list.entries()) {
      const found = walk(root, item, [...path, `${key}/${i}`], depth + 1);
      if (found) return found;
    }
  }
  for (const key of SCHEMA_MAP_KEYS) {
    const map = node[key];
    if (map === undefined) continue;
    if (!isRecord(map)) return `"${key}" of ${where(path)} is not an object`;
    for (const [name, sub] of Object.entries(map)) {
      // Top-level properties are named by the parameter alone; anything deeper keeps the keyword for context.
      const next = path.length === 0 && key === 'properties' ? [name] : [...path, `${key}/${name}`];
      const found = walk(root, sub, next, depth + 1);
      if (found) return found;
    }
  }
  // OpenAPI's definitions, reached by "#/components/schemas/..." refs: checked like $defs so that a problem in
  // one is named here rather than in ajv's words.
  const components = depth === 0 ? node.components : undefined;
  if (isRecord(components) && isRecord(components.schemas)) {
    for (const [name, sub] of Object.entries(components.schemas)) {
      const found = walk(root, sub, [`components/schemas/${name}`], depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Why `schema` (already normalised: an object with owned fields removed) cannot be rendered, or undefined. */
export function findSchemaProblem(schema: Record<string, unknown>): string | undefined {
  const structural = walk(schema, schema, [], 0);
  if (structural) return structural;
  const ajv = sharedAjv();
  try {
    ajv.compile(schema);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `the schema is not valid JSON Schema (${message})`;
  } finally {
    // Do not keep it: a later schema reusing the same $id must not collide with this one.
    ajv.removeSchema(schema);
  }
  return undefined;
}

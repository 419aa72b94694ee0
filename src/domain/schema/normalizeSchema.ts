// Turns whatever a model publishes as its parameter schema into one the form can render, or says why it cannot.
// Pure: the same model always gives an equal result, so callers memoise it per model.

import { ownedFieldsOf } from '@/domain/request';
import type { Model } from '@/lib/api';
import { isRecord, setOwn } from '@/lib/json';
import { builtinChatSchema } from './builtinChatSchema';
import { resolveLocalIds } from './localIds';
import { convertOpenApiKeywords } from './openApiKeywords';
import { flattenRootAllOf } from './rootAllOf';
import { budgetSchema } from './schemaBudget';
import { findSchemaProblem } from './schemaProblems';
import { defaultOf } from './schemaRefs';
import { TooManyParts } from './schemaWalk';
import { dropUnusedDefinitions } from './unusedDefinitions';

export type SchemaSource = 'json_request_schema' | 'request_schema' | 'builtin';

/** A JSON Schema object describing the request parameters (the form library reads it as its own schema type). */
export interface ObjectSchema {
  type: 'object';
  properties: Record<string, unknown>;
  required?: string[];
  [keyword: string]: unknown;
}

export interface NormalizedSchema {
  /** An object schema: owned fields removed, properties in display order, $defs/definitions kept. */
  schema: ObjectSchema;
  source: SchemaSource;
  /** Top-level defaults (following $ref), i.e. what the provider uses when a parameter is not sent. */
  defaults: Record<string, unknown>;
  /** Property names in display (and request) order. */
  order: string[];
  /** Why the schema cannot be rendered as a form; the UI then falls back to a JSON editor. */
  problem?: string;
  /** What was simplified to keep the form affordable (see schemaBudget). */
  notes?: string[];
}

// Root keywords that would make rjsf offer "add a property" controls or reject values a previous model left
// behind; parameters are a fixed set named by `properties`.
const DROPPED_ROOT_KEYS = [
  'additionalProperties',
  'patternProperties',
  'unevaluatedProperties',
  '$id',
  '$schema',
];

const EMPTY: ObjectSchema = { type: 'object', properties: {} };

function pick(model: Model): { source: SchemaSource; raw: unknown } {
  const present = (v: unknown) =>
    v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
  if (present(model.json_request_schema))
    return { source: 'json_request_schema', raw: model.json_request_schema };
  if (present(model.request_schema)) return { source: 'request_schema', raw: model.request_schema };
  return { source: 'builtin', raw: builtinChatSchema };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function xOrder(schema: unknown): number {
  const order = isRecord(schema) ? schema['x-order'] : undefined;
  return typeof order === 'number' && Number.isFinite(order) ? order : Number.POSITIVE_INFINITY;
}

/** Required or `basic` parameters first, then the rest; each group by `x-order`, ties in original order. */
function orderNames(properties: Record<string, unknown>, first: ReadonlySet<string>): string[] {
  const names = Object.keys(properties);
  const byXOrder = (a: string, b: string) => xOrder(properties[a]) - xOrder(properties[b]);
  // Array.prototype.sort is stable, which keeps the original order among equal x-order values.
  return [
    ...names.filter((n) => first.has(n)).sort(byXOrder),
    ...names.filter((n) => !first.has(n)).sort(byXOrder),
  ];
}

/** What a published schema says, in the terms everything after this reads: `$ref`s as root pointers, a root
 * allOf merged into properties, OpenAPI's `nullable` as JSON Schema. */
function prepare(parsed: Record<string, unknown>): Prepared {
  const ids = resolveLocalIds(parsed);
  if (ids.problem !== undefined) return { problem: ids.problem };
  return { schema: convertOpenApiKeywords(flattenRootAllOf(ids.schema)) };
}

type Prepared = { schema: Record<string, unknown> } | { problem: string };

/** `pass()`, or the reason it gave up when the schema has more parts than its walk allows. */
function bounded(pass: () => Prepared): Prepared {
  try {
    return pass();
  } catch (error) {
    if (error instanceof TooManyParts) return { problem: error.message };
    throw error;
  }
}

function failed(source: SchemaSource, problem: string): NormalizedSchema {
  return { schema: EMPTY, source, defaults: {}, order: [], problem };
}

export function normalizeSchema(model: Model): NormalizedSchema {
  const { source, raw } = pick(model);
  let parsed: unknown = raw;
  if (typeof raw === 'string') {
    try {
      parsed = JSON.parse(raw);
    } catch {
      return failed(source, `the ${source} text is not valid JSON`);
    }
  }
  if (!isRecord(parsed)) return failed(source, 'the schema is not a JSON object');
  if (parsed.type !== undefined && parsed.type !== 'object') {
    return failed(source, `the schema describes ${JSON.stringify(parsed.type)}, not an object of parameters`);
  }
  const prepared = bounded(() => prepare(parsed));
  if ('problem' in prepared) return failed(source, prepared.problem);
  const published = prepared.schema;
  const rawProperties = published.properties ?? {};
  if (!isRecord(rawProperties)) return failed(source, '"properties" is not an object');

  const properties: Record<string, unknown> = Object.create(null);
  const owned = ownedFieldsOf(rawProperties);
  for (const [name, prop] of Object.entries(rawProperties)) {
    if (owned.has(name)) continue;
    // The form labels a parameter by its own title, else its name. Pinning that on the property makes every rjsf
    // part agree (selectors, list buttons, messages), and stops a $ref field from borrowing the referenced
    // definition's title ("ReasoningConfig").
    const untitled = isRecord(prop) && (typeof prop.title !== 'string' || prop.title === '');
    setOwn(properties, name, untitled ? { ...prop, title: name } : prop);
  }
  const required = stringList(published.required).filter((n) => n in properties);
  const basic = stringList(published.basic).filter((n) => n in properties);
  const order = orderNames(properties, new Set([...required, ...basic]));

  const schema: Record<string, unknown> = { ...published, type: 'object', properties: {} };
  for (const key of DROPPED_ROOT_KEYS) delete schema[key];
  schema.properties = Object.fromEntries(order.map((n) => [n, properties[n]]));
  if (required.length > 0) schema.required = required;
  else delete schema.required;
  if (basic.length > 0) schema.basic = basic;
  else delete schema.basic;

  // Definitions only the removed fields used go too (messages' content parts, say), before the budget counts them.
  const used = bounded(() => ({ schema: dropUnusedDefinitions(schema) }));
  if ('problem' in used) return { ...failed(source, used.problem), order };
  // The budget runs first: ajv alone can take minutes over a hostile schema.
  const budget = budgetSchema(used.schema);
  if (budget.problem) return { ...failed(source, budget.problem), order };
  const affordable = budget.schema;
  const problem = findSchemaProblem(affordable);
  if (problem) return { ...failed(source, problem), order };

  // No prototype: a parameter name is server data, and defaults[name] must never find Object.prototype members.
  const defaults: Record<string, unknown> = Object.create(null);
  const budgetedProperties = affordable.properties as Record<string, unknown>;
  for (const name of order) {
    const value = defaultOf(affordable, budgetedProperties[name]);
    if (value !== undefined) setOwn(defaults, name, value);
  }
  return {
    schema: affordable as ObjectSchema,
    source,
    defaults,
    order,
    ...(budget.notes.length > 0 ? { notes: budget.notes } : {}),
  };
}

/** Which section of the form a parameter belongs to: required and Oxen-`basic` ones are shown up front. */
export function groupOf(normalized: NormalizedSchema, name: string): 'basic' | 'advanced' {
  const { required, basic } = normalized.schema as { required?: unknown; basic?: unknown };
  return stringList(required).includes(name) || stringList(basic).includes(name) ? 'basic' : 'advanced';
}

/** The label the form shows for a top-level parameter: its schema title, else its name. */
export function paramLabel(normalized: NormalizedSchema, name: string): string {
  const prop = normalized.schema.properties?.[name];
  return isRecord(prop) && typeof prop.title === 'string' && prop.title !== '' ? prop.title : name;
}

// Where subschemas sit inside a JSON Schema: one list for every walk over a schema.

/** Keywords whose value is one subschema (shared by every walk over a schema: the budget, the problem check
 * and the OpenAPI passes). */
export const SUBSCHEMA_KEYWORDS: readonly string[] = [
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
];
/** Keywords whose value is a list of subschemas. */
export const SUBSCHEMA_LIST_KEYWORDS: readonly string[] = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];

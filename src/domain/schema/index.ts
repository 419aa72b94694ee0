export type { NormalizedSchema } from './normalizeSchema';
export { groupOf, normalizeSchema, OWNED_FIELDS, paramLabel } from './normalizeSchema';
export { derefSchema, resolveRef } from './schemaRefs';
export { markExplicit, resetAll, resetField, sentParams } from './sentParams';

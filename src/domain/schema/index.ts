export type { NormalizedSchema, ObjectSchema, SchemaSource } from './normalizeSchema';
export { groupOf, normalizeSchema, paramLabel } from './normalizeSchema';
export type { OutputFormat, PromptSupport } from './promptSupport';
export { anySupport, BUILTIN_SUPPORT, OUTPUT_FORMATS, promptSupport } from './promptSupport';
export { MAX_PATTERN_LENGTH, patternRisk } from './regexRisk';
export { budgetSchema, OPTIONS_KEY, SCHEMA_LIMITS } from './schemaBudget';
export {
  loadSchemaEngine,
  onSchemaEngine,
  schemaEngine,
  schemaEngineFailure,
  schemaEngineReady,
} from './schemaEngine';
export { warmSchemaChecks } from './schemaProblems';
export { derefSchema, resolveRef } from './schemaRefs';
export type { ParamState } from './sentParams';
export {
  EMPTY_PARAMS,
  effectiveParams,
  markExplicit,
  resetAll,
  resetField,
  sentParams,
  verbatimParams,
} from './sentParams';

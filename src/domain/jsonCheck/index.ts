export type { JsonProblem, SchemaCheck, ValueCheck } from './jsonCheck';
export {
  checkSchemaText,
  checkValue,
  checkValueText,
  clearJsonCheckCache,
  MAX_LISTED_ERRORS,
  problemText,
} from './jsonCheck';
export type { JsonText } from './jsonText';
export { JSON_CHECK_LIMITS, readJsonText } from './jsonText';
export type { SentSchemas, ToolCallCheck } from './requestChecks';
export { checkOutput, checkToolCall, sentSchemas } from './requestChecks';

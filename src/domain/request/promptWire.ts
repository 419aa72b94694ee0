// Tools, tool choice and response format as the request carries them. Their schemas are text in the prompt (the
// user edits them); the request carries them parsed. A piece whose text is not a JSON object cannot be sent as
// written, so it is left out of the request — deterministically, never half-sent — and promptProblems names it;
// Run and the API tab show those problems.

import type { ResponseFormat, ToolChoice, ToolDefinition } from '@/domain/conversation';
import type { JsonObject, JsonValue } from '@/lib/api';
import { isRecord } from '@/lib/json';

/** A schema's text as a JSON object, or why it is not one. Blank text is no schema (null). */
export function parseSchemaText(text: string): { value: JsonObject | null } | { error: string } {
  if (text.trim() === '') return { value: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  return isRecord(value) ? { value: value as JsonObject } : { error: 'not a JSON object' };
}

/**
 * `tools` as sent: `{type: "function", function: {name, description, parameters, strict}}` per tool, in that key
 * order. An empty description and blank parameters are not sent (both are optional); a tool whose parameters
 * are not a JSON object is left out. An empty list is not sent at all (OpenAI refuses `"tools": []`).
 */
export function wireTools(tools: readonly ToolDefinition[] | undefined): JsonObject[] | undefined {
  const out: JsonObject[] = [];
  for (const tool of tools ?? []) {
    const parsed = parseSchemaText(tool.parameters);
    if ('error' in parsed) continue;
    const fn: JsonObject = { name: tool.name };
    if (tool.description !== '') fn.description = tool.description;
    if (parsed.value !== null) fn.parameters = parsed.value;
    if (tool.strict !== undefined) fn.strict = tool.strict;
    out.push({ type: 'function', function: fn });
  }
  return out.length > 0 ? out : undefined;
}

export function wireToolChoice(choice: ToolChoice | undefined): JsonValue | undefined {
  if (choice === undefined || typeof choice === 'string') return choice;
  return { type: 'function', function: { name: choice.name } };
}

/** `response_format` as sent. A JSON schema whose text is not a JSON object leaves the whole format out (a
 * json_schema format without its schema would ask for something else); blank schema text sends none. */
export function wireResponseFormat(format: ResponseFormat | undefined): JsonObject | undefined {
  if (format === undefined) return undefined;
  if (format.type !== 'json_schema') return { type: format.type };
  const parsed = parseSchemaText(format.schema);
  if ('error' in parsed) return undefined;
  const spec: JsonObject = { name: format.name };
  if (format.description !== undefined) spec.description = format.description;
  if (parsed.value !== null) spec.schema = parsed.value;
  if (format.strict !== undefined) spec.strict = format.strict;
  return { type: 'json_schema', json_schema: spec };
}

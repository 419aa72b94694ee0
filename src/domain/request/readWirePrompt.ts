// Tools, tool choice, response format and tool calls read from a pasted request (or a pasted `tools` list) into
// the prompt's terms — the inverse of promptWire. What does not fit is left out and named in `warnings`; what the
// workbench wrote maps back with no warning, so that import ∘ export is the identity.

import {
  PROMPT_LIMITS,
  type ResponseFormat,
  type ToolCall,
  type ToolChoice,
  type ToolDefinition,
} from '@/domain/conversation';
import { isRecord, jsonExceeds } from '@/lib/json';

/** A schema object as the text the editor shows (two-space indent; parsing it gives the same JSON back). */
function schemaText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

const extraKeys = (value: Record<string, unknown>, known: readonly string[]) =>
  Object.keys(value).filter((k) => !known.includes(k));

function readWireTool(value: unknown, where: string, warnings: string[]): ToolDefinition | null {
  if (!isRecord(value) || value.type !== 'function' || !isRecord(value.function)) {
    const type = isRecord(value) && typeof value.type === 'string' ? ` ("${value.type}")` : '';
    warnings.push(`${where}${type} is not a function tool and was left out.`);
    return null;
  }
  const fn = value.function;
  if (typeof fn.name !== 'string') {
    warnings.push(`${where} has no name and was left out.`);
    return null;
  }
  if (fn.parameters !== undefined && !isRecord(fn.parameters)) {
    warnings.push(`${where} (${fn.name}): its parameters are not an object; the tool was left out.`);
    return null;
  }
  const tool: ToolDefinition = {
    name: fn.name,
    description: typeof fn.description === 'string' ? fn.description : '',
    parameters: schemaText(fn.parameters),
  };
  if (fn.description !== undefined && typeof fn.description !== 'string')
    warnings.push(`${where} (${fn.name}): its description is not text and was left out.`);
  if (fn.description === '') warnings.push(`${where} (${fn.name}): its empty description is not sent.`);
  if (typeof fn.strict === 'boolean') tool.strict = fn.strict;
  else if (fn.strict !== undefined && fn.strict !== null)
    warnings.push(`${where} (${fn.name}): "strict" is not true/false and was left out.`);
  const extra = [
    ...extraKeys(value, ['type', 'function']),
    ...extraKeys(fn, ['name', 'description', 'parameters', 'strict']).map((k) => `function.${k}`),
  ];
  if (extra.length > 0) warnings.push(`${where} (${fn.name}): ${extra.join(', ')} not imported.`);
  return tool;
}

/** A request's `tools` as the prompt's tools (absent: none). */
export function readWireTools(value: unknown, warnings: string[]): ToolDefinition[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    warnings.push('"tools" is not a list and was not imported.');
    return undefined;
  }
  if (value.length === 0) warnings.push('An empty "tools" list is not sent.');
  if (value.length > PROMPT_LIMITS.tools)
    warnings.push(`Only the first ${PROMPT_LIMITS.tools} tools were imported.`);
  const tools = value
    .slice(0, PROMPT_LIMITS.tools)
    .flatMap((raw, i) => readWireTool(raw, `Tool ${i + 1}`, warnings) ?? []);
  return tools.length > 0 ? tools : undefined;
}

export function readWireToolChoice(value: unknown, warnings: string[]): ToolChoice | undefined {
  if (value === undefined) return undefined;
  if (value === 'auto' || value === 'none' || value === 'required') return value;
  if (
    isRecord(value) &&
    value.type === 'function' &&
    isRecord(value.function) &&
    typeof value.function.name === 'string'
  )
    return { name: value.function.name };
  warnings.push('"tool_choice" is not auto, none, required or a named function; it was not imported.');
  return undefined;
}

export function readWireResponseFormat(value: unknown, warnings: string[]): ResponseFormat | undefined {
  if (value === undefined) return undefined;
  if (isRecord(value) && (value.type === 'text' || value.type === 'json_object')) {
    if (Object.keys(value).length > 1) warnings.push('"response_format": only its type was imported.');
    return { type: value.type };
  }
  if (isRecord(value) && value.type === 'json_schema' && isRecord(value.json_schema)) {
    const spec = value.json_schema;
    if (typeof spec.name === 'string' && (spec.schema === undefined || isRecord(spec.schema))) {
      const format: ResponseFormat = {
        type: 'json_schema',
        name: spec.name,
        schema: schemaText(spec.schema),
      };
      if (typeof spec.description === 'string') format.description = spec.description;
      if (typeof spec.strict === 'boolean') format.strict = spec.strict;
      const extra = extraKeys(spec, ['name', 'description', 'schema', 'strict']);
      if (extra.length > 0)
        warnings.push(`"response_format": json_schema.${extra.join(', json_schema.')} not imported.`);
      return format;
    }
  }
  warnings.push(
    '"response_format" is not text, json_object or a json_schema with a name; it was not imported.',
  );
  return undefined;
}

/** An assistant message's `tool_calls` (malformed calls left out, named). Arguments that are not text (some
 * servers write an object) are kept as their JSON text. */
export function readWireToolCalls(value: unknown, where: string, warnings: string[]): ToolCall[] {
  if (!Array.isArray(value)) {
    warnings.push(`${where}: "tool_calls" is not a list and was not imported.`);
    return [];
  }
  const calls: ToolCall[] = [];
  for (const [i, raw] of value.slice(0, PROMPT_LIMITS.toolCalls).entries()) {
    const fn = isRecord(raw) ? raw.function : undefined;
    if (!isRecord(raw) || typeof raw.id !== 'string' || !isRecord(fn) || typeof fn.name !== 'string') {
      warnings.push(`${where}: tool call ${i + 1} is malformed and was left out.`);
      continue;
    }
    let args = fn.arguments;
    if (typeof args !== 'string') {
      warnings.push(`${where}: tool call ${i + 1}'s arguments are not text; their JSON text was kept.`);
      args = args === undefined ? '' : JSON.stringify(args);
    }
    calls.push({ id: raw.id, name: fn.name, arguments: args as string });
  }
  if (value.length > PROMPT_LIMITS.toolCalls)
    warnings.push(`${where}: only the first ${PROMPT_LIMITS.toolCalls} tool calls were imported.`);
  return calls;
}

/** Far beyond any real list of tools, well within the stack. */
const TOOLS_TEXT_LIMITS = { depth: 48, nodes: 200_000 };

/**
 * Pasted text holding tools in OpenAI's format — a `tools` list, one tool, or an object with a `tools` member
 * (a whole request) — as the prompt's tools, or why none could be read.
 */
export function parseToolsText(
  text: string,
): { tools: ToolDefinition[]; warnings: string[] } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `The text is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const tooBig = jsonExceeds(value, TOOLS_TEXT_LIMITS);
  if (tooBig) return { error: `The tools cannot be imported: ${tooBig}.` };
  const list = Array.isArray(value) ? value : isRecord(value) && 'tools' in value ? value.tools : [value];
  const warnings: string[] = [];
  const tools = readWireTools(list, warnings) ?? [];
  if (tools.length === 0) return { error: warnings[0] ?? 'No tools were found in the text.' };
  return { tools, warnings };
}

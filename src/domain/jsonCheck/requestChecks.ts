// The checks an answer gets against the request that asked for it: each tool call's arguments against the
// parameters of the tool of that name as sent, and a structured answer against the response_format's schema.
// Read from the request as it was sent (not the editor), so editing the tools afterwards does not change the
// verdict on an earlier answer.

import type { ChatCompletionRequest } from '@/lib/api';
import { isRecord } from '@/lib/json';
import { checkValueText, type ValueCheck } from './jsonCheck';
import { readJsonText } from './jsonText';

export interface SentSchemas {
  /** Each sent tool's parameters as JSON text (the cache key of its validator), by name. */
  tools: ReadonlyMap<string, string>;
  /** What the answer's text must be: JSON against a schema, any JSON object, or free text. */
  output: { kind: 'json_schema'; schema: string } | { kind: 'json_object' } | null;
}

const cache = new WeakMap<ChatCompletionRequest, SentSchemas>();

export function sentSchemas(request: ChatCompletionRequest): SentSchemas {
  const cached = cache.get(request);
  if (cached) return cached;
  const tools = new Map<string, string>();
  if (Array.isArray(request.tools))
    for (const tool of request.tools) {
      const fn = isRecord(tool) ? tool.function : undefined;
      if (!isRecord(fn) || typeof fn.name !== 'string' || tools.has(fn.name)) continue;
      // No parameters: the function takes none, and any object is accepted.
      tools.set(fn.name, fn.parameters === undefined ? '{"type":"object"}' : JSON.stringify(fn.parameters));
    }
  const format = request.response_format;
  let output: SentSchemas['output'] = null;
  if (isRecord(format) && format.type === 'json_object') output = { kind: 'json_object' };
  if (isRecord(format) && format.type === 'json_schema') {
    const spec = isRecord(format.json_schema) ? format.json_schema : {};
    output = {
      kind: 'json_schema',
      schema: spec.schema === undefined ? 'true' : JSON.stringify(spec.schema),
    };
  }
  const schemas = { tools, output };
  cache.set(request, schemas);
  return schemas;
}

export type ToolCallCheck = ValueCheck | { kind: 'unknown-tool'; raw: string };

/** A finished call's arguments, checked against the parameters of the tool it names. */
export function checkToolCall(request: ChatCompletionRequest, name: string, args: string): ToolCallCheck {
  const schema = sentSchemas(request).tools.get(name);
  if (schema === undefined) return { kind: 'unknown-tool', raw: args };
  return checkValueText(schema, args);
}

/** A finished answer checked against the response format it was asked in; null when free text was asked for. */
export function checkOutput(request: ChatCompletionRequest, text: string): ValueCheck | null {
  const output = sentSchemas(request).output;
  if (!output) return null;
  if (output.kind === 'json_schema') return checkValueText(output.schema, text);
  const read = readJsonText(text);
  if (!read.ok) return { kind: 'not-json', raw: text, message: read.message };
  return isRecord(read.value)
    ? { kind: 'valid', value: read.value, notes: [] }
    : { kind: 'invalid', value: read.value, errors: [{ path: '/', message: 'must be object' }], more: 0 };
}

// The prompt read back from a stranger's JSON (stored state, a share link): every piece that has the expected
// shape is kept, every piece that does not is dropped and named, so one bad tool never costs the turns. Sizes are
// bounded here too: the readers' callers bound the whole document (node count, depth), these bound the lists.

import { checkedImageUrl } from '@/lib/api';
import { isRecord } from '@/lib/json';
import {
  type Conversation,
  isTurnRole,
  type ResponseFormat,
  type ToolCall,
  type ToolChoice,
  type ToolDefinition,
  type Turn,
} from './conversation';

/** OpenAI accepts at most 128 tools; a turn's calls and a schema's text are bounded likewise. */
export const PROMPT_LIMITS = { tools: 128, toolCalls: 128, schemaChars: 1_000_000, drawn: 16 } as const;

function readToolCall(value: unknown): ToolCall | null {
  if (!isRecord(value)) return null;
  const { id, name, arguments: args } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof args !== 'string') return null;
  return { id, name, arguments: args };
}

/**
 * A turn read from a stranger's JSON, or null when it is not one: a role, text, and images as a list of strings
 * (absent: none). Its tool calls and the call id it answers are optional: a malformed call is dropped on its own,
 * a malformed id is dropped (the turn then answers nothing, which the pairing check names).
 */
export function readTurn(value: unknown): Turn | null {
  if (!isRecord(value)) return null;
  const { role, text, images = [], toolCalls, toolCallId, drawn } = value;
  if (!isTurnRole(role) || typeof text !== 'string') return null;
  if (!Array.isArray(images) || !images.every((s) => typeof s === 'string')) return null;
  const turn: Turn = { role, text, images };
  if (role === 'assistant' && Array.isArray(toolCalls)) {
    const calls = toolCalls.slice(0, PROMPT_LIMITS.toolCalls).flatMap((raw) => {
      const call = readToolCall(raw);
      return call ? [call] : [];
    });
    if (calls.length > 0) turn.toolCalls = calls;
  }
  if (role === 'tool' && typeof toolCallId === 'string') turn.toolCallId = toolCallId;
  if (role === 'assistant' && Array.isArray(drawn)) {
    // Checked as an answer's images are at the edge: a stored javascript: or SVG URL is not shown.
    const ignored: string[] = [];
    const urls = drawn
      .slice(0, PROMPT_LIMITS.drawn)
      .flatMap((url) => (typeof url === 'string' ? (checkedImageUrl(url, '', ignored) ?? []) : []));
    if (urls.length > 0) turn.drawn = urls;
  }
  return turn;
}

function readTool(value: unknown): ToolDefinition | null {
  if (!isRecord(value)) return null;
  const { name, description, parameters, strict } = value;
  if (typeof name !== 'string' || typeof description !== 'string' || typeof parameters !== 'string')
    return null;
  if (parameters.length > PROMPT_LIMITS.schemaChars) return null;
  return { name, description, parameters, ...(typeof strict === 'boolean' ? { strict } : {}) };
}

export function readToolChoice(value: unknown): ToolChoice | undefined {
  if (value === 'auto' || value === 'none' || value === 'required') return value;
  if (isRecord(value) && typeof value.name === 'string') return { name: value.name };
  return undefined;
}

export function readResponseFormat(value: unknown): ResponseFormat | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'text' || value.type === 'json_object') return { type: value.type };
  if (value.type !== 'json_schema') return undefined;
  const { name, description, schema, strict } = value;
  if (typeof name !== 'string' || typeof schema !== 'string' || schema.length > PROMPT_LIMITS.schemaChars)
    return undefined;
  return {
    type: 'json_schema',
    name,
    ...(typeof description === 'string' ? { description } : {}),
    schema,
    ...(typeof strict === 'boolean' ? { strict } : {}),
  };
}

/** What a conversation carries besides its turns. */
export type PromptParts = Pick<Conversation, 'tools' | 'toolChoice' | 'parallelToolCalls' | 'responseFormat'>;

/**
 * The tools, tool choice, parallel switch and response format of a stored or shared conversation. Absent stays
 * absent; what is present but malformed is left out and named in `problems` ("tool 2", "the tool choice").
 */
export function readPromptParts(value: Record<string, unknown>, problems: string[]): PromptParts {
  const parts: PromptParts = {};
  if (value.tools !== undefined) {
    if (!Array.isArray(value.tools)) problems.push('the tools');
    else {
      const tools: ToolDefinition[] = [];
      for (const [i, raw] of value.tools.slice(0, PROMPT_LIMITS.tools).entries()) {
        const tool = readTool(raw);
        if (tool) tools.push(tool);
        else problems.push(`tool ${i + 1}`);
      }
      const beyond = value.tools.length - PROMPT_LIMITS.tools;
      if (beyond > 0) problems.push(`${beyond} tool(s) beyond the first ${PROMPT_LIMITS.tools}`);
      if (tools.length > 0) parts.tools = tools;
    }
  }
  if (value.toolChoice !== undefined) {
    const choice = readToolChoice(value.toolChoice);
    if (choice) parts.toolChoice = choice;
    else problems.push('the tool choice');
  }
  if (value.parallelToolCalls !== undefined) {
    if (typeof value.parallelToolCalls === 'boolean') parts.parallelToolCalls = value.parallelToolCalls;
    else problems.push('the parallel tool calls switch');
  }
  if (value.responseFormat !== undefined) {
    const format = readResponseFormat(value.responseFormat);
    if (format) parts.responseFormat = format;
    else problems.push('the response format');
  }
  return parts;
}

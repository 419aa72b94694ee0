// The parts of an answer beyond its text: reasoning and tool calls, read from a stream delta or a whole message.
// Servers spell reasoning three ways (DeepSeek and vLLM `reasoning_content`, vLLM and OpenRouter `reasoning`,
// OpenRouter `reasoning_details`); the reader hands on one string whatever the spelling. Tool calls are bounded:
// a chunk claiming call 10,000,000 or a megabyte-long name must not make the page build or draw that much.

import { isRecord } from '@/lib/json';
import type { AnswerToolCall, ToolCallDelta } from '../types';
import { count, field, type Notes, note, object, text } from './read';

/** Calls per choice beyond this are not a workbench's use; higher indexes are ignored with a note. */
export const MAX_TOOL_CALLS = 128;
/** An id or a tool name longer than this is cut (real ones are tens of characters). */
export const MAX_TOOL_NAME_CHARS = 256;
/** One piece of arguments or reasoning longer than this is cut: a whole structured answer fits well within. */
export const MAX_PART_CHARS = 4_000_000;
/** At most this many `reasoning_details` items are read from one delta or message. */
const MAX_DETAILS = 256;

/** `reasoning_details` items as OpenRouter sends them: text and summaries are read, encrypted ones have no
 * text to show. */
function detailsText(list: unknown, where: string, notes: Notes, separator: string): string | undefined {
  if (!Array.isArray(list)) {
    note(notes, `${where}: "reasoning_details" is not a list; ignored.`);
    return undefined;
  }
  if (list.length > MAX_DETAILS)
    note(notes, `${where}: only the first ${MAX_DETAILS} "reasoning_details" items were read.`);
  const texts: string[] = [];
  for (const item of list.slice(0, MAX_DETAILS)) {
    if (!isRecord(item)) continue;
    const value =
      item.type === 'reasoning.text'
        ? item.text
        : item.type === 'reasoning.summary'
          ? item.summary
          : undefined;
    if (typeof value === 'string' && value !== '') texts.push(value);
  }
  return texts.length ? texts.join(separator).slice(0, MAX_PART_CHARS) : undefined;
}

/**
 * The reasoning in a delta (pieces joined as they are) or a message (`separator` between whole items). When a
 * server sends the same text under two names (OpenRouter: `reasoning` and `reasoning_details`), only the first
 * non-empty one is taken, so nothing is shown twice.
 */
export function readReasoning(
  raw: Record<string, unknown>,
  where: string,
  notes: Notes,
  separator = '',
): string | undefined {
  for (const key of ['reasoning_content', 'reasoning'] as const) {
    if (raw[key] === null) continue;
    const value = text(raw, key, where, notes, MAX_PART_CHARS);
    if (value) return value;
  }
  if (raw.reasoning_details === undefined || raw.reasoning_details === null) return undefined;
  return detailsText(raw.reasoning_details, where, notes, separator);
}

/** Arguments as text; an object (some servers send parsed arguments) is read as its JSON, with a note. */
function readArguments(fn: Record<string, unknown>, where: string, notes: Notes): string | undefined {
  if (isRecord(fn.arguments) || Array.isArray(fn.arguments)) {
    note(notes, `${where}: tool call arguments are JSON, not text; read as their JSON text.`);
    return JSON.stringify(fn.arguments).slice(0, MAX_PART_CHARS);
  }
  return text(fn, 'arguments', where, notes, MAX_PART_CHARS);
}

interface RawCall {
  index: number;
  id?: string;
  name?: string;
  arguments?: string;
}

/** The entries of a `tool_calls` list with their index (missing: the position in the list), bounded. */
function readCalls(raw: Record<string, unknown>, where: string, notes: Notes): RawCall[] | undefined {
  const list = raw.tool_calls;
  if (list === undefined || list === null) return undefined;
  if (!Array.isArray(list)) {
    note(notes, `${where}: "tool_calls" is not a list; ignored.`);
    return undefined;
  }
  const calls: RawCall[] = [];
  for (const [position, entry] of list.slice(0, MAX_TOOL_CALLS).entries()) {
    if (!isRecord(entry)) {
      note(notes, `${where}: a tool call is not an object; ignored.`);
      continue;
    }
    const index = entry.index === undefined ? position : field(entry, 'index', count, where, notes);
    if (index === undefined) continue;
    if (index >= MAX_TOOL_CALLS) {
      note(
        notes,
        `${where}: tool call index ${index} is beyond the ${MAX_TOOL_CALLS} the workbench reads; ignored.`,
      );
      continue;
    }
    const call: RawCall = { index };
    const id = text(entry, 'id', where, notes, MAX_TOOL_NAME_CHARS);
    if (id !== undefined) call.id = id;
    const fn = object(entry, 'function', where, notes);
    if (fn) {
      const name = text(fn, 'name', where, notes, MAX_TOOL_NAME_CHARS);
      if (name !== undefined) call.name = name;
      const args = readArguments(fn, where, notes);
      if (args !== undefined) call.arguments = args;
    }
    calls.push(call);
  }
  if (list.length > MAX_TOOL_CALLS)
    note(notes, `${where}: only the first ${MAX_TOOL_CALLS} tool calls were read.`);
  return calls;
}

/** `delta.tool_calls`: fragments of calls, handed on as they are (the run record joins them). */
export function readToolCallDeltas(
  delta: Record<string, unknown>,
  where: string,
  notes: Notes,
): ToolCallDelta[] | undefined {
  const calls = readCalls(delta, where, notes);
  return calls?.length ? calls : undefined;
}

/** `message.tool_calls` of a whole answer, in index order. A call without a name is kept (its arguments are the
 * evidence) with a note; a missing id is left empty (some local servers send none). */
export function readAnswerToolCalls(
  message: Record<string, unknown>,
  where: string,
  notes: Notes,
): AnswerToolCall[] | undefined {
  const calls = readCalls(message, where, notes);
  if (!calls?.length) return undefined;
  const seen = new Set<number>();
  const answer: Array<AnswerToolCall & { index: number }> = [];
  for (const call of calls) {
    if (seen.has(call.index)) {
      note(notes, `${where}: tool call index ${call.index} is listed twice; the second was ignored.`);
      continue;
    }
    seen.add(call.index);
    if (!call.name) note(notes, `${where}: a tool call has no function name.`);
    answer.push({
      index: call.index,
      id: call.id ?? '',
      name: call.name ?? '',
      arguments: call.arguments ?? '',
    });
  }
  answer.sort((a, b) => a.index - b.index);
  return answer.map(({ index: _, ...call }) => call);
}

// Chat completions and stream chunks as the app's types. The choice index is bounded (a chunk claiming choice
// 99,999,999 must not make the page build a list that long), a missing index means 0 (some servers omit it),
// and content that is a list of parts is read as its text.

import * as v from 'valibot';
import { isRecord } from '@/lib/json';
import type { ChatCompletion, ChatCompletionChunk, Usage } from '../types';
import { count, field, type Notes, note, object, put } from './read';

/** `n` above this is not a workbench's use; higher indexes are ignored with a note. */
export const MAX_CHOICES = 16;

type Content = string | null | undefined;

function readIndex(raw: Record<string, unknown>, where: string, notes: Notes): number | null {
  if (raw.index === undefined) return 0;
  const index = field(raw, 'index', count, where, notes);
  if (index === undefined) return null;
  if (index >= MAX_CHOICES) {
    note(notes, `${where}: choice index ${index} is beyond the ${MAX_CHOICES} the workbench shows; ignored.`);
    return null;
  }
  return index;
}

/** Text content, from a string or from `[{type: 'text', text}]` parts. */
function readContent(raw: Record<string, unknown>, key: string, where: string, notes: Notes): Content {
  const value = raw[key];
  if (value === undefined || value === null || typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const texts = value.flatMap((part) =>
      isRecord(part) && typeof part.text === 'string' && (part.type === 'text' || part.type === undefined)
        ? [part.text]
        : [],
    );
    if (texts.length < value.length) note(notes, `${where}: content parts that are not text were left out.`);
    return texts.join('');
  }
  note(notes, `${where}: "${key}" is not text; ignored.`);
  return undefined;
}

function readFinish(raw: Record<string, unknown>, where: string, notes: Notes): string | null {
  if (raw.finish_reason === null || raw.finish_reason === undefined) return null;
  return field(raw, 'finish_reason', v.pipe(v.string(), v.maxLength(100)), where, notes) ?? null;
}

export function readUsage(raw: unknown, where: string, notes: Notes): Usage | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) {
    note(notes, `${where}: "usage" is not an object; ignored.`);
    return undefined;
  }
  const prompt = field(raw, 'prompt_tokens', count, `${where} usage`, notes);
  const completion = field(raw, 'completion_tokens', count, `${where} usage`, notes);
  if (prompt === undefined && completion === undefined) return undefined;
  const total = field(raw, 'total_tokens', count, `${where} usage`, notes);
  return {
    prompt_tokens: prompt ?? 0,
    completion_tokens: completion ?? 0,
    total_tokens: total ?? (prompt ?? 0) + (completion ?? 0),
  };
}

/**
 * Usage wherever an OpenAI-compatible server put it: top level (OpenAI, vLLM, Ollama, OpenRouter), under
 * `x_groq` (Groq's streamed final chunk), or on a choice (some proxies). The first readable one wins.
 */
function usageOf(raw: Record<string, unknown>, choices: unknown[], where: string, notes: Notes) {
  const top = readUsage(raw.usage, where, notes);
  if (top) return top;
  if (isRecord(raw.x_groq) && raw.x_groq.usage !== undefined) {
    const groq = readUsage(raw.x_groq.usage, where, notes);
    if (groq) return groq;
  }
  for (const choice of choices.slice(0, MAX_CHOICES)) {
    if (isRecord(choice) && choice.usage !== undefined) {
      const onChoice = readUsage(choice.usage, where, notes);
      if (onChoice) return onChoice;
    }
  }
  return undefined;
}

function choicesOf(raw: Record<string, unknown>, where: string, notes: Notes): unknown[] {
  if (raw.choices === undefined || raw.choices === null) return [];
  if (Array.isArray(raw.choices)) return raw.choices;
  note(notes, `${where}: "choices" is not a list; ignored.`);
  return [];
}

/** One `chat.completion.chunk`; its problems go to `notes`. */
export function readChunk(raw: Record<string, unknown>, notes: Notes): ChatCompletionChunk {
  const where = 'Stream chunk';
  const chunk: ChatCompletionChunk = { choices: [] };
  put(chunk, 'id', typeof raw.id === 'string' ? raw.id : undefined);
  put(chunk, 'object', raw.object === 'chat.completion.chunk' ? raw.object : undefined);
  put(
    chunk,
    'created',
    typeof raw.created === 'number' && Number.isFinite(raw.created) ? raw.created : undefined,
  );
  put(chunk, 'model', typeof raw.model === 'string' ? raw.model : undefined);
  const entries = choicesOf(raw, where, notes);
  for (const entry of entries) {
    if (!isRecord(entry)) {
      note(notes, `${where}: a choice is not an object; ignored.`);
      continue;
    }
    const index = readIndex(entry, where, notes);
    if (index === null) continue;
    const delta = object(entry, 'delta', where, notes) ?? {};
    const content = readContent(delta, 'content', where, notes);
    chunk.choices.push({
      index,
      delta: content === undefined ? {} : { content },
      finish_reason: readFinish(entry, where, notes),
    });
  }
  const usage = usageOf(raw, entries, where, notes);
  if (usage) chunk.usage = usage;
  return chunk;
}

/** A non-streamed `chat.completion`; null when it has no choices list at all. */
export function readCompletion(raw: Record<string, unknown>, notes: Notes): ChatCompletion | null {
  if (!Array.isArray(raw.choices)) return null;
  const where = 'The answer';
  const completion: ChatCompletion = { choices: [] };
  put(completion, 'id', typeof raw.id === 'string' ? raw.id : undefined);
  put(completion, 'object', raw.object === 'chat.completion' ? raw.object : undefined);
  put(
    completion,
    'created',
    typeof raw.created === 'number' && Number.isFinite(raw.created) ? raw.created : undefined,
  );
  put(completion, 'model', typeof raw.model === 'string' ? raw.model : undefined);
  for (const entry of raw.choices) {
    if (!isRecord(entry)) {
      note(notes, `${where}: a choice is not an object; ignored.`);
      continue;
    }
    const index = readIndex(entry, where, notes);
    if (index === null) continue;
    const message = object(entry, 'message', where, notes) ?? {};
    completion.choices.push({
      index,
      message: { role: 'assistant', content: readContent(message, 'content', where, notes) ?? null },
      finish_reason: readFinish(entry, where, notes),
    });
  }
  const usage = usageOf(raw, raw.choices, where, notes);
  if (usage) completion.usage = usage;
  return completion;
}

// Chat completions and stream chunks as the app's types. The choice index is bounded (a chunk claiming choice
// 99,999,999 must not make the page build a list that long), a missing index means 0 (some servers omit it),
// content that is a list of parts is read as its text (image parts and `images` as images, answerImages.ts), and reasoning, tool calls and usage details are read by
// answerParts.ts and usage.ts.

import * as v from 'valibot';
import { isRecord } from '@/lib/json';
import type { ChatCompletion, ChatCompletionChunk } from '../types';
import { checkedImages, joinImages, readImages } from './answerImages';
import { readAnswerToolCalls, readReasoning, readToolCallDeltas } from './answerParts';
import { count, field, type Notes, note, object, put } from './read';
import { readUsage } from './usage';

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

/** Mistral's reasoning part: `{type: 'thinking', thinking: [{type: 'text', text}]}` (or a plain string). */
function thinkingText(part: Record<string, unknown>): string | undefined {
  if (part.type !== 'thinking') return undefined;
  if (typeof part.thinking === 'string') return part.thinking;
  if (!Array.isArray(part.thinking)) return undefined;
  return part.thinking
    .map((item) => (isRecord(item) && typeof item.text === 'string' ? item.text : ''))
    .join('');
}

/** Text content, from a string or from `[{type: 'text', text}]` parts; `thinking` parts go to `reasoning` and
 * `image_url` parts (a drawing model's answer) to `images`. */
function readContent(
  raw: Record<string, unknown>,
  key: string,
  where: string,
  notes: Notes,
): { content: Content; reasoning?: string; images?: string[] } {
  const value = raw[key];
  if (value === undefined || value === null || typeof value === 'string') return { content: value };
  if (Array.isArray(value)) {
    const texts: string[] = [];
    const thoughts: string[] = [];
    const imageParts: unknown[] = [];
    let skipped = false;
    for (const part of value) {
      const thought = isRecord(part) ? thinkingText(part) : undefined;
      if (thought !== undefined) thoughts.push(thought);
      else if (
        isRecord(part) &&
        typeof part.text === 'string' &&
        (part.type === 'text' || part.type === undefined)
      )
        texts.push(part.text);
      else if (isRecord(part) && part.type === 'image_url') imageParts.push(part);
      else skipped = true;
    }
    if (skipped) note(notes, `${where}: content parts that are not text were left out.`);
    const read: { content: Content; reasoning?: string; images?: string[] } = { content: texts.join('') };
    const reasoning = thoughts.join('');
    if (reasoning) read.reasoning = reasoning;
    const images = imageParts.length ? checkedImages(imageParts, where, notes) : [];
    if (images.length) read.images = images;
    return read;
  }
  note(notes, `${where}: "${key}" is not text; ignored.`);
  return { content: undefined };
}

function readFinish(raw: Record<string, unknown>, where: string, notes: Notes): string | null {
  if (raw.finish_reason === null || raw.finish_reason === undefined) return null;
  return field(raw, 'finish_reason', v.pipe(v.string(), v.maxLength(100)), where, notes) ?? null;
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
    const raw = object(entry, 'delta', where, notes) ?? {};
    const { content, reasoning: thought, images } = readContent(raw, 'content', where, notes);
    const delta: ChatCompletionChunk['choices'][number]['delta'] = {};
    put(delta, 'content', content);
    put(delta, 'reasoning', readReasoning(raw, where, notes) ?? thought);
    put(delta, 'tool_calls', readToolCallDeltas(raw, where, notes));
    put(delta, 'images', joinImages(readImages(raw, where, notes), images));
    chunk.choices.push({ index, delta, finish_reason: readFinish(entry, where, notes) });
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
    const raw = object(entry, 'message', where, notes) ?? {};
    const { content, reasoning: thought, images } = readContent(raw, 'content', where, notes);
    const message: ChatCompletion['choices'][number]['message'] = {
      role: 'assistant',
      content: content ?? null,
    };
    put(message, 'reasoning', readReasoning(raw, where, notes, '\n\n') ?? thought);
    put(message, 'tool_calls', readAnswerToolCalls(raw, where, notes));
    put(message, 'images', joinImages(readImages(raw, where, notes), images));
    completion.choices.push({ index, message, finish_reason: readFinish(entry, where, notes) });
  }
  const usage = usageOf(raw, raw.choices, where, notes);
  if (usage) completion.usage = usage;
  return completion;
}

// What the events of a chat-completions stream mean: JSON chunks, then `data: [DONE]`. Kept apart from the
// fetch code so every way a stream can go wrong is testable without a server.

import { isRecord } from '@/lib/json';
import type { SseEvent } from '@/lib/sse';
import { readChunk } from './edge';
import { ApiError, errorMessageFromBody } from './errors';
import type { ChatCompletion, ChatCompletionChunk } from './types';

export const TRUNCATED_STREAM_MESSAGE = 'The stream ended before the server finished (no [DONE])';

/**
 * Turns SSE events into chat chunks. Throws ApiError kind 'stream' when the server reports an error
 * mid-stream, sends data that is not JSON, or stops without `[DONE]`; chunks yielded before that stay valid,
 * so a caller can keep the partial output. `status` is the HTTP status of the (successful) response.
 */
export async function* chatChunksFromSse(
  events: AsyncIterable<SseEvent>,
  status: number,
): AsyncGenerator<ChatCompletionChunk, void, undefined> {
  for await (const event of events) {
    const data = event.data.trim();
    if (event.event === 'error') throw streamError(status, errorMessageFromBody(data, 'error event'), data);
    if (data === '[DONE]') return;
    // Some servers send empty data lines as keepalives; they carry nothing.
    if (data === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      throw new ApiError({
        kind: 'stream',
        status,
        serverMessage: `The server sent data that is not JSON: ${preview(data)}`,
        body: data,
      });
    }
    if (isRecord(parsed) && parsed.error !== undefined && parsed.error !== null) {
      throw streamError(status, errorMessageFromBody(parsed), parsed);
    }
    if (!isRecord(parsed)) {
      throw new ApiError({
        kind: 'stream',
        status,
        serverMessage: `The server sent an event that is not a chat completion chunk: ${preview(data)}`,
        body: parsed,
      });
    }
    // Checked field by field: a chunk with odd parts still gives what it can, and says what it dropped.
    const notes: string[] = [];
    const chunk = readChunk(parsed, notes);
    if (notes.length > 0) chunk.notes = notes;
    yield chunk;
  }
  throw new ApiError({ kind: 'stream', status, serverMessage: TRUNCATED_STREAM_MESSAGE });
}

/** For servers that answer `stream: true` with a plain completion: the same answer (text, reasoning, tool
 * calls) as one chunk. */
export function chunkFromCompletion(completion: ChatCompletion): ChatCompletionChunk {
  return {
    id: completion.id,
    object: 'chat.completion.chunk',
    created: completion.created,
    model: completion.model,
    choices: completion.choices.map((choice) => {
      const { content, reasoning, tool_calls, images } = choice.message;
      const delta: ChatCompletionChunk['choices'][number]['delta'] = { role: 'assistant', content };
      if (reasoning !== undefined) delta.reasoning = reasoning;
      // A whole call is one fragment of itself; its position is its index.
      if (tool_calls?.length) delta.tool_calls = tool_calls.map((call, index) => ({ index, ...call }));
      if (images?.length) delta.images = images;
      return { index: choice.index, delta, finish_reason: choice.finish_reason };
    }),
    usage: completion.usage ?? null,
    ...(completion.notes ? { notes: completion.notes } : {}),
  };
}

function streamError(status: number, message: string, body: unknown): ApiError {
  return new ApiError({
    kind: 'stream',
    status,
    serverMessage: message,
    body,
    message: `The server reported an error during the stream: ${message}`,
  });
}

function preview(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

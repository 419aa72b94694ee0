import type { ChatCompletionRequest, JsonValue, MediaRequest } from '@/lib/api';

/**
 * The request as the server will see it: the app sends `JSON.stringify(request)`, so undefined members
 * vanish, NaN/Infinity become null and -0 becomes 0. Generators print this value rather than the raw
 * object so that every snippet is parse-equal (key order included) with what the app sends (Run's chat body
 * or Generate's queue submission).
 */
export function wireBody(request: ChatCompletionRequest | MediaRequest): JsonValue {
  return JSON.parse(JSON.stringify(request)) as JsonValue;
}

/** "Minimal" snippets: only model and messages. `stream` is dropped on purpose — a minimal call is the
 * plain non-streaming one, the same shape as the model pages' "Minimal" tab. */
export function minimalRequest(request: ChatCompletionRequest): ChatCompletionRequest {
  return { model: request.model, messages: request.messages };
}

/** Streaming variants are chosen from the body that is actually sent. */
export function isStreaming(request: ChatCompletionRequest): boolean {
  return request.stream === true;
}

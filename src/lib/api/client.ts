// The inference API client: the only module that calls fetch. Every failure leaves here as an ApiError so the
// UI has one thing to render, and the API key only ever travels in the Authorization header.

import { isRecord } from '@/lib/json';
import { decodeSse } from '@/lib/sse';
import { originOf, trimTrailingSlashes } from '@/lib/url';
import { chatChunksFromSse, chunkFromCompletion, TRUNCATED_STREAM_MESSAGE } from './chatStream';
import { readCompletion, readModel, readModelList } from './edge';
import { ApiError, errorMessageFromBody, isAbortError, retryAfterSeconds } from './errors';
import { recordServerNotes } from './serverNotes';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  MediaRequest,
  Model,
} from './types';
import { type Reachability, reachabilityBeforeProbe, unreachableMessage } from './unreachable';

export interface ApiConfig {
  /** Base that paths are appended to, e.g. `/demo/api/ai` or `https://hub.oxen.ai/api/ai`. */
  baseUrl: string;
  apiKey?: string;
}

export async function listModels(cfg: ApiConfig, signal?: AbortSignal): Promise<Model[]> {
  const response = await send(cfg, 'GET', '/models', { signal });
  const json = await readJson(response, signal);
  // Oxen and OpenAI wrap the list in {data}; some local servers return the bare array. Each entry is checked
  // field by field: a malformed one is left out or trimmed, with a note, never passed on as it came.
  const notes: string[] = [];
  const models = readModelList(json, notes);
  if (!models) throw unexpectedShape(response, json, 'a model list');
  recordServerNotes(`Model list from ${originOf(cfg.baseUrl, pageUrl())}`, notes);
  return models;
}

export async function getModel(cfg: ApiConfig, id: string, signal?: AbortSignal): Promise<Model> {
  const response = await send(cfg, 'GET', `/models/${encodeURIComponent(id)}`, { signal });
  const json = await readJson(response, signal);
  if (!isRecord(json)) throw unexpectedShape(response, json, 'a model');
  // OpenAI-compatible servers sometimes omit the id on the detail route; the one we asked for is the right one.
  const notes: string[] = [];
  const model = readModel(json, `Model "${id.slice(0, 80)}"`, notes, id);
  recordServerNotes(`Model details from ${originOf(cfg.baseUrl, pageUrl())}`, notes);
  if (!model) throw unexpectedShape(response, json, 'a model');
  return model;
}

export async function createChatCompletion(
  cfg: ApiConfig,
  body: ChatCompletionRequest,
  signal?: AbortSignal,
): Promise<ChatCompletion> {
  const response = await send(cfg, 'POST', '/chat/completions', { body, signal });
  const json = await readJson(response, signal);
  if (isRecord(json) && json.error != null && !Array.isArray(json.choices)) {
    // Some servers report failures with a 200 status; it is still a failure.
    throw new ApiError({
      kind: 'http',
      status: response.status,
      serverMessage: errorMessageFromBody(json),
      body: json,
    });
  }
  const notes: string[] = [];
  const completion = isRecord(json) ? readCompletion(json, notes) : null;
  if (!completion) throw unexpectedShape(response, json, 'a chat completion');
  if (notes.length > 0) completion.notes = notes;
  return completion;
}

/**
 * Streams a chat completion. Chunks arrive as the server sends them; the generator throws ApiError kind
 * 'stream' for a mid-stream error or a truncated stream (after yielding everything that did arrive), and
 * kind 'aborted' when `signal` aborts. Stopping iteration early closes the connection.
 */
export async function* streamChatCompletion(
  cfg: ApiConfig,
  body: ChatCompletionRequest,
  signal?: AbortSignal,
  /** Called whenever bytes arrive (keep-alives included), so a caller can tell a stalled stream. */
  onBytes?: () => void,
): AsyncGenerator<ChatCompletionChunk, void, undefined> {
  const response = await send(cfg, 'POST', '/chat/completions', { body, signal, stream: true });
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    // The server ignored stream:true and sent the whole completion; callers still get chunks.
    const json = await readJson(response, signal);
    const notes: string[] = [];
    const completion = isRecord(json) ? readCompletion(json, notes) : null;
    if (!completion) {
      throw new ApiError({
        kind: 'stream',
        status: response.status,
        serverMessage: errorMessageFromBody(json),
        body: json,
      });
    }
    if (notes.length > 0) completion.notes = notes;
    yield chunkFromCompletion(completion);
    return;
  }
  if (contentType.includes('text/html')) {
    await response.body?.cancel().catch(() => {});
    throw new ApiError({
      kind: 'http',
      status: response.status,
      serverMessage: 'The server answered with a web page instead of an event stream — check the base URL',
    });
  }
  if (!response.body) {
    throw new ApiError({
      kind: 'stream',
      status: response.status,
      serverMessage: 'The response has no body',
    });
  }
  try {
    yield* chatChunksFromSse(decodeSse(response.body, signal, onBytes), response.status);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (signal?.aborted || isAbortError(error)) throw abortedError(signal);
    // The connection broke while reading (e.g. undici's "terminated"): to the user that is a truncated stream.
    throw new ApiError({
      kind: 'stream',
      status: response.status,
      serverMessage: TRUNCATED_STREAM_MESSAGE,
      cause: error,
    });
  }
}

// The transport below is shared with mediaClient.ts (the queue and direct generation calls); index.ts does not
// export it.
export interface SendOptions {
  body?: ChatCompletionRequest | MediaRequest;
  signal?: AbortSignal | undefined;
  stream?: boolean;
}

/** Performs the request and turns transport failures and non-2xx statuses into ApiErrors. */
export async function send(
  cfg: ApiConfig,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  opts: SendOptions,
): Promise<Response> {
  const url = joinUrl(cfg.baseUrl, path);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: buildHeaders(cfg, opts),
      // Sent exactly as given: snippets reproduce this body byte for byte, so no re-ordering or additions.
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (opts.signal?.aborted || isAbortError(error)) throw abortedError(opts.signal);
    const reachability = await diagnose(url, opts.signal);
    if (opts.signal?.aborted) throw abortedError(opts.signal);
    throw new ApiError({
      kind: 'network',
      status: 0,
      serverMessage: 'Failed to fetch',
      // Only origins go into the message: paths and query strings could hold things users would not share.
      message: unreachableMessage(url, pageUrl(), reachability),
      reachability,
      // The cause is kept for debugging; it never holds the key because buildHeaders rejected bad keys first.
      cause: error,
    });
  }
  if (!response.ok) throw await httpError(response, opts.signal);
  return response;
}

const PROBE_TIMEOUT_MS = 3_000;

/** After a failed fetch, one opaque (no-cors) GET of the same URL: no headers, no body, no key — the browser
 * sends such a request without asking the server, and an answer of any kind means the server is up. */
async function diagnose(url: string, signal: AbortSignal | undefined): Promise<Reachability> {
  const before = reachabilityBeforeProbe(url, pageUrl());
  if (before !== 'probe') return before;
  const timeout = AbortSignal.timeout(PROBE_TIMEOUT_MS);
  try {
    await fetch(url, {
      method: 'GET',
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    return 'cors';
  } catch {
    return 'unreachable';
  }
}

function buildHeaders(cfg: ApiConfig, opts: SendOptions): Record<string, string> {
  const headers: Record<string, string> = { Accept: opts.stream ? 'text/event-stream' : 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const key = cfg.apiKey?.trim();
  if (key) {
    // fetch would reject such a key with an error message that quotes the header — i.e. the key itself.
    if (!/^[\x21-\x7e]+$/.test(key)) {
      throw new ApiError({
        kind: 'network',
        status: 0,
        serverMessage: 'Invalid API key',
        message: 'The API key contains spaces or characters that cannot be sent in an HTTP header.',
      });
    }
    headers.Authorization = `Bearer ${key}`;
  }
  return headers;
}

async function httpError(response: Response, signal: AbortSignal | undefined): Promise<ApiError> {
  let text = '';
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted || isAbortError(error)) return abortedError(signal);
    // The status alone still says what happened.
  }
  const retryAfter = retryAfterSeconds(response.headers.get('retry-after'), Date.now());
  return new ApiError({
    kind: 'http',
    status: response.status,
    serverMessage: errorMessageFromBody(text, response.statusText || 'Request failed'),
    body: parseJsonOrText(text),
    ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
  });
}

export async function readText(response: Response, signal: AbortSignal | undefined): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (signal?.aborted || isAbortError(error)) throw abortedError(signal);
    throw new ApiError({
      kind: 'network',
      status: response.status,
      serverMessage: 'The connection was lost while reading the response',
      cause: error,
    });
  }
}

export async function readJson(response: Response, signal: AbortSignal | undefined): Promise<unknown> {
  const text = await readText(response, signal);
  try {
    return JSON.parse(text);
  } catch {
    const type = response.headers.get('content-type') || 'no content type';
    throw new ApiError({
      kind: 'http',
      status: response.status,
      serverMessage: `The server's answer is not JSON (${type}) — check the base URL`,
      body: text,
    });
  }
}

function abortedError(signal: AbortSignal | undefined): ApiError {
  const reason: unknown = signal?.reason;
  // AbortSignal.timeout() aborts with a TimeoutError: that is a failure to report, not a user's cancel.
  if (isRecord(reason) && reason.name === 'TimeoutError') {
    return new ApiError({
      kind: 'network',
      status: 0,
      serverMessage: 'The request timed out',
      cause: reason,
    });
  }
  return new ApiError({ kind: 'aborted', status: 0, serverMessage: 'The request was cancelled' });
}

export function unexpectedShape(response: Response, json: unknown, expected: string): ApiError {
  return new ApiError({
    kind: 'http',
    status: response.status,
    serverMessage: `Expected ${expected} but the server sent something else`,
    body: json,
  });
}

function joinUrl(baseUrl: string, path: string): string {
  return `${trimTrailingSlashes(baseUrl)}${path}`;
}

export function pageUrl(): string | undefined {
  return (globalThis as { location?: { href?: string } }).location?.href;
}

export function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

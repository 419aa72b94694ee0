import type { ChatCompletion, ChatCompletionChunk } from '../../src/lib/api/types.ts';
import type { ServerOptions } from '../app.ts';
import { readSse } from './listen.ts';

// Shared plumbing for the demo provider's socket tests.
export const DEMO_OPTIONS: ServerOptions = {
  oxenUpstream: 'http://127.0.0.1:9/api/ai',
  demoPace: 50,
  testHooks: true,
  log: () => {},
};
export const DEMO_BASE = '/demo/api/ai';
export const MESSAGES = [{ role: 'user', content: 'Write a short example about streams' }];

/** Posts a chat request; pace defaults to the maximum so tests not about pacing stay fast. */
export function postChat(serverUrl: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${serverUrl}${DEMO_BASE}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Demo-Pace': '10000', ...headers },
    body: JSON.stringify(body),
  });
}

export async function complete(serverUrl: string, body: Record<string, unknown>): Promise<ChatCompletion> {
  const res = await postChat(serverUrl, { ...body, stream: false });
  if (res.status !== 200) throw new Error(`expected 200, got ${res.status}: ${await res.text()}`);
  return (await res.json()) as ChatCompletion;
}

export async function streamed(
  serverUrl: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) {
  const res = await postChat(serverUrl, { ...body, stream: true }, headers);
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('text/event-stream')) throw new Error(`not an SSE response: ${type}`);
  return readSse(res);
}

export const chunksOf = (data: string[]) =>
  data.filter((d) => d !== '[DONE]').map((d) => JSON.parse(d) as ChatCompletionChunk);

/** Content tokens only: the role chunk carries an empty string and finish chunks an empty delta. */
export const contentChunks = (data: string[]) => chunksOf(data).filter((c) => c.choices[0]?.delta.content);

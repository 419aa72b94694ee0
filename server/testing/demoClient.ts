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

/** One streamed choice put back together from the wire chunks, the way an OpenAI client accumulates it. */
export interface AssembledChoice {
  content: string;
  reasoning: string;
  toolCalls: Array<{
    index: number;
    id: string;
    type: string;
    name: string;
    arguments: string;
    pieces: number;
  }>;
  finish: string | null;
  /** What each token chunk carried, in order. */
  order: Array<'reasoning' | 'content' | 'tool'>;
}

interface WireDeltaShape {
  content?: string | null;
  reasoning_content?: string;
  tool_calls?: Array<{
    index: number;
    id?: string;
    type?: string;
    function?: { name?: string; arguments?: string };
  }>;
}

export function assemble(data: string[], choice = 0): AssembledChoice {
  const out: AssembledChoice = { content: '', reasoning: '', toolCalls: [], finish: null, order: [] };
  for (const raw of data) {
    if (raw === '[DONE]') continue;
    const parsed = JSON.parse(raw) as {
      choices?: Array<{ index: number; delta: WireDeltaShape; finish_reason: string | null }>;
    };
    for (const c of parsed.choices ?? []) {
      if (c.index !== choice) continue;
      const d = c.delta;
      if (d.reasoning_content) {
        out.reasoning += d.reasoning_content;
        out.order.push('reasoning');
      }
      if (d.content) {
        out.content += d.content;
        out.order.push('content');
      }
      for (const t of d.tool_calls ?? []) {
        let call = out.toolCalls[t.index];
        if (!call) {
          call = { index: t.index, id: '', type: '', name: '', arguments: '', pieces: 0 };
          out.toolCalls[t.index] = call;
        }
        if (t.id) call.id = t.id;
        if (t.type) call.type = t.type;
        if (t.function?.name) call.name += t.function.name;
        if (t.function?.arguments) {
          call.arguments += t.function.arguments;
          call.pieces++;
        }
        out.order.push('tool');
      }
      if (c.finish_reason) out.finish = c.finish_reason;
    }
  }
  return out;
}

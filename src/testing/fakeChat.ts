// A stand-in chat-completions server behind `fetch`, driven by the test: each request the app makes waits until
// the test answers it, streams what the test sends, and honours the request's AbortSignal as a browser does.
// The app's real client, SSE decoder and chunk parser run on top of it.

import type { ChatCompletionRequest } from '@/lib/api';

export interface FakeExchange {
  url: string;
  body: ChatCompletionRequest;
  headers: Record<string, string>;
  /** Streams one content delta (choice 0 unless given). */
  send(text: string, choice?: number): void;
  /** Ends the stream: a final chunk with `finish_reason`, a usage chunk, then [DONE]. */
  finish(usage?: { prompt_tokens: number; completion_tokens: number }): void;
  /** Ends a stream without [DONE], as a dropped connection does. */
  cut(): void;
  /** Answers with an HTTP error (before any stream), with extra headers (e.g. Retry-After) if given. */
  reject(status: number, body: unknown, headers?: Record<string, string>): void;
  /** Answers a non-streamed request with one completion. */
  complete(text: string): void;
  /** True once the app aborted it. */
  readonly aborted: boolean;
}

const encoder = new TextEncoder();

export interface FakeChatServer {
  fetch: typeof fetch;
  /** Every request so far, in order. */
  exchanges: FakeExchange[];
  /** Resolves with the `n`-th request (0-based) once the app has sent it. */
  request(n: number): Promise<FakeExchange>;
}

export function fakeChatServer(): FakeChatServer {
  const exchanges: FakeExchange[] = [];
  const waiting = new Map<number, (exchange: FakeExchange) => void>();

  const fakeFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
      let aborted = false;
      const chunk = (data: unknown) =>
        controller?.enqueue(
          encoder.encode(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`),
        );
      const delta = (choice: number, content: string | null, finish: string | null) =>
        chunk({
          id: 'fake',
          object: 'chat.completion.chunk',
          created: 0,
          model: 'fake',
          choices: [{ index: choice, delta: { content }, finish_reason: finish }],
        });
      const startStream = () => {
        const body = new ReadableStream<Uint8Array>({
          start(c) {
            controller = c;
          },
        });
        resolve(new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }));
      };
      const exchange: FakeExchange = {
        url: String(input),
        body: JSON.parse(String(init?.body ?? '{}')) as ChatCompletionRequest,
        headers: { ...(init?.headers as Record<string, string> | undefined) },
        send(text, choice = 0) {
          if (!controller) startStream();
          delta(choice, text, null);
        },
        finish(usage) {
          if (!controller) startStream();
          delta(0, null, 'stop');
          if (usage) {
            chunk({
              id: 'fake',
              object: 'chat.completion.chunk',
              created: 0,
              model: 'fake',
              choices: [],
              usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
            });
          }
          chunk('[DONE]');
          controller?.close();
        },
        cut() {
          if (!controller) startStream();
          controller?.close();
        },
        reject(status, body, headers = {}) {
          resolve(
            new Response(JSON.stringify(body), {
              status,
              headers: { 'content-type': 'application/json', ...headers },
            }),
          );
        },
        complete(text) {
          resolve(
            Response.json({
              id: 'fake',
              object: 'chat.completion',
              created: 0,
              model: 'fake',
              choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
            }),
          );
        },
        get aborted() {
          return aborted;
        },
      };
      signal?.addEventListener('abort', () => {
        aborted = true;
        const error = new DOMException('The operation was aborted.', 'AbortError');
        if (controller) controller.error(error);
        else reject(error);
      });
      const n = exchanges.push(exchange) - 1;
      waiting.get(n)?.(exchange);
      waiting.delete(n);
    });

  return {
    fetch: fakeFetch as typeof fetch,
    exchanges,
    request(n) {
      const existing = exchanges[n];
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve) => waiting.set(n, resolve));
    },
  };
}

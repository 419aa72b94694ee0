// A stand-in for the generation queue (POST /queue, GET /queue/{id}, DELETE /queue/{id}) behind `fetch`: the
// test sets each generation's state and, when it needs to, the next answer to a method. The app's real client
// and edge readers run on top of it; every call is logged with the fake clock's time, so a poll schedule can
// be read off the log.

import type { GenerationStatus } from '@/lib/api';

export interface FakeGeneration {
  status: GenerationStatus;
  result_urls: string[];
  error_message: string | null;
}

export interface FakeQueueCall {
  method: string;
  /** The path after the base URL's origin, e.g. `/v1/queue/g1`. */
  path: string;
  /** `generation id` of a GET or DELETE, else ''. */
  id: string;
  body: unknown;
  headers: Record<string, string>;
  at: number;
}

export type FakeAnswer = { status: number; body?: unknown; headers?: Record<string, string> } | 'network';

export interface FakeQueueServer {
  fetch: typeof fetch;
  calls: FakeQueueCall[];
  generations: Map<string, FakeGeneration>;
  /** How many generations one POST makes (the ids answered). */
  perSubmit: number;
  /** Changes what GET answers for a generation from now on. */
  set(id: string, change: Partial<FakeGeneration>): void;
  /** The next call of `method` gets `answer` instead of the queue's own. */
  answerNext(method: 'GET' | 'POST' | 'DELETE', answer: FakeAnswer): void;
  /** Holds every POST until `release` is called (a slow submission). */
  holdSubmits(): () => void;
  /** The calls of one method (and generation). */
  callsOf(method: string, id?: string): FakeQueueCall[];
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const FINAL: ReadonlySet<GenerationStatus> = new Set(['succeeded', 'failed', 'cancelled']);

export function fakeQueueServer(): FakeQueueServer {
  const calls: FakeQueueCall[] = [];
  const generations = new Map<string, FakeGeneration>();
  const scripted: Array<{ method: string; answer: FakeAnswer }> = [];
  let held: Array<() => void> | null = null;
  let next = 0;

  const view = (id: string, g: FakeGeneration) => ({
    generation_id: id,
    model: 'fake',
    status: g.status,
    result_url: g.result_urls[0] ?? null,
    result_urls: g.result_urls,
    error_message: g.error_message,
    created_at: null,
    started_at: null,
    completed_at: null,
  });

  const answer = (method: string, id: string): Response => {
    const i = scripted.findIndex((s) => s.method === method);
    if (i >= 0) {
      const given = scripted.splice(i, 1)[0]?.answer ?? 'network';
      if (given === 'network') throw new TypeError('Failed to fetch');
      return json(given.status, given.body ?? {}, given.headers);
    }
    if (method === 'POST') {
      const ids = Array.from({ length: server.perSubmit }, () => `g${++next}`);
      for (const gid of ids) generations.set(gid, { status: 'queued', result_urls: [], error_message: null });
      return json(200, { generations: ids.map((gid) => ({ generation_id: gid, status: 'queued' })) });
    }
    const g = generations.get(id);
    if (!g) return json(404, { error: { message: `Generation ${id} not found` } });
    if (method === 'DELETE') {
      if (FINAL.has(g.status)) return json(409, { error: { message: 'The generation has already ended' } });
      g.status = 'cancelled';
    }
    return json(200, view(id, g));
  };

  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://page.test');
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    // The client's no-CORS probe after a failed call: the fake's network failures are real failures.
    if (init?.mode === 'no-cors') throw new TypeError('Failed to fetch');
    const id = /\/queue\/([^/]+)$/.exec(url.pathname)?.[1] ?? '';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path: url.pathname, id: decodeURIComponent(id), body, headers, at: Date.now() });
    if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    if (method === 'POST' && held) await new Promise<void>((resolve) => held?.push(resolve));
    if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    return answer(method, decodeURIComponent(id));
  };

  const server: FakeQueueServer = {
    fetch: fakeFetch as typeof fetch,
    calls,
    generations,
    perSubmit: 1,
    set(id, change) {
      const g = generations.get(id);
      if (!g) throw new Error(`no generation ${id}`);
      Object.assign(g, change);
    },
    answerNext(method, given) {
      scripted.push({ method, answer: given });
    },
    holdSubmits() {
      held = [];
      return () => {
        const waiting = held ?? [];
        held = null;
        for (const resolve of waiting) resolve();
      };
    },
    callsOf: (method, id) => calls.filter((c) => c.method === method && (id === undefined || c.id === id)),
  };
  return server;
}

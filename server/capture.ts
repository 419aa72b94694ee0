import { Hono } from 'hono';
import { readJsonBody } from './demo/chat.ts';
import { parseFault } from './demo/faults.ts';
import { resolvePace } from './demo/pacedStream.ts';
import { completionResponse } from './demo/respond.ts';
import { methodNotAllowed, oxenErrorResponse } from './errors.ts';

// Test-only endpoints: e2e tests point a provider at /__capture/<token> and then read back exactly what
// the app sent (headers and raw body), which is how snippet/request equality is checked end to end.
export interface CapturedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

const MAX_PER_TOKEN = 200;
const MAX_TOKENS = 1000;

export class CaptureStore {
  private readonly byToken = new Map<string, CapturedRequest[]>();

  record(token: string, request: CapturedRequest): void {
    let list = this.byToken.get(token);
    if (!list) {
      // Maps iterate in insertion order, so the first key is the oldest token.
      if (this.byToken.size >= MAX_TOKENS) {
        const oldest = this.byToken.keys().next().value;
        if (oldest !== undefined) this.byToken.delete(oldest);
      }
      list = [];
      this.byToken.set(token, list);
    }
    list.push(request);
    if (list.length > MAX_PER_TOKEN) list.splice(0, list.length - MAX_PER_TOKEN);
  }

  list(token: string): CapturedRequest[] {
    return this.byToken.get(token) ?? [];
  }
}

export function captureRoutes(opts: { demoPace: number }, store = new CaptureStore()): Hono {
  const capture = new Hono();

  capture.post('/:token/chat/completions', async (c) => {
    const raw = c.req.raw;
    const body = await raw.clone().text();
    const headers: Record<string, string> = {};
    raw.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const url = new URL(raw.url);
    store.record(c.req.param('token'), {
      method: raw.method,
      path: url.pathname + url.search,
      headers,
      body,
    });

    const parsed = await readJsonBody(raw);
    if (
      !parsed.ok ||
      typeof parsed.value !== 'object' ||
      parsed.value === null ||
      Array.isArray(parsed.value)
    ) {
      return oxenErrorResponse(400, 'Request body must be a JSON object');
    }
    const json = parsed.value as Record<string, unknown>;
    return completionResponse({
      modelId: typeof json.model === 'string' ? json.model : 'unknown',
      body: json,
      pace: resolvePace(c.req.header('X-Demo-Pace'), opts.demoPace),
      fault: parseFault(c.req.header('X-Demo-Fault')),
      signal: raw.signal,
    });
  });

  capture.get('/:token', (c) => c.json(store.list(c.req.param('token'))));
  capture.all('/:token/chat/completions', (c) => methodNotAllowed(c.req.method, ['POST']));
  capture.all('/:token', (c) => methodNotAllowed(c.req.method, ['GET', 'HEAD']));

  return capture;
}

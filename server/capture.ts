import { Hono } from 'hono';
import { DEMO_BASE_PATH, readJsonBody } from './demo/chat.ts';
import { parseFault } from './demo/faults.ts';
import { CAPTURED_FILE, MEDIA_FILES_PATH } from './demo/media/wire.ts';
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

  private generations = 0;

  /** The id a captured queue submission answers with: cap-1, cap-2, … per store. */
  nextGenerationId(): string {
    this.generations += 1;
    return `cap-${this.generations}`;
  }
}

function recordRequest(store: CaptureStore, token: string, raw: Request, body: string): void {
  const headers: Record<string, string> = {};
  raw.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const url = new URL(raw.url);
  store.record(token, { method: raw.method, path: url.pathname + url.search, headers, body });
}

export function captureRoutes(opts: { demoPace: number }, store = new CaptureStore()): Hono {
  const capture = new Hono();

  capture.post('/:token/chat/completions', async (c) => {
    const raw = c.req.raw;
    recordRequest(store, c.req.param('token'), raw, await raw.clone().text());

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

  // A media submission is recorded and always "succeeds" with one fixed picture, so a test can check what
  // Generate (or a copied snippet) sent, and that the app then shows a result.
  capture.post('/:token/queue', async (c) => {
    const raw = c.req.raw;
    recordRequest(store, c.req.param('token'), raw, await raw.clone().text());
    return c.json({ generations: [{ generation_id: store.nextGenerationId(), status: 'queued' }] });
  });

  capture.get('/:token/queue/:id', (c) => {
    const url = `${new URL(c.req.url).origin}${DEMO_BASE_PATH}${MEDIA_FILES_PATH}/${CAPTURED_FILE}`;
    const at = new Date().toISOString();
    return c.json({
      generation_id: c.req.param('id'),
      model: null,
      status: 'succeeded',
      result_url: url,
      result_urls: [url],
      error_message: null,
      created_at: at,
      started_at: at,
      completed_at: at,
    });
  });

  capture.get('/:token', (c) => c.json(store.list(c.req.param('token'))));
  capture.all('/:token/chat/completions', (c) => methodNotAllowed(c.req.method, ['POST']));
  capture.all('/:token/queue', (c) => methodNotAllowed(c.req.method, ['POST']));
  capture.all('/:token/queue/:id', (c) => methodNotAllowed(c.req.method, ['GET', 'HEAD']));
  capture.all('/:token', (c) => methodNotAllowed(c.req.method, ['GET', 'HEAD']));

  return capture;
}

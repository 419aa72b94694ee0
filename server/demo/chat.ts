import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { methodNotAllowed, oxenErrorResponse } from '../errors.ts';
import { parseFault } from './faults.ts';
import { createMediaRoutes } from './media/routes.ts';
import { DEMO_MODELS, findModel, publicModel } from './models.ts';
import { resolvePace } from './pacedStream.ts';
import { completionResponse } from './respond.ts';
import { createTestHooks } from './testHooks.ts';
import { validateChatRequest } from './validate.ts';

export interface DemoOptions {
  demoPace: number;
  demoApiKey?: string;
  testHooks: boolean;
  /** YOKE_DEMO_MEDIA_MS: how long every media job takes unless a request says (X-Demo-Media-Delay). */
  demoMediaMs?: number;
}

export const DEMO_BASE_PATH = '/demo/api/ai';

const UNAUTHENTICATED = {
  error: { type: 'unauthenticated', title: 'Unauthorized', detail: 'unauthenticated' },
  status: 'error',
  status_message: 'unauthenticated',
};

// Hashing first gives equal-length buffers, so the comparison time says nothing about the key.
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

function requireKey(key: string): MiddlewareHandler {
  return async (c, next) => {
    if (!sameSecret(c.req.header('Authorization') ?? '', `Bearer ${key}`)) {
      return c.json(UNAUTHENTICATED, 401);
    }
    await next();
  };
}

export async function readJsonBody(req: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: JSON.parse(await req.text()) };
  } catch {
    return { ok: false };
  }
}

// hono answers HEAD from the GET handler.
const READ_ONLY = ['GET', 'HEAD'];

/** The demo provider, mounted at /demo/api/ai: an Oxen-compatible API that needs no network. */
export function demoRoutes(opts: DemoOptions): Hono {
  const demo = new Hono();
  const hooks = createTestHooks();
  const media = createMediaRoutes({ testHooks: opts.testHooks, demoMediaMs: opts.demoMediaMs });
  // Before the key check: result links are fetched without credentials, like real signed URLs.
  media.mountFiles(demo);
  if (opts.demoApiKey) demo.use('*', requireKey(opts.demoApiKey));
  media.mountApi(demo, DEMO_BASE_PATH);

  demo.get('/models', (c) => c.json({ object: 'list', data: DEMO_MODELS.map((m) => publicModel(m, false)) }));

  demo.get('/models/:id', (c) => {
    const id = c.req.param('id');
    const model = findModel(id);
    return model ? c.json(publicModel(model, true)) : oxenErrorResponse(404, `Model not found: ${id}`);
  });

  demo.post('/chat/completions', async (c) => {
    const fault = opts.testHooks ? parseFault(c.req.header('X-Demo-Fault')) : undefined;
    // Before the body is read, as a real rate limiter answers.
    const refused = hooks.refusal(fault);
    if (refused) return refused;
    const parsed = await readJsonBody(c.req.raw);
    if (!parsed.ok)
      return oxenErrorResponse(400, 'Request body must be valid JSON', undefined, { code: 'invalid_json' });
    const result = validateChatRequest(parsed.value);
    if (!result.ok)
      return oxenErrorResponse(result.status, result.message, undefined, {
        param: result.param,
        code: result.code,
      });
    return completionResponse({
      modelId: result.model.id,
      body: result.body,
      pace: resolvePace(c.req.header('X-Demo-Pace'), result.model.pace ?? opts.demoPace),
      fault,
      signal: c.req.raw.signal,
    });
  });

  // Registered after the real handlers, so they catch only the methods those do not answer.
  demo.all('/models', (c) => methodNotAllowed(c.req.method, READ_ONLY));
  demo.all('/models/:id', (c) => methodNotAllowed(c.req.method, READ_ONLY));
  demo.all('/chat/completions', (c) => methodNotAllowed(c.req.method, ['POST']));

  return demo;
}

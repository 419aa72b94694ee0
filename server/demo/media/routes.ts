// The demo's media API: the queue (POST /queue, GET and DELETE /queue/:id), the direct calls
// (/images/generate, /videos/generate) and the result files (/media/:file). Files are mounted apart, before
// the demo's key check, because browsers fetch result URLs without credentials, as with real signed links.
import type { Hono } from 'hono';
import { methodNotAllowed, oxenErrorResponse } from '../../errors.ts';
import { parseMediaDelay, parseMediaFaults } from './faults.ts';
import { DEFAULT_IMAGE_DELAY_MS, DEFAULT_VIDEO_DELAY_MS, MediaQueue, outputCountOf } from './queue.ts';
import { capturedPicture, fileExtension, type RenderedFile, renderJobFile } from './render.ts';
import { type MediaEndpoint, type MediaValidation, validateMediaRequest } from './validate.ts';
import { CAPTURED_FILE, fileUrls, jobJson, MEDIA_FILES_PATH } from './wire.ts';

export interface MediaOptions {
  testHooks: boolean;
  /** YOKE_DEMO_MEDIA_MS: every job's delay unless the request names one. */
  demoMediaMs?: number;
}

async function readJson(req: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: JSON.parse(await req.text()) };
  } catch {
    return { ok: false };
  }
}

function refusal(result: Extract<MediaValidation, { ok: false }>): Response {
  return oxenErrorResponse(result.status, result.message, undefined, {
    code: result.code,
    param: result.param,
  });
}

/** Resolves after ms, or false as soon as the request is aborted. */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function fileResponse(file: RenderedFile, maxAgeS: number): Response {
  return new Response(file.bytes, {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.bytes.length),
      'Cache-Control': `private, max-age=${Math.max(0, Math.floor(maxAgeS))}`,
    },
  });
}

export interface MediaRoutes {
  queue: MediaQueue;
  /** GET /media/:file — mount before any key check. */
  mountFiles(app: Hono): void;
  /** The queue and the direct calls. */
  mountApi(app: Hono, base: string): void;
}

export function createMediaRoutes(opts: MediaOptions, queue = new MediaQueue()): MediaRoutes {
  const delayFor = (endpoint: MediaEndpoint, header: string | undefined) =>
    parseMediaDelay(header) ??
    opts.demoMediaMs ??
    (endpoint === '/videos/generate' ? DEFAULT_VIDEO_DELAY_MS : DEFAULT_IMAGE_DELAY_MS);

  async function submit(req: Request, endpoint?: MediaEndpoint) {
    const parsed = await readJson(req);
    if (!parsed.ok) {
      return {
        response: oxenErrorResponse(400, 'Request body must be valid JSON', undefined, {
          code: 'invalid_json',
        }),
      };
    }
    const result = validateMediaRequest(parsed.value, endpoint);
    if (!result.ok) return { response: refusal(result) };
    const job = queue.submit({
      model: result.model,
      endpoint: result.endpoint,
      params: result.body,
      delayMs: delayFor(result.endpoint, req.headers.get('X-Demo-Media-Delay') ?? undefined),
      faults: parseMediaFaults(opts.testHooks ? (req.headers.get('X-Demo-Fault') ?? undefined) : undefined),
    });
    return { job };
  }

  function mountFiles(app: Hono): void {
    app.get(`${MEDIA_FILES_PATH}/:file`, (c) => {
      const file = c.req.param('file');
      if (file === CAPTURED_FILE && opts.testHooks) return fileResponse(capturedPicture(), 3600);
      const m = /^(.+)-(\d+)\.(png|apng)$/.exec(file);
      const job = m?.[1] ? queue.get(m[1]) : undefined;
      const index = Number(m?.[2]);
      if (
        !job ||
        queue.stateOf(job).status !== 'succeeded' ||
        index >= outputCountOf(job) ||
        m?.[3] !== fileExtension(job)
      ) {
        return oxenErrorResponse(404, 'No such result');
      }
      if (queue.isExpired(job)) return c.json({ error: { message: 'This result link has expired' } }, 410);
      return fileResponse(renderJobFile(job, index), job.expiresAt - Date.now() / 1000);
    });
    app.all(`${MEDIA_FILES_PATH}/:file`, (c) => methodNotAllowed(c.req.method, ['GET', 'HEAD']));
  }

  function mountApi(app: Hono, base: string): void {
    const origin = (url: string) => new URL(url).origin;

    app.post('/queue', async (c) => {
      const { job, response } = await submit(c.req.raw);
      if (!job) return response;
      return c.json({ generations: [{ generation_id: job.id, status: 'queued' }] });
    });

    app.get('/queue/:id', (c) => {
      const job = queue.get(c.req.param('id'));
      if (!job)
        return oxenErrorResponse(404, `Generation not found: ${c.req.param('id')}`, undefined, {
          code: 'resource_not_found',
        });
      return c.json(jobJson(queue, job, origin(c.req.url), base));
    });

    app.delete('/queue/:id', (c) => {
      const id = c.req.param('id');
      const cancelled = queue.cancel(id);
      if (cancelled.result === 'unknown') {
        return oxenErrorResponse(404, `Generation not found: ${id}`, undefined, {
          code: 'resource_not_found',
        });
      }
      if (cancelled.result === 'final') {
        const { status } = queue.stateOf(cancelled.job);
        return oxenErrorResponse(409, `Generation ${id} is already ${status}`, undefined, {
          code: 'already_final',
        });
      }
      return c.json(jobJson(queue, cancelled.job, origin(c.req.url), base));
    });

    const direct = (endpoint: MediaEndpoint, key: 'images' | 'videos') =>
      app.post(endpoint, async (c) => {
        const { job, response } = await submit(c.req.raw, endpoint);
        if (!job) return response;
        const signal = c.req.raw.signal;
        const finishesAt = queue.finishesAt(job);
        // A stuck job (test hook) holds the call until the client gives up, as a hung upstream would.
        const done = await wait(
          finishesAt === null ? 2 ** 31 - 1 : Math.max(0, finishesAt - Date.now()),
          signal,
        );
        if (!done) {
          queue.cancel(job.id);
          return oxenErrorResponse(499, 'The client closed the request');
        }
        const state = queue.stateOf(job);
        if (state.status === 'failed') {
          const message = state.errorMessage ?? 'unknown_error';
          const status = message.startsWith('invalid_params') ? 422 : 500;
          return oxenErrorResponse(status, message, undefined, { code: message.split(':')[0] });
        }
        const asBase64 = job.params.response_format === 'b64_json';
        const items = fileUrls(job, origin(c.req.url), base).map((url, i) =>
          asBase64 ? { b64_json: Buffer.from(renderJobFile(job, i).bytes).toString('base64') } : { url },
        );
        return c.json({ [key]: items });
      });
    direct('/images/generate', 'images');
    direct('/videos/generate', 'videos');

    app.all('/queue', (c) => methodNotAllowed(c.req.method, ['POST']));
    app.all('/queue/:id', (c) => methodNotAllowed(c.req.method, ['GET', 'HEAD', 'DELETE']));
    app.all('/images/generate', (c) => methodNotAllowed(c.req.method, ['POST']));
    app.all('/videos/generate', (c) => methodNotAllowed(c.req.method, ['POST']));
  }

  return { queue, mountFiles, mountApi };
}

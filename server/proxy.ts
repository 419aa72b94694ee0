import { Hono } from 'hono';
import { methodNotAllowed, oxenErrorResponse } from './errors.ts';

export const PROXY_PREFIX = '/proxy/oxen';

/** How long the upstream may take to answer with its status and headers. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
/** How long a body being passed through may go without a byte; generous, as reasoning models think silently. */
export const DEFAULT_UPSTREAM_IDLE_MS = 120_000;

// The Oxen API uses these and no others (DELETE cancels queued requests); the rest never reach the upstream.
const FORWARDED_METHODS = ['GET', 'POST', 'DELETE'];

// Only what an API call needs crosses the proxy. Cookies and the browser's other headers stay behind.
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'authorization'];
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);
// fetch() already decoded the body, so the upstream's encoding and length no longer describe it.
const DROPPED_RESPONSE_HEADERS = new Set(['set-cookie', 'content-encoding', 'content-length']);

export interface ProxyOptions {
  oxenUpstream: string;
  upstreamTimeoutMs?: number;
  upstreamIdleMs?: number;
  log?: (line: string) => void;
}

/**
 * The upstream URL for a proxied path, or null when the result would leave the upstream (another
 * origin, or a path outside its base path after dot-segment normalisation).
 */
export function upstreamUrl(upstream: string, rest: string, search: string): URL | null {
  const base = new URL(upstream);
  const basePath = base.pathname.replace(/\/+$/, '');
  const target = new URL(base.href);
  // Assigning pathname can never change the host, unlike resolving `rest` as a relative URL would.
  target.pathname = rest === '' ? basePath || '/' : basePath + (rest.startsWith('/') ? rest : `/${rest}`);
  target.search = search;
  target.hash = '';
  if (target.origin !== base.origin) return null;
  if (target.pathname !== basePath && !target.pathname.startsWith(`${basePath}/`)) return null;
  return target;
}

function responseHeaders(upstream: Headers): Headers {
  const named = (upstream.get('connection') ?? '').split(',').map((s) => s.trim().toLowerCase());
  const out = new Headers();
  upstream.forEach((value, name) => {
    if (HOP_BY_HOP.has(name) || DROPPED_RESPONSE_HEADERS.has(name) || named.includes(name)) return;
    // The browser must see only our own CORS policy (none): an upstream could otherwise grant any origin
    // access to its answers through us, with the user's key attached.
    if (name.startsWith('access-control-')) return;
    out.append(name, value);
  });
  return out;
}

interface PassThrough {
  /** Aborts the upstream fetch (and so the read of its body). */
  upstream: AbortController;
  clientSignal: AbortSignal;
  idleMs: number;
  onIdle: () => void;
}

/**
 * Passes the upstream body through chunk by chunk (pull-based, so nothing is buffered and SSE tokens flow
 * as they arrive). When the client hangs up, the aborted upstream read ends the stream quietly instead of
 * surfacing as a server error. An upstream that goes silent for idleMs is aborted and the client's stream
 * errored, so the client sees a cut connection instead of waiting forever; any other upstream failure
 * breaks the client's connection too.
 */
function passThrough(body: ReadableStream<Uint8Array>, p: PassThrough): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let idle = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Timed per read: while the client is slow to take chunks, pull is not called and nothing is timed.
      const timer = setTimeout(() => {
        idle = true;
        p.onIdle();
        p.upstream.abort();
      }, p.idleMs);
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        if (idle) controller.error(new Error(`The upstream sent nothing for ${p.idleMs} ms`));
        else if (p.clientSignal.aborted) controller.close();
        else controller.error(error);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

export function proxyRoutes(opts: ProxyOptions): Hono {
  const headersTimeoutMs = opts.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const idleMs = opts.upstreamIdleMs ?? DEFAULT_UPSTREAM_IDLE_MS;
  const upstreamHost = new URL(opts.oxenUpstream).host;
  const proxy = new Hono();
  proxy.all('*', async (c) => {
    const method = c.req.method;
    if (!FORWARDED_METHODS.includes(method)) return methodNotAllowed(method, FORWARDED_METHODS);
    const incoming = new URL(c.req.url);
    const rest = incoming.pathname.slice(PROXY_PREFIX.length);
    const target = upstreamUrl(opts.oxenUpstream, rest, incoming.search);
    if (!target) return oxenErrorResponse(400, 'Invalid proxy path');

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    const clientSignal = c.req.raw.signal;
    let requestBody: ArrayBuffer | undefined;
    try {
      requestBody = method === 'GET' ? undefined : await c.req.arrayBuffer();
    } catch (error) {
      // 499 is nginx's "client closed request"; nobody will read it, but the log line stays truthful.
      if (clientSignal.aborted) return new Response(null, { status: 499 });
      throw error;
    }

    // Aborted by our own timeouts; the client's disconnect aborts the fetch through `signal` as well.
    const upstream = new AbortController();
    const signal = AbortSignal.any([clientSignal, upstream.signal]);
    // Started only once the client's body is in, so a slow upload is not blamed on the upstream.
    let timedOut = false;
    const headersTimer = setTimeout(() => {
      timedOut = true;
      upstream.abort();
    }, headersTimeoutMs);
    let response: Response;
    try {
      response = await fetch(target, {
        method,
        headers,
        body: requestBody,
        signal,
        // A redirect is handed to the client rather than followed, so it cannot take us to another host.
        redirect: 'manual',
      });
    } catch {
      if (clientSignal.aborted) return new Response(null, { status: 499 });
      if (timedOut) {
        return oxenErrorResponse(
          504,
          `The Oxen upstream (${upstreamHost}) did not answer within ${headersTimeoutMs / 1000} s`,
        );
      }
      return oxenErrorResponse(502, `The Oxen upstream (${upstreamHost}) could not be reached`);
    } finally {
      clearTimeout(headersTimer);
    }
    const body = response.body
      ? passThrough(response.body, {
          upstream,
          clientSignal,
          idleMs,
          onIdle: () => opts.log?.(`proxy: ${upstreamHost} sent nothing for ${idleMs} ms, stream cut`),
        })
      : null;
    return new Response(body, { status: response.status, headers: responseHeaders(response.headers) });
  });
  return proxy;
}

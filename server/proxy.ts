import { Hono } from 'hono';
import { oxenErrorResponse } from './errors.ts';

export const PROXY_PREFIX = '/proxy/oxen';

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
    out.append(name, value);
  });
  return out;
}

/**
 * Passes the upstream body through chunk by chunk (pull-based, so nothing is buffered and SSE tokens flow
 * as they arrive). When the client hangs up, the aborted upstream read ends the stream quietly instead of
 * surfacing as a server error; any other upstream failure still breaks the client's connection.
 */
function quietOnAbort(body: ReadableStream<Uint8Array>, signal: AbortSignal): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        if (signal.aborted) controller.close();
        else controller.error(error);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

export function proxyRoutes(opts: { oxenUpstream: string }): Hono {
  const proxy = new Hono();
  proxy.all('*', async (c) => {
    const incoming = new URL(c.req.url);
    const rest = incoming.pathname.slice(PROXY_PREFIX.length);
    const target = upstreamUrl(opts.oxenUpstream, rest, incoming.search);
    if (!target) return oxenErrorResponse(400, 'Invalid proxy path');

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    const method = c.req.method;
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const signal = c.req.raw.signal;
    let upstream: Response;
    try {
      upstream = await fetch(target, {
        method,
        headers,
        body: hasBody ? await c.req.arrayBuffer() : undefined,
        signal,
        // A redirect is handed to the client rather than followed, so it cannot take us to another host.
        redirect: 'manual',
      });
    } catch {
      // 499 is nginx's "client closed request"; nobody will read it, but the log line stays truthful.
      if (signal.aborted) return new Response(null, { status: 499 });
      return oxenErrorResponse(
        502,
        `The Oxen upstream (${new URL(opts.oxenUpstream).host}) could not be reached`,
      );
    }
    const body = upstream.body ? quietOnAbort(upstream.body, signal) : null;
    return new Response(body, { status: upstream.status, headers: responseHeaders(upstream.headers) });
  });
  return proxy;
}

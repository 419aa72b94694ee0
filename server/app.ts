import { Hono } from 'hono';
import { captureRoutes } from './capture.ts';
import { DEMO_BASE_PATH, demoRoutes } from './demo/chat.ts';
import { oxenErrorResponse } from './errors.ts';
import { limitBody } from './limits.ts';
import { allowedHostnames, hostGuard, parseHostList, sameOriginGuard } from './local.ts';
import { PROXY_PREFIX, proxyRoutes } from './proxy.ts';
import { securityHeaders } from './security.ts';

export interface ServerOptions {
  oxenUpstream: string;
  /** Demo streaming speed in tokens per second. */
  demoPace: number;
  demoApiKey?: string;
  /** Enables X-Demo-Fault and the /__capture endpoints; never on for real use. */
  testHooks: boolean;
  /** How long each demo media job takes, in ms (YOKE_DEMO_MEDIA_MS; default by kind). */
  demoMediaMs?: number;
  /**
   * Hostnames (any port) a request may be addressed to besides 127.0.0.1, localhost and [::1]: the --host
   * the server listens on and YOKE_ALLOWED_HOSTS. Everything else is refused, which defeats DNS rebinding.
   */
  allowedHosts?: readonly string[];
  /** How long the Oxen upstream may take to answer with headers (DEFAULT_UPSTREAM_TIMEOUT_MS). */
  upstreamTimeoutMs?: number;
  /** How long a proxied body may go without a byte before it is cut (DEFAULT_UPSTREAM_IDLE_MS). */
  upstreamIdleMs?: number;
  log: (line: string) => void;
}

export const DEFAULT_OXEN_UPSTREAM = 'https://hub.oxen.ai/api/ai';
export const DEFAULT_DEMO_PACE = 50;

function mediaMs(value: string | undefined): number | undefined {
  const ms = Number(value);
  return value && Number.isInteger(ms) && ms >= 0 && ms <= 600_000 ? ms : undefined;
}

export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const pace = Number(env.YOKE_DEMO_PACE);
  return {
    oxenUpstream: env.YOKE_OXEN_UPSTREAM || DEFAULT_OXEN_UPSTREAM,
    demoPace: Number.isFinite(pace) && pace > 0 ? pace : DEFAULT_DEMO_PACE,
    demoApiKey: env.YOKE_DEMO_KEY || undefined,
    testHooks: env.YOKE_TEST_HOOKS === '1',
    demoMediaMs: mediaMs(env.YOKE_DEMO_MEDIA_MS),
    allowedHosts: parseHostList(env.YOKE_ALLOWED_HOSTS),
    log: (line) => console.log(line),
  };
}

export function createApp(opts: ServerOptions): Hono {
  const app = new Hono();

  // Method, path (without the query), status and time to headers only: headers and bodies carry API keys.
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round(performance.now() - started);
    opts.log(`${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${ms}ms`);
  });

  // In this order: a refused request never has its body read, and every answer, refusals included, carries
  // the security headers.
  app.use('*', securityHeaders());
  app.use('*', hostGuard(allowedHostnames(opts.allowedHosts)));
  app.use('*', sameOriginGuard());
  app.use('*', limitBody());

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route(DEMO_BASE_PATH, demoRoutes(opts));
  app.route(PROXY_PREFIX, proxyRoutes(opts));
  if (opts.testHooks) app.route('/__capture', captureRoutes(opts));

  app.notFound((c) => oxenErrorResponse(404, `Not found: ${new URL(c.req.url).pathname}`));
  app.onError((err, c) => {
    opts.log(`error ${c.req.method} ${new URL(c.req.url).pathname}: ${err.message}`);
    return oxenErrorResponse(500, 'Internal server error');
  });
  return app;
}

import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { HTML_SECURITY_HEADERS } from './security.ts';
import { isServerPath } from './vite-plugin.ts';

// Vite fingerprints everything under /assets/, so those can be cached forever; anything else (index.html
// above all) must be revalidated or a new deploy would keep serving stale entry points.
function cacheControl(filePath: string): string {
  return /[/\\]assets[/\\]/.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * serveStatic plus Cache-Control and, on HTML documents, the CSP; its onFound hook runs after the response
 * exists, hence the wrapper.
 */
function filesFrom(root: string, path?: string): MiddlewareHandler {
  const found = new WeakMap<Context, string>();
  const serve = serveStatic({ root, path, onFound: (file, c) => void found.set(c, file) });
  return async (c, next) => {
    const res = await serve(c, next);
    const file = found.get(c);
    if (res && file) {
      res.headers.set('Cache-Control', cacheControl(file));
      if (/\.html?$/i.test(file)) {
        for (const [name, value] of Object.entries(HTML_SECURITY_HEADERS)) res.headers.set(name, value);
      }
    }
    return res;
  };
}

function wantsHtml(c: Context): boolean {
  const method = c.req.method;
  return (method === 'GET' || method === 'HEAD') && (c.req.header('Accept') ?? '').includes('text/html');
}

/** Adds the built client (dist/) to the app, with index.html as the fallback for client-side routes. */
export function addStaticRoutes(app: Hono, distDir: string): Hono {
  app.use('*', filesFrom(distDir));
  const indexHtml = filesFrom(distDir, 'index.html');
  app.use('*', async (c, next) => {
    if (!wantsHtml(c) || isServerPath(new URL(c.req.url).pathname)) return next();
    return indexHtml(c, next);
  });
  return app;
}

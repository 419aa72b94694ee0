import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { isServerPath } from './vite-plugin';

// Vite fingerprints everything under /assets/, so those can be cached forever; anything else (index.html
// above all) must be revalidated or a new deploy would keep serving stale entry points.
function setCacheHeaders(path: string, c: Context): void {
  const immutable = /[/\\]assets[/\\]/.test(path);
  c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
}

function wantsHtml(c: Context): boolean {
  const method = c.req.method;
  return (method === 'GET' || method === 'HEAD') && (c.req.header('Accept') ?? '').includes('text/html');
}

/** Adds the built client (dist/) to the app, with index.html as the fallback for client-side routes. */
export function addStaticRoutes(app: Hono, distDir: string): Hono {
  app.use('*', serveStatic({ root: distDir, onFound: setCacheHeaders }));
  const indexHtml = serveStatic({ root: distDir, path: 'index.html', onFound: setCacheHeaders });
  app.use('*', async (c, next) => {
    if (!wantsHtml(c) || isServerPath(new URL(c.req.url).pathname)) return next();
    return indexHtml(c, next);
  });
  return app;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';
import { createApp, optionsFromEnv, type ServerOptions } from './app.ts';

const PREFIXES = ['/demo/', '/proxy/', '/__capture/'];

export function isServerPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0] ?? '';
  return path === '/healthz' || PREFIXES.some((prefix) => path.startsWith(prefix));
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function yokeMiddleware(opts?: Partial<ServerOptions>): Middleware {
  const app = createApp({ ...optionsFromEnv(), ...opts });
  // Vite's own code shares this process; leave the global Request/Response alone.
  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
  return (req, res, next) => {
    if (!isServerPath(req.url)) return next();
    void listener(req, res);
  };
}

/** Serves the demo provider, the Oxen proxy and the test hooks from `vite` and `vite preview`. */
export function yokeServer(opts?: Partial<ServerOptions>): Plugin {
  let middleware: Middleware | undefined;
  const get = () => {
    middleware ??= yokeMiddleware(opts);
    return middleware;
  };
  return {
    name: 'yoke-server',
    configureServer(server) {
      server.middlewares.use(get());
    },
    configurePreviewServer(server) {
      server.middlewares.use(get());
    },
  };
}

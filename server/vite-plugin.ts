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

/** `listenHost` is Vite's `host` setting: a name it listens on is a name the API answers to (`true` is none). */
export function yokeMiddleware(opts?: Partial<ServerOptions>, listenHost?: string | boolean): Middleware {
  const options = { ...optionsFromEnv(), ...opts };
  const allowedHosts = [
    ...(options.allowedHosts ?? []),
    ...(typeof listenHost === 'string' ? [listenHost] : []),
  ];
  const app = createApp({ ...options, allowedHosts });
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
  const get = (listenHost: string | boolean | undefined) => {
    middleware ??= yokeMiddleware(opts, listenHost);
    return middleware;
  };
  return {
    name: 'yoke-server',
    configureServer(server) {
      server.middlewares.use(get(server.config.server.host));
    },
    configurePreviewServer(server) {
      server.middlewares.use(get(server.config.preview.host));
    },
  };
}

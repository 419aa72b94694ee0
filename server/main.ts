import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp, optionsFromEnv } from './app.ts';
import { addStaticRoutes } from './static.ts';

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
  },
});

const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const port = Number(values.port ?? process.env.PORT ?? 5178);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}

const opts = optionsFromEnv();
// The name it was started on is a name it answers to (unless it is a wildcard such as 0.0.0.0).
const allowedHosts = [...(opts.allowedHosts ?? []), host];
const app = addStaticRoutes(createApp({ ...opts, allowedHosts }), resolve(values.dist));
const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(`Yoke is running at http://${shown}:${info.port}/`);
});

function shutdown(): void {
  server.close(() => process.exit(0));
  // Open SSE streams would otherwise hold close() open until they finish.
  if ('closeAllConnections' in server) server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

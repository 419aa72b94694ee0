import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../../../server/app';
import type { CapturedRequest } from '../../../../server/capture';
import type { SnippetTarget } from '../types';

/** The project's real server with its capture routes, on 127.0.0.1 and an ephemeral port. Snippets are
 * pointed at `/__capture/<token>/chat/completions`; what they sent is read back per token. */
export interface CaptureServer {
  /** The server's origin, e.g. http://127.0.0.1:41234 (the demo provider is at /demo/api/ai). */
  origin: string;
  targetFor(token: string): SnippetTarget;
  captured(token: string): Promise<CapturedRequest[]>;
  close(): Promise<void>;
}

export async function startCaptureServer(): Promise<CaptureServer> {
  // A fast pace keeps streamed answers from dominating test time.
  const app = createApp({
    oxenUpstream: 'http://127.0.0.1:9/api/ai',
    demoPace: 10_000,
    testHooks: true,
    log: () => {},
  });
  const { url, server } = await new Promise<{ url: string; server: ReturnType<typeof serve> }>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, server: s }),
    );
  });
  return {
    origin: url,
    targetFor: (token) => ({
      baseUrl: `${url}/__capture/${token}`,
      chatUrl: `${url}/__capture/${token}/chat/completions`,
      keyEnvVar: 'OXEN_API_KEY',
    }),
    captured: async (token) => (await (await fetch(`${url}/__capture/${token}`)).json()) as CapturedRequest[],
    close: () =>
      new Promise<void>((done) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

type FetchHandler = (request: Request) => Response | Promise<Response>;

/** Serves a fetch handler on 127.0.0.1 with an ephemeral port, over a real socket. */
export function listen(fetch: FetchHandler): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export interface SseResult {
  /** The data payload of each event, in order. */
  data: string[];
  /** Set when the body ended in an error (a cut connection) rather than cleanly. */
  error?: unknown;
}

/** Reads a whole SSE body, keeping what arrived even if the connection breaks. */
export async function readSse(response: Response): Promise<SseResult> {
  const reader = response.body?.getReader();
  if (!reader) return { data: [] };
  const decoder = new TextDecoder();
  let text = '';
  let error: unknown;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch (e) {
    error = e;
  }
  const data = text
    .split('\n\n')
    .filter((block) => block.startsWith('data: '))
    .map((block) => block.slice('data: '.length));
  return { data, error };
}

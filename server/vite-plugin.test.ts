import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from './testing/demoClient.ts';
import { send } from './testing/http.ts';
import { isServerPath, yokeMiddleware, yokeServer } from './vite-plugin.ts';

describe('isServerPath', () => {
  it('claims only the server prefixes', () => {
    for (const path of ['/healthz', '/healthz?x', '/demo/api/ai/models', '/proxy/oxen/x', '/__capture/t']) {
      expect(isServerPath(path), path).toBe(true);
    }
    for (const path of ['/', '/src/main.tsx', '/demo', '/healthzz', '/@vite/client', '/workbench/proxy/']) {
      expect(isServerPath(path), path).toBe(false);
    }
  });
});

/** The middleware in a plain node:http server, as Vite's connect stack would run it. */
async function withMiddleware(
  middleware: ReturnType<typeof yokeMiddleware>,
  run: (base: string) => Promise<void>,
): Promise<void> {
  const server = createServer((req, res) =>
    middleware(req, res, () => {
      res.end('vite');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('yokeMiddleware', () => {
  it('answers server paths and passes everything else on', async () => {
    await withMiddleware(yokeMiddleware({ log: () => {} }), async (base) => {
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
      const models = await (await fetch(`${base}/demo/api/ai/models`)).json();
      expect(models.object).toBe('list');
      expect(await (await fetch(`${base}/index.html`)).text()).toBe('vite');
    });
  });

  it("keeps the dev server's API local: its own pages may post, foreign hosts and origins may not", async () => {
    await withMiddleware(yokeMiddleware({ log: () => {} }, 'yoke.dev'), async (base) => {
      const chat = (headers: Record<string, string>) =>
        send(base, {
          method: 'POST',
          path: '/demo/api/ai/chat/completions',
          headers: { 'Content-Type': 'application/json', 'X-Demo-Pace': '10000', ...headers },
          body: JSON.stringify({ model: 'plain-demo', messages: MESSAGES, max_tokens: 3 }),
        });
      const fromPage = await chat({ Host: 'localhost:5173', Origin: 'http://localhost:5173' });
      expect(fromPage.status).toBe(200);
      expect((await chat({ Host: 'localhost:5173', Origin: 'http://evil.example' })).status).toBe(403);
      expect((await send(base, { path: '/healthz', headers: { Host: 'yoke.dev:5173' } })).status).toBe(200);
      expect((await send(base, { path: '/healthz', headers: { Host: 'evil.example:5173' } })).status).toBe(
        403,
      );
    });
  });

  it('is a plugin with dev and preview hooks', () => {
    const plugin = yokeServer();
    expect(plugin.name).toBe('yoke-server');
    expect(plugin.configureServer).toBeTypeOf('function');
    expect(plugin.configurePreviewServer).toBeTypeOf('function');
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
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

describe('yokeMiddleware', () => {
  it('answers server paths and passes everything else on', async () => {
    const middleware = yokeMiddleware({ log: () => {} });
    const server = createServer((req, res) =>
      middleware(req, res, () => {
        res.end('vite');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
      const models = await (await fetch(`${base}/demo/api/ai/models`)).json();
      expect(models.object).toBe('list');
      expect(await (await fetch(`${base}/index.html`)).text()).toBe('vite');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('is a plugin with dev and preview hooks', () => {
    const plugin = yokeServer();
    expect(plugin.name).toBe('yoke-server');
    expect(plugin.configureServer).toBeTypeOf('function');
    expect(plugin.configurePreviewServer).toBeTypeOf('function');
  });
});

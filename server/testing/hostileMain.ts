// `tsx server/testing/hostileMain.ts --port 4312 --yoke http://127.0.0.1:4310`: the hostile stand-in server of
// the e2e tests (playwright.config.ts starts it beside the app).
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { hostileServer } from './hostile.ts';
import { unlikeServers } from './unlike.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, yoke: { type: 'string' } } });
const port = Number(values.port ?? 4312);
const { app } = hostileServer({ yokeOrigin: values.yoke ?? 'http://127.0.0.1:4310' });
app.route('/', unlikeServers());
app.get('/healthz', (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) => {
  console.log(`hostile stand-in at http://127.0.0.1:${info.port}/`);
});

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium';

// Two real server processes: the app (with test hooks) and a stand-in "Oxen" upstream that demands a key,
// so the proxy path and auth failures are exercised end to end without the internet.
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4310);
const UPSTREAM_PORT = Number(process.env.E2E_UPSTREAM_PORT ?? 4311);
const HOSTILE_PORT = Number(process.env.E2E_HOSTILE_PORT ?? 4312);
export const UPSTREAM_KEY = 'stand-in-upstream-key';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // A hostile OpenAI-compatible server (server/testing/hostile.ts) on another origin.
      command: `tsx server/testing/hostileMain.ts --port ${HOSTILE_PORT} --yoke http://127.0.0.1:${APP_PORT}`,
      url: `http://127.0.0.1:${HOSTILE_PORT}/healthz`,
      reuseExistingServer: false,
    },
    {
      command: `tsx server/main.ts --dist dist --port ${UPSTREAM_PORT}`,
      url: `http://127.0.0.1:${UPSTREAM_PORT}/healthz`,
      env: { YOKE_DEMO_KEY: UPSTREAM_KEY, YOKE_DEMO_PACE: '400' },
      reuseExistingServer: false,
    },
    {
      command: `tsx server/main.ts --dist dist --port ${APP_PORT}`,
      url: `http://127.0.0.1:${APP_PORT}/healthz`,
      env: {
        YOKE_TEST_HOOKS: '1',
        YOKE_DEMO_PACE: '400',
        YOKE_OXEN_UPSTREAM: `http://127.0.0.1:${UPSTREAM_PORT}/demo/api/ai`,
      },
      reuseExistingServer: false,
    },
  ],
});

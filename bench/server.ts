// Builds the app when dist/ is stale and runs the real server (tsx server/main.ts) on a free 127.0.0.1 port,
// so every figure comes from the same bytes and the same server a user would get.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const HOST = '127.0.0.1';

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const BUILD_INPUTS = [
  'src',
  'index.html',
  'public',
  'vite.config.ts',
  'tailwind.config.ts',
  'package-lock.json',
];

/** Why dist/ must be rebuilt, or null when it is newer than every build input. */
export function staleReason(root: string): string | null {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return 'dist/ is missing';
  const builtAt = statSync(built).mtimeMs;
  const newer = BUILD_INPUTS.filter((input) => newestMtime(join(root, input)) > builtAt);
  return newer.length > 0 ? `newer than dist/: ${newer.join(', ')}` : null;
}

export interface BuildOutcome {
  built: boolean;
  note: string;
}

/** Builds only when stale: other sessions may be serving dist/ for their e2e runs, and vite empties it. */
export function buildIfStale(root: string): BuildOutcome {
  const reason = staleReason(root);
  if (reason === null) return { built: false, note: 'dist/ is up to date with src/ (no build)' };
  const started = performance.now();
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`vite build failed (${reason}):\n${tail}`);
  }
  return { built: true, note: `built with vite in ${seconds} s (${reason})` };
}

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${origin} did not become healthy in ${timeoutMs} ms`);
}

export async function startServer(root: string, dist = 'dist'): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const child = spawn(
    'npx',
    ['tsx', 'server/main.ts', '--dist', dist, '--host', HOST, '--port', String(port)],
    {
      cwd: root,
      // Own process group, so stop() ends npx, tsx and node together and nothing else.
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, YOKE_TEST_HOOKS: '1', YOKE_DEMO_PACE: '50' },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 3000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(origin, child, 30_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return { origin, stop };
}

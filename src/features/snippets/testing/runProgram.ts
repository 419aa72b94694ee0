import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProgramResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A random key per run: the test checks it arrives in the Authorization header, which proves the
 * snippet read it from the environment. */
export function randomKey(): string {
  return `test-${randomBytes(12).toString('hex')}`;
}

/** Environment for snippet runs: the key, and no HTTP proxy (curl and requests would honour one and
 * never reach 127.0.0.1). */
export function snippetEnv(key: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, OXEN_API_KEY: key, NO_PROXY: '*', no_proxy: '*' };
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'all_proxy']) {
    delete env[name];
  }
  return env;
}

/**
 * Runs a program asynchronously. It must not be spawnSync: the capture server answering the snippet runs
 * in this same process and needs the event loop while the child waits for it.
 */
export function runProgram(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): Promise<ProgramResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export type ScriptLanguage = 'bash' | 'python' | 'node';

const RUNNERS: Record<ScriptLanguage, { command: string; file: string }> = {
  bash: { command: 'bash', file: 'snippet.sh' },
  python: { command: 'python3', file: 'snippet.py' },
  node: { command: 'node', file: 'snippet.mjs' },
};

/** Writes the script to a fresh temporary directory and runs it there (files, not `-c`: a batch of
 * snippets exceeds the 128 KiB limit of one command-line argument). */
export async function runScript(
  language: ScriptLanguage,
  source: string,
  env: NodeJS.ProcessEnv,
): Promise<ProgramResult> {
  const dir = mkdtempSync(join(tmpdir(), 'yoke-snippet-'));
  try {
    const { command, file } = RUNNERS[language];
    const path = join(dir, file);
    writeFileSync(path, source, 'utf8');
    return await runProgram(command, [path], env);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

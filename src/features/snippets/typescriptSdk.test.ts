// The TypeScript (OpenAI SDK) snippet against the real `openai` npm package: every fixture is type-checked with
// strict tsc against the SDK's own types, then executed (tsx) against the project's capture endpoint, which
// must receive exactly the workbench's body — key order included — and the key from the environment (or, for
// the demo with the variable unset, the placeholder the SDK needs).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletionRequest } from '@/lib/api';
import { type CaptureServer, startCaptureServer } from './testing/captureServer';
import { FIXTURES } from './testing/fixtures';
import { randomKey, runProgram, snippetEnv } from './testing/runProgram';
import type { SnippetTarget } from './types';
import { toTypeScriptOpenAI, UNUSED_KEY } from './typescriptOpenAI';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'node_modules', '.bin');
// Inside the project, so `import OpenAI from "openai"` resolves to the installed SDK.
const CACHE = join(ROOT, 'node_modules', '.cache');

let server: CaptureServer;
let dir = '';
beforeAll(async () => {
  server = await startCaptureServer();
  mkdirSync(CACHE, { recursive: true });
  dir = mkdtempSync(join(CACHE, 'yoke-ts-snippets-'));
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
function write(source: string): string {
  const path = join(dir, `snippet-${++counter}.mts`);
  writeFileSync(path, source, 'utf8');
  return path;
}

interface Case {
  name: string;
  request: ChatCompletionRequest;
  optionalKey: boolean;
  keySet: boolean;
}

const CASES: Case[] = [
  ...Object.entries(FIXTURES).map(([name, request]) => ({ name, request, optionalKey: false, keySet: true })),
  // Parameters the SDK's types do not know travel in a spread, in place.
  {
    name: 'unknown parameters',
    request: {
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
      top_k: 40,
      temperature: 0.5,
      min_p: 0.1,
    },
    optionalKey: false,
    keySet: true,
  },
  {
    name: 'demo, key unset',
    request: FIXTURES.plain as ChatCompletionRequest,
    optionalKey: true,
    keySet: false,
  },
  {
    name: 'demo, key set',
    request: FIXTURES.plain as ChatCompletionRequest,
    optionalKey: true,
    keySet: true,
  },
];

function targetFor(token: string, optionalKey: boolean): SnippetTarget {
  const base = server.targetFor(token);
  return optionalKey ? { ...base, keyEnvVar: 'YOKE_API_KEY', keyOptional: true } : base;
}

describe('TypeScript (OpenAI SDK) snippets', () => {
  it('type-check under strict tsc against the real SDK', async () => {
    const files = CASES.flatMap((c) =>
      [false, true].map((compact) =>
        write(toTypeScriptOpenAI(c.request, targetFor('types', c.optionalKey), { compact })),
      ),
    );
    const result = await runProgram(
      join(BIN, 'tsc'),
      [
        '--noEmit',
        '--strict',
        '--target',
        'es2022',
        '--module',
        'esnext',
        '--moduleResolution',
        'bundler',
        '--types',
        'node',
        '--skipLibCheck',
        ...files,
      ],
      process.env,
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);

  it.each(CASES)(
    '$name: sends the exact body with the key from the environment',
    async (c) => {
      const token = `ts-${process.pid}-${++counter}`;
      const key = randomKey();
      const env = snippetEnv(key);
      if (c.optionalKey) {
        if (c.keySet) env.YOKE_API_KEY = key;
        else delete env.YOKE_API_KEY;
      }
      const path = write(toTypeScriptOpenAI(c.request, targetFor(token, c.optionalKey), { compact: false }));
      const result = await runProgram(join(BIN, 'tsx'), [path], env);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const [sent, ...more] = await server.captured(token);
      expect(more).toEqual([]);
      expect(JSON.stringify(JSON.parse(sent?.body ?? 'null'))).toBe(JSON.stringify(c.request));
      expect(sent?.headers.authorization).toBe(`Bearer ${c.optionalKey && !c.keySet ? UNUSED_KEY : key}`);
      expect(result.stdout.trim()).not.toBe('');
    },
    60_000,
  );
});

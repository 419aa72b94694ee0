import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletionRequest } from '@/lib/api';
import { requestArbitrary } from '@/testing';
import { toCurl } from './curl';
import { toJavaScriptFetch } from './javascriptFetch';
import { toPythonRequests } from './pythonRequests';
import { type CaptureServer, startCaptureServer } from './testing/captureServer';
import { randomKey, runScript, type ScriptLanguage, snippetEnv } from './testing/runProgram';
import type { SnippetGenerator } from './types';

// Property: for hostile requests (quotes, shell and template injections, control characters, lone
// surrogates, emoji, RTL, long strings, awkward numbers), every generated snippet, run for real, sends
// exactly the workbench's body and has no side effect. To keep the time sane each property run executes
// one script holding a batch of snippets, each exactly as generated (JS ones wrapped in a block so their
// `const`s don't clash); every snippet posts to its own capture token so each request is checked on its own.

const BATCH = 50;
const RUNS = 5; // 5 runs x 50 = 250 generated requests per language

let server: CaptureServer;
let canaryDir: string;
beforeAll(async () => {
  server = await startCaptureServer();
  canaryDir = mkdtempSync(join(tmpdir(), 'yoke-canary-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(canaryDir, { recursive: true, force: true });
});

const LANGUAGES: Array<[string, ScriptLanguage, SnippetGenerator, (snippet: string) => string]> = [
  // set -e: a failing curl (exit status) stops the batch and fails the run.
  ['cURL', 'bash', toCurl, (s) => s],
  ['Python requests', 'python', toPythonRequests, (s) => s],
  ['JavaScript fetch', 'node', toJavaScriptFetch, (s) => `{\n${s}\n}`],
];
const PRELUDE: Record<ScriptLanguage, string> = { bash: 'set -e\n', python: '', node: '' };

let batchCounter = 0;

/** Shown when a case fails: JSON keeps invisible characters visible. */
const describeRequest = (request: ChatCompletionRequest) => JSON.stringify(request).slice(0, 3000);

describe.each(LANGUAGES)('%s snippets with hostile input, executed', (_name, language, generate, wrap) => {
  it(`sends exactly the request, ${RUNS * BATCH} cases, no side effects`, async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(requestArbitrary(canaryDir), { minLength: BATCH, maxLength: BATCH }),
        fc.boolean(),
        async (requests, compact) => {
          const batch = ++batchCounter;
          const tokens = requests.map((_, i) => `prop-${process.pid}-${batch}-${i}`);
          const snippets = requests.map((r, i) =>
            wrap(generate(r, server.targetFor(tokens[i] as string), { compact })),
          );
          const key = randomKey();
          const result = await runScript(language, PRELUDE[language] + snippets.join('\n'), snippetEnv(key));
          expect(result.code, result.stderr.slice(-3000)).toBe(0);
          for (const [i, request] of requests.entries()) {
            const captured = await server.captured(tokens[i] as string);
            const context = `case ${i}: ${describeRequest(request)}`;
            expect(captured, context).toHaveLength(1);
            expect(JSON.stringify(JSON.parse(captured[0]?.body ?? 'null')), context).toBe(
              JSON.stringify(request),
            );
            expect(captured[0]?.headers.authorization, context).toBe(`Bearer ${key}`);
          }
          expect(readdirSync(canaryDir), 'an injection attempt ran').toEqual([]);
          cases += requests.length;
        },
      ),
      // Each run spawns processes; shrinking would re-run whole batches, so the failing case is named in the
      // assertion message instead (and fast-check prints the seed to replay it).
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(cases).toBe(RUNS * BATCH);
  }, 120_000);
});

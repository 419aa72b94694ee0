import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletionRequest } from '@/lib/api';
import { toCurl } from './curl';
import { toJavaScriptFetch } from './javascriptFetch';
import { toPythonRequests } from './pythonRequests';
import { type CaptureServer, startCaptureServer } from './testing/captureServer';
import { FIXTURES } from './testing/fixtures';
import { randomKey, runScript, type ScriptLanguage, snippetEnv } from './testing/runProgram';
import type { SnippetGenerator } from './types';

// Runs the generated cURL, Python requests and JavaScript fetch snippets for real against the project's
// server and compares what arrived with what the workbench sends: JSON.stringify(request).

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server?.close());

const LANGUAGES: Array<[string, ScriptLanguage, SnippetGenerator]> = [
  ['cURL', 'bash', toCurl],
  ['Python requests', 'python', toPythonRequests],
  ['JavaScript fetch', 'node', toJavaScriptFetch],
];

let tokenCounter = 0;
const nextToken = () => `exec-${process.pid}-${++tokenCounter}`;

async function runAndCapture(
  language: ScriptLanguage,
  generate: SnippetGenerator,
  request: ChatCompletionRequest,
  compact: boolean,
) {
  const token = nextToken();
  const key = randomKey();
  const result = await runScript(
    language,
    generate(request, server.targetFor(token), { compact }),
    snippetEnv(key),
  );
  return { result, key, captured: await server.captured(token) };
}

describe.each(LANGUAGES)('%s snippets, executed', (_name, language, generate) => {
  for (const compact of [false, true]) {
    it.each(Object.entries(FIXTURES))(
      `%s (${compact ? 'compact' : 'pretty'}) sends the exact body`,
      async (_fixture, request) => {
        const { result, key, captured } = await runAndCapture(language, generate, request, compact);
        // curl writes its progress meter to stderr; the others must be silent there.
        if (language !== 'bash') expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(captured).toHaveLength(1);
        const [sent] = captured;
        // Same members, same values, same key order as the app's JSON.stringify(request).
        expect(JSON.stringify(JSON.parse(sent?.body ?? 'null'))).toBe(JSON.stringify(request));
        expect(sent?.headers.authorization).toBe(`Bearer ${key}`);
        expect(sent?.headers['content-type']).toBe('application/json');
        expect(sent?.method).toBe('POST');
        if (request.stream === true) {
          // The streaming variants print the deltas, not the raw events (cURL prints the events).
          expect(result.stdout.trim()).not.toBe('');
          if (language !== 'bash') expect(result.stdout).not.toContain('data:');
        } else {
          expect(result.stdout).toContain('chat.completion');
        }
      },
    );
  }
});

describe('edge cases, executed', () => {
  it('large bodies go through a here-document in cURL (an argument over 128 KiB would fail)', () => {
    const text = toCurl(FIXTURES.bigImage as ChatCompletionRequest, server.targetFor('x'), {
      compact: false,
    });
    expect(text).toContain("--data-binary @- <<'JSON'\n{");
    expect(text.endsWith('}\nJSON')).toBe(true);
  });

  it.each(LANGUAGES)('%s: an optional key (the demo) may be unset', async (_name, language, generate) => {
    const token = nextToken();
    const target = { ...server.targetFor(token), keyEnvVar: 'YOKE_API_KEY', keyOptional: true };
    const env = snippetEnv('unused');
    delete env.YOKE_API_KEY;
    const result = await runScript(
      language,
      generate(FIXTURES.plain as ChatCompletionRequest, target, { compact: true }),
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(await server.captured(token)).toHaveLength(1);
  });

  it.each(LANGUAGES)(
    '%s: sends what JSON.stringify sends for undefined, NaN and -0',
    async (_name, language, generate) => {
      const request = {
        model: 'm',
        messages: [],
        top_k: undefined,
        a: Number.NaN,
        b: -0,
        c: [undefined],
      } as unknown as ChatCompletionRequest;
      const { result, captured } = await runAndCapture(language, generate, request, false);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.stringify(JSON.parse(captured[0]?.body ?? 'null'))).toBe(
        '{"model":"m","messages":[],"a":null,"b":0,"c":[null]}',
      );
    },
  );

  it.each(LANGUAGES)(
    '%s: a parameter named __proto__ is sent as a member',
    async (_name, language, generate) => {
      const request = JSON.parse(
        '{"model":"m","messages":[],"__proto__":{"x":1},"z":2}',
      ) as ChatCompletionRequest;
      const { result, captured } = await runAndCapture(language, generate, request, true);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.stringify(JSON.parse(captured[0]?.body ?? 'null'))).toBe(JSON.stringify(request));
    },
  );
});

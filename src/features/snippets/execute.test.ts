import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletionRequest } from '../../lib/api/types';
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

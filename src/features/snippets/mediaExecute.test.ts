import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaRequest } from '@/lib/api';
import { CURL_ARGUMENT_LIMIT } from './curl';
import { toMediaCurl } from './mediaCurl';
import { toMediaJavaScript } from './mediaJavaScript';
import type { MediaSnippetGenerator } from './mediaLanguages';
import { toMediaPython } from './mediaPython';
import type { MediaKind } from './mediaTarget';
import { type CaptureServer, startCaptureServer } from './testing/captureServer';
import { MEDIA_FIXTURES } from './testing/mediaFixtures';
import { randomKey, runScript, type ScriptLanguage, snippetEnv } from './testing/runProgram';
import { targetFor } from './testing/targets';
import type { SnippetTarget } from './types';

// Runs the generated media snippets for real against the project's server: against the capture endpoint, what
// arrived must be what Generate submits (JSON.stringify(mediaRequest)); against the demo's queue, the loop must
// wait for the job and print its result URL — or its error message, with exit status 1.

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server?.close());

const LANGUAGES: Array<[string, ScriptLanguage, MediaSnippetGenerator]> = [
  ['cURL', 'bash', toMediaCurl],
  ['Python requests', 'python', toMediaPython],
  ['JavaScript fetch', 'node', toMediaJavaScript],
];

let tokenCounter = 0;
const nextToken = () => `media-${process.pid}-${++tokenCounter}`;

async function run(
  language: ScriptLanguage,
  generate: MediaSnippetGenerator,
  request: MediaRequest,
  kind: MediaKind,
  target: SnippetTarget,
  compact = false,
) {
  const key = randomKey();
  const result = await runScript(language, generate(request, target, { compact }, kind), snippetEnv(key));
  return { result, key };
}

/** The app's snippet target for the demo provider on this server (its key, YOKE_API_KEY, is optional and unset). */
const demoTarget = (): SnippetTarget => targetFor('demo', '', server.origin);

describe.each(LANGUAGES)('%s media snippets, executed', (_name, language, generate) => {
  for (const compact of [false, true]) {
    it.each(Object.entries(MEDIA_FIXTURES))(
      `%s (${compact ? 'compact' : 'pretty'}) submits the exact body and prints the result URL`,
      async (_fixture, { kind, request }) => {
        const token = nextToken();
        const { result, key } = await run(
          language,
          generate,
          request,
          kind,
          server.targetFor(token),
          compact,
        );
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout.trim()).toMatch(
          /^http:\/\/127\.0\.0\.1:\d+\/demo\/api\/ai\/media\/captured\.png/,
        );
        // The key comes from the environment, goes in the header and is never printed.
        expect(result.stdout).not.toContain(key);
        const captured = (await server.captured(token)).filter((c) => c.method === 'POST');
        expect(captured).toHaveLength(1);
        const [sent] = captured;
        expect(sent?.path).toBe(`/__capture/${token}/queue`);
        expect(sent?.headers.authorization).toBe(`Bearer ${key}`);
        expect(sent?.headers['content-type']).toBe('application/json');
        // Same members, same values, same key order as the app's JSON.stringify(mediaRequest)...
        expect(JSON.stringify(JSON.parse(sent?.body ?? 'null'))).toBe(JSON.stringify(request));
        // ...and cURL sends the very bytes the snippet shows (the here-document adds its final newline), fetch
        // what the app's JSON.stringify writes (requests re-serialises with json.dumps: only parse-equal).
        if (language === 'bash') {
          const shown = compact ? JSON.stringify(request) : JSON.stringify(request, null, 2);
          expect(sent?.body).toBe(shown.length > CURL_ARGUMENT_LIMIT ? `${shown}\n` : shown);
        }
        if (language === 'node') expect(sent?.body).toBe(JSON.stringify(request));
      },
    );
  }
});

describe.each(LANGUAGES)('%s media snippets against the demo queue', (_name, language, generate) => {
  it('waits for the image and prints its URL, which serves the picture', async () => {
    const request = { model: 'pixel-art-demo', prompt: 'A red kite', seed: 9 };
    const { result } = await run(language, generate, request, 'image', demoTarget());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const urls = result.stdout.trim().split('\n');
    expect(urls).toHaveLength(1);
    const picture = await fetch(urls[0] as string);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/png');
  });

  it('a parameter the model rejects ends failed: the message on stderr, exit status 1', async () => {
    const request = { model: 'pixel-art-demo', prompt: 'Too wide', aspect_ratio: '21:9' };
    const { result } = await run(language, generate, request, 'image', demoTarget());
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'failed: invalid_params: aspect_ratio 21:9 is not supported by pixel-art-demo at this resolution',
    );
  });

  it('a body the queue refuses at submit (prompt and multi_prompt) fails with the server message', async () => {
    const request = { model: 'clip-demo', prompt: 'a', multi_prompt: ['b'] };
    const { result } = await run(language, generate, request, 'video', demoTarget());
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('422');
  });
});

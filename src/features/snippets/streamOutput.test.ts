// What the snippets print from an answer with reasoning and tool calls: a stand-in server streams reasoning in
// both field shapes (reasoning_content, reasoning), content, and two parallel tool calls whose fragments
// interleave (name first, arguments in pieces) — or answers once with tool calls — and each runnable snippet
// (Python requests, JavaScript fetch, TypeScript OpenAI SDK) is run against it for real.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletionRequest } from '@/lib/api';
import { type StandIn, standIn } from '../../../server/testing/standIn';
import { toJavaScriptFetch } from './javascriptFetch';
import { toPythonRequests } from './pythonRequests';
import { FIXTURES } from './testing/fixtures';
import { randomKey, runProgram, runScript, snippetEnv } from './testing/runProgram';
import type { SnippetTarget } from './types';
import { toTypeScriptOpenAI } from './typescriptOpenAI';

const ROOT = resolve(import.meta.dirname, '../../..');
const CACHE = join(ROOT, 'node_modules', '.cache');

const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;

const STREAM = [
  chunk({ role: 'assistant', reasoning_content: 'Think' }),
  chunk({ reasoning_content: 'ing… ' }),
  chunk({ reasoning: 'done.' }),
  chunk({ content: 'Calling tools.' }),
  chunk({
    tool_calls: [
      { index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } },
    ],
  }),
  chunk({
    tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'lookup', arguments: '' } }],
  }),
  chunk({ tool_calls: [{ index: 0, function: { arguments: '{"ci' } }] }),
  chunk({ tool_calls: [{ index: 1, function: { arguments: '{"q":"\\"x\\""}' } }] }),
  chunk({ tool_calls: [{ index: 0, function: { arguments: 'ty":"Paris"}' } }] }),
  chunk({}, 'tool_calls'),
  'data: [DONE]\n\n',
].join('');

const ONE_SHOT = {
  id: 'x',
  object: 'chat.completion',
  created: 1,
  model: 'm',
  choices: [
    {
      index: 0,
      message: {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_a',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
        ],
      },
      finish_reason: 'tool_calls',
    },
  ],
};

let server: StandIn;
let dir = '';
beforeAll(async () => {
  server = await standIn((req, res) => {
    const streaming = (JSON.parse(req.body) as { stream?: boolean }).stream === true;
    res.writeHead(200, { 'content-type': streaming ? 'text/event-stream' : 'application/json' });
    res.end(streaming ? STREAM : JSON.stringify(ONE_SHOT));
  });
  mkdirSync(CACHE, { recursive: true });
  dir = mkdtempSync(join(CACHE, 'yoke-stream-out-'));
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const target = (): SnippetTarget => ({
  baseUrl: `${server.url}/v1`,
  chatUrl: `${server.url}/v1/chat/completions`,
  keyEnvVar: 'OXEN_API_KEY',
});

async function runTs(source: string) {
  const path = join(dir, `s-${Math.random().toString(36).slice(2)}.mts`);
  writeFileSync(path, source, 'utf8');
  return runProgram(join(ROOT, 'node_modules', '.bin', 'tsx'), [path], snippetEnv(randomKey()));
}

const RUNNERS: Array<[string, (r: ChatCompletionRequest) => ReturnType<typeof runProgram>]> = [
  [
    'Python requests',
    (r) => runScript('python', toPythonRequests(r, target(), { compact: false }), snippetEnv(randomKey())),
  ],
  [
    'JavaScript fetch',
    (r) => runScript('node', toJavaScriptFetch(r, target(), { compact: false }), snippetEnv(randomKey())),
  ],
  ['TypeScript (OpenAI SDK)', (r) => runTs(toTypeScriptOpenAI(r, target(), { compact: false }))],
];

describe.each(RUNNERS)('%s, run against a stream with reasoning and tool calls', (_name, run) => {
  it('prints reasoning to stderr, content, and each tool call assembled from its fragments', async () => {
    const result = await run(FIXTURES.toolsStreaming as ChatCompletionRequest);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('Thinking… done.');
    expect(result.stdout).toBe(
      'Calling tools.\ntool call get_weather: {"city":"Paris"}\ntool call lookup: {"q":"\\"x\\""}\n',
    );
  }, 60_000);

  it('shows the tool calls of a one-shot answer', async () => {
    const result = await run(FIXTURES.tools as ChatCompletionRequest);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('get_weather');
    expect(result.stdout).toContain('Paris');
  }, 60_000);
});

// The evaluation's exported Python script, run for real with python3 against the app server's capture endpoint:
// it must send exactly the bodies the grid sent and write one JSONL line per cell with the outputs.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cell,
  type Check,
  cellKey,
  checkLabels,
  pythonScript,
  resultRecords,
  type SuiteRun,
} from '@/domain/evaluation';
import type { ChatCompletionRequest } from '@/lib/api';
import { createApp } from './app.ts';
import type { CapturedRequest } from './capture.ts';
import { type Listening, listen } from './testing/listen.ts';

const run = promisify(execFile);

/** Quotes, backslashes, newlines, triple quotes, a NUL, line separators, astral and combining characters and a
 * lone surrogate: whatever could end a Python literal early or be mangled on the way. */
const HOSTILE = `He said "hi" \\ 'yo' """ ''' \\" \n\r\t \u0000 \u2028\u2029 é 😀 e\u0301 \ud800 {{city}} \${x} %s {0}`;

const checks: Check[] = [
  { id: 'k1', type: 'contains', value: '{{city}}' },
  { id: 'k2', type: 'valid-json', value: '' },
  { id: 'k3', type: 'latency-under', value: '60000' },
  { id: 'k4', type: 'regex', value: '/./' },
  { id: 'k5', type: 'not-contains', value: 'zzz-never' },
  { id: 'k6', type: 'equals-expected', value: '' },
];

function request(city: string, stream: boolean, model: string): ChatCompletionRequest {
  const body: ChatCompletionRequest = {
    model,
    messages: [
      { role: 'system', content: `Answer about ${city}.` },
      { role: 'user', content: `Tell me about ${city}. ${HOSTILE}` },
    ],
    max_tokens: 20,
  };
  if (stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  } else body.stream = false;
  return body;
}

const suiteRun: SuiteRun = {
  id: 'run-1',
  suiteId: 'suite-1',
  createdAt: 0,
  status: 'done',
  scope: 'All cases',
  prompt: {
    system: 'Answer about {{city}}.',
    turns: [{ role: 'user', text: 'Tell me about {{city}}.', images: [] }],
  },
  panes: [
    {
      paneId: 'p1',
      title: 'Pane 1 · demo/fast "quoted"',
      modelId: 'demo/fast',
      provider: 'demo',
      pricing: null,
    },
    {
      paneId: 'p2',
      title: 'Pane 2 · demo/slow',
      modelId: 'demo/slow',
      provider: 'demo',
      pricing: { input_cost_per_token: 0.000001, output_cost_per_token: 0.000002 },
    },
  ],
  cases: [
    { id: 'c1', values: { city: 'Paris', expected: 'France' } },
    { id: 'c2', values: { city: HOSTILE, expected: '' } },
  ],
  checks,
};

function gridCells(): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  for (const testCase of suiteRun.cases)
    for (const [p, pane] of suiteRun.panes.entries()) {
      const key = cellKey(testCase.id, pane.paneId);
      cells[key] = {
        key,
        caseId: testCase.id,
        paneId: pane.paneId,
        status: 'done',
        request: request(testCase.values.city ?? '', p === 0, pane.modelId),
        output: HOSTILE,
        finishReason: 'stop',
        latencyMs: 10,
        ttftMs: 5,
        promptTokens: 1,
        completionTokens: 1,
        cost: null,
        attempts: 1,
        checks: [],
      };
    }
  return cells;
}

describe('pythonScript executed with python3', () => {
  let server: Listening;
  let dir: string;
  beforeAll(async () => {
    server = await listen(
      createApp({ oxenUpstream: 'http://127.0.0.1:9', demoPace: 100_000, log: () => {}, testHooks: true })
        .fetch,
    );
    dir = await mkdtemp(join(tmpdir(), 'yoke-eval-py-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('sends exactly the grid requests and writes one JSONL line per cell', async () => {
    const token = `eval-${Date.now()}`;
    const cells = gridCells();
    const script = pythonScript({
      run: suiteRun,
      cells,
      target: {
        chatUrl: `${server.url}/__capture/${token}/chat/completions`,
        baseUrl: `${server.url}/__capture/${token}`,
        keyEnvVar: 'YOKE_API_KEY',
        keyOptional: true,
      },
      concurrency: 2,
    });
    // Every value is escaped: the script is plain ASCII.
    expect(/^[\x20-\x7e\n]*$/.test(script)).toBe(true);
    const scriptPath = join(dir, 'eval.py');
    const outPath = join(dir, 'out.jsonl');
    await writeFile(scriptPath, script);
    const secret = 'sk-test-secret-0123456789';
    const { stdout, stderr } = await run('python3', [scriptPath, outPath], {
      env: { ...process.env, YOKE_API_KEY: secret },
      timeout: 60_000,
    });
    expect(stdout + stderr).not.toContain(secret);
    expect(stderr).toContain('Wrote 4 results');

    // What the server received: the grid's bodies, byte for byte, each once.
    const captured = (await (await fetch(`${server.url}/__capture/${token}`)).json()) as CapturedRequest[];
    const sent = Object.values(cells).map((c) => JSON.stringify(c.request));
    expect(captured.map((c) => c.body).sort()).toEqual([...sent].sort());
    for (const c of captured) {
      expect(c.headers.authorization).toBe(`Bearer ${secret}`);
      expect(c.headers['content-type']).toBe('application/json');
    }

    // The JSONL: one line per cell in case then pane order, the export's fields, outputs read from both shapes.
    const lines = (await readFile(outPath, 'utf8')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    const records = lines.map((line) => JSON.parse(line));
    const expected = resultRecords(suiteRun, cells);
    const labels = checkLabels(checks);
    records.forEach((record, i) => {
      const want = expected[i];
      expect(Object.keys(record)).toEqual(Object.keys(want ?? {}));
      expect(record).toMatchObject({
        case: want?.case,
        case_id: want?.case_id,
        pane: want?.pane,
        model: want?.model,
        variables: want?.variables,
        expected: want?.expected,
        status: 'done',
        error: '',
        rating: '',
      });
      expect(record.request).toEqual(want?.request);
      expect(typeof record.output).toBe('string');
      expect(record.output.length).toBeGreaterThan(0);
      expect(record.latency_ms).toBeGreaterThan(0);
      expect(record.prompt_tokens).toBeGreaterThan(0);
      expect(record.completion_tokens).toBeGreaterThan(0);
      expect(Object.keys(record.checks)).toEqual(labels);
      // Computed like the grid: the demo's answer is prose, not JSON, and never says "zzz-never".
      expect(record.checks['valid JSON']).toBe(false);
      expect(record.checks['latency under 60000 ms']).toBe(true);
      expect(record.checks['does not contain "zzz-never"']).toBe(true);
      // Left to the app (JavaScript regex), written as null.
      expect(record.checks['matches /./']).toBeNull();
      expect(record.checks['contains "{{city}}"']).toBe(record.output.includes(want?.variables.city ?? ''));
    });
    // Streamed (pane 1) cells have a time to first token; plain ones do not. Priced pane 2 has a cost.
    expect(records.map((r) => r.ttft_ms !== null)).toEqual([true, false, true, false]);
    expect(records.map((r) => r.cost !== null)).toEqual([false, true, false, true]);
    // Case 1 has an expected value ("France": the demo will not answer exactly that); case 2 has none (null).
    expect(records[0].checks['equals expected']).toBe(false);
    expect(records[2].checks['equals expected']).toBeNull();
  }, 90_000);

  it('rides out a 429 with Retry-After and a 500; a 400 and an error mid-stream are reported, not retried', async () => {
    const seen: string[] = [];
    const flaky = await listen(async (req) => {
      const body = await req.text();
      const model = (JSON.parse(body) as { model: string }).model;
      seen.push(model);
      const count = seen.filter((m) => m === model).length;
      if (model === 'bad') return Response.json({ error: { message: 'Bad model' } }, { status: 400 });
      if (model === 'cut')
        return new Response(
          'data: {"choices":[{"index":0,"delta":{"content":"par"}}]}\n\ndata: {"error":{"message":"boom"}}\n\n',
          { headers: { 'Content-Type': 'text/event-stream' } },
        );
      if (count === 1 && model === 'limited')
        return Response.json(
          { error: { message: 'Slow down' } },
          { status: 429, headers: { 'Retry-After': '0' } },
        );
      if (count === 1 && model === 'broken') return new Response('oops', { status: 500 });
      return Response.json({
        choices: [
          { index: 0, message: { role: 'assistant', content: [{ type: 'text', text: `ok ${model}` }] } },
        ],
        usage: { prompt_tokens: 3, completion_tokens: 2, cost: 0.5 },
      });
    });
    try {
      const models = ['limited', 'broken', 'bad', 'cut'];
      const flakyRun: SuiteRun = {
        ...suiteRun,
        checks: [{ id: 'k', type: 'cost-under', value: '1' }],
        panes: models.map((m, i) => ({
          paneId: m,
          title: `Pane ${i + 1}`,
          modelId: m,
          provider: 'openai',
          pricing: null,
        })),
        cases: [{ id: 'c1', values: {} }],
      };
      const cells: Record<string, Cell> = {};
      for (const m of models) {
        const key = cellKey('c1', m);
        cells[key] = {
          ...(gridCells()[cellKey('c1', 'p2')] as Cell),
          key,
          caseId: 'c1',
          paneId: m,
          request: { model: m, messages: [], ...(m === 'cut' ? { stream: true } : {}) },
        };
      }
      const script = pythonScript({
        run: flakyRun,
        cells,
        target: { chatUrl: `${flaky.url}/v1/chat/completions`, baseUrl: flaky.url, keyEnvVar: 'FLAKY_KEY' },
        concurrency: 4,
      });
      const scriptPath = join(dir, 'flaky.py');
      const outPath = join(dir, 'flaky.jsonl');
      await writeFile(scriptPath, script);
      // A required key that is missing fails loudly, before anything is sent.
      await expect(
        run('python3', [scriptPath, outPath], { env: { PATH: process.env.PATH ?? '' }, timeout: 30_000 }),
      ).rejects.toThrow(/FLAKY_KEY/);
      expect(seen).toEqual([]);
      await run('python3', [scriptPath, outPath], {
        env: { ...process.env, FLAKY_KEY: 'k' },
        timeout: 60_000,
      });
      const records = (await readFile(outPath, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      expect(records.map((r) => [r.model, r.status, r.output, r.error, r.cost])).toEqual([
        ['limited', 'done', 'ok limited', '', 0.5],
        ['broken', 'done', 'ok broken', '', 0.5],
        ['bad', 'error', '', 'HTTP 400: Bad model', null],
        ['cut', 'error', '', 'error in the stream: boom', null],
      ]);
      expect(records.map((r) => r.checks['cost under $1'])).toEqual([true, true, null, null]);
      expect(seen.filter((m) => m === 'limited')).toHaveLength(2);
      expect(seen.filter((m) => m === 'broken')).toHaveLength(2);
      expect(seen.filter((m) => m === 'bad')).toHaveLength(1);
      // An error in the middle of a stream is not sent again.
      expect(seen.filter((m) => m === 'cut')).toHaveLength(1);
    } finally {
      await flaky.close();
    }
  }, 90_000);
});

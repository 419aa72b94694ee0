import { describe, expect, it } from 'vitest';
import {
  answeredRun,
  applyChunk,
  applyCompletion,
  failedRun,
  finishedRun,
  queuedRun,
  type RunRecord,
  startedRun,
} from '@/domain/run';
import type { ChatCompletionChunk } from '@/lib/api';
import { cellFromRun } from './cellFromRun';

const request = { model: 'm', messages: [{ role: 'user' as const, content: 'Paris?' }], stream: true };
const pricing = { input_cost_per_token: 0.000001, output_cost_per_token: 0.000002 };
const queued = queuedRun({ id: 'r1', target: 'eval:e1:c1|p1', request, provider: 'demo', pricing }, 1_000);

function chunk(delta: ChatCompletionChunk['choices'][number]['delta'], finish: string | null = null) {
  return { choices: [{ index: 0, delta, finish_reason: finish }] } satisfies ChatCompletionChunk;
}

/** A streamed answer: sent at 1,100 ms, first token at 1,300, ended at 1,900, with usage. */
function streamed(): RunRecord {
  let run = startedRun(queued, 1_100);
  run = applyChunk(run, chunk({ reasoning: 'The capital…' }), 1_300);
  run = applyChunk(run, chunk({ content: 'It is ' }), 1_400);
  run = applyChunk(run, chunk({ content: 'Paris.' }, 'stop'), 1_500);
  run = applyChunk(
    run,
    { choices: [], usage: { prompt_tokens: 10, completion_tokens: 4, total_tokens: 14 } },
    1_800,
  );
  return answeredRun({ ...run, attempts: 3 }, 1_900);
}

describe('cellFromRun', () => {
  it('takes choice 0, its reasoning, the finish reason, times, tokens, cost and sends from a finished run', () => {
    const cell = cellFromRun(streamed(), 'c1', 'p1');
    expect(cell).toEqual({
      key: 'c1|p1',
      caseId: 'c1',
      paneId: 'p1',
      status: 'done',
      request,
      output: 'It is Paris.',
      reasoning: 'The capital…',
      finishReason: 'stop',
      latencyMs: 800,
      ttftMs: 200,
      promptTokens: 10,
      completionTokens: 4,
      cost: 10 * 0.000001 + 4 * 0.000002,
      attempts: 3,
      checks: [],
      startedAt: 1_100,
      endedAt: 1_900,
    });
  });

  it('keeps the tool calls of an answer that called tools instead of writing', () => {
    const run = applyCompletion(
      startedRun({ ...queued, request: { ...request, stream: false } }, 1_100),
      {
        id: 'x',
        object: 'chat.completion',
        created: 0,
        model: 'm',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: null,
              tool_calls: [{ id: 'call_1', name: 'get_weather', arguments: '{"city":"Oslo"}' }],
            },
            finish_reason: 'tool_calls',
          },
        ],
      },
      1_500,
    );
    const cell = cellFromRun(answeredRun(run, 1_500), 'c1', 'p1');
    expect(cell.status).toBe('done');
    expect(cell.output).toBe('');
    expect(cell.finishReason).toBe('tool_calls');
    expect(cell.toolCalls).toEqual([{ id: 'call_1', name: 'get_weather', arguments: '{"city":"Oslo"}' }]);
  });

  it('says a queued run waiting to be sent again is retrying, when and why', () => {
    const waiting: RunRecord = {
      ...queued,
      attempts: 1,
      retry: { at: 5_000, attempt: 2, maxAttempts: 6, reason: 'Rate limited (429): waiting 4 s' },
    };
    const cell = cellFromRun(waiting, 'c1', 'p1');
    expect(cell).toMatchObject({ status: 'retrying', retryAt: 5_000, attempts: 1, latencyMs: null });
    expect(cell.retryReason).toContain('429');
    expect(cellFromRun(queued, 'c1', 'p1')).toMatchObject({ status: 'queued', attempts: 0 });
    expect(cellFromRun(queued, 'c1', 'p1')).not.toHaveProperty('retryAt');
  });

  it('keeps the error and the partial answer of a failed run, and a stopped run is stopped', () => {
    const partial = applyChunk(startedRun(queued, 1_100), chunk({ content: 'It is' }), 1_200);
    const failed = failedRun(partial, { status: 500, kind: 'http', message: 'Server error' }, 1_600);
    expect(cellFromRun(failed, 'c1', 'p1')).toMatchObject({
      status: 'error',
      output: 'It is',
      error: { status: 500, message: 'Server error' },
      latencyMs: 500,
      attempts: 1,
    });
    expect(cellFromRun(finishedRun(partial, 'stopped', 1_300), 'c1', 'p1')).toMatchObject({
      status: 'stopped',
      output: 'It is',
    });
  });
});

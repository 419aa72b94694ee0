import { describe, expect, it } from 'vitest';
import type { ChatCompletionChunk } from '@/lib/api';
import { applyChunk, applyCompletion, failResult, startResult } from './runState';

function chunk(index: number, content: string | null, finish: string | null = null): ChatCompletionChunk {
  return {
    id: 'c',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'm',
    choices: [{ index, delta: { content }, finish_reason: finish }],
  };
}

describe('run state', () => {
  const request = { model: 'm', messages: [] };

  it('accumulates text per choice and records the first token time once', () => {
    let result = startResult(request, 100);
    result = applyChunk(result, chunk(0, ''), 110);
    expect(result.firstTokenAt).toBeUndefined();
    result = applyChunk(result, chunk(0, 'Hel'), 120);
    result = applyChunk(result, chunk(1, 'Other'), 125);
    result = applyChunk(result, chunk(0, 'lo', 'stop'), 130);
    expect(result.choices).toEqual(['Hello', 'Other']);
    expect(result.finishReasons).toEqual(['stop']);
    expect(result.firstTokenAt).toBe(120);
  });

  it('takes usage from the final usage-only chunk', () => {
    const usage = { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 };
    const result = applyChunk(startResult(request, 0), { ...chunk(0, null), choices: [], usage }, 1);
    expect(result.usage).toEqual(usage);
  });

  it('keeps the partial output when a run fails', () => {
    const partial = applyChunk(startResult(request, 0), chunk(0, 'partial'), 1);
    const failed = failResult(partial, { status: 0, kind: 'stream', message: 'cut' }, 2);
    expect(failed.choices).toEqual(['partial']);
    expect(failed.status).toBe('error');
  });

  it('reads a non-streamed completion', () => {
    const result = applyCompletion(
      startResult(request, 0),
      {
        id: 'x',
        object: 'chat.completion',
        created: 0,
        model: 'm',
        choices: [{ index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: 'length' }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      },
      5,
    );
    expect(result).toMatchObject({ status: 'done', choices: ['Hi'], finishReasons: ['length'], endedAt: 5 });
  });
});

import { describe, expect, it } from 'vitest';
import type { ChatCompletionChunk } from '@/lib/api';
import {
  applyChunk,
  applyCompletion,
  failedRun,
  finishedRun,
  interruptedRun,
  isActive,
  queuedRun,
  startedRun,
} from './record';

function chunk(index: number, content: string | null, finish: string | null = null): ChatCompletionChunk {
  return {
    id: 'c',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'm',
    choices: [{ index, delta: { content }, finish_reason: finish }],
  };
}

const request = { model: 'm', messages: [] };
const queued = queuedRun({ id: 'r1', target: 'pane:a', request, provider: 'demo' }, 100);

describe('run record', () => {
  it('starts queued with what was asked and nothing answered', () => {
    expect(queued).toEqual({
      id: 'r1',
      target: 'pane:a',
      request,
      provider: 'demo',
      pricing: null,
      status: 'queued',
      choices: [],
      finishReasons: [],
      createdAt: 100,
    });
    expect(isActive(queued)).toBe(true);
    expect(startedRun(queued, 105)).toMatchObject({ status: 'running', startedAt: 105 });
  });

  it('accumulates text per choice and records the first token time once', () => {
    let run = startedRun(queued, 100);
    run = applyChunk(run, chunk(0, ''), 110);
    expect(run.firstTokenAt).toBeUndefined();
    run = applyChunk(run, chunk(0, 'Hel'), 120);
    run = applyChunk(run, chunk(1, 'Other'), 125);
    run = applyChunk(run, chunk(0, 'lo', 'stop'), 130);
    expect(run.choices).toEqual(['Hello', 'Other']);
    expect(run.finishReasons).toEqual(['stop']);
    expect(run.firstTokenAt).toBe(120);
  });

  it('takes usage from the final usage-only chunk', () => {
    const usage = { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 };
    const run = applyChunk(startedRun(queued, 0), { ...chunk(0, null), choices: [], usage }, 1);
    expect(run.usage).toEqual(usage);
  });

  it('keeps the partial output when a run fails or is stopped', () => {
    const partial = applyChunk(startedRun(queued, 0), chunk(0, 'partial'), 1);
    const failed = failedRun(partial, { status: 0, kind: 'stream', message: 'cut' }, 2);
    expect(failed).toMatchObject({ status: 'error', choices: ['partial'], endedAt: 2 });
    expect(finishedRun(partial, 'stopped', 3)).toMatchObject({ status: 'stopped', choices: ['partial'] });
    expect(isActive(failed)).toBe(false);
  });

  it('reads a non-streamed completion', () => {
    const run = applyCompletion(
      startedRun(queued, 0),
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
    expect(finishedRun(run, 'done', 5)).toMatchObject({
      status: 'done',
      choices: ['Hi'],
      finishReasons: ['length'],
      firstTokenAt: 5,
      endedAt: 5,
    });
  });

  it('marks a run that was going when the page went away as interrupted, keeping its text', () => {
    const streaming = applyChunk(startedRun(queued, 10), chunk(0, 'half'), 11);
    expect(interruptedRun(streaming)).toMatchObject({
      status: 'interrupted',
      choices: ['half'],
      endedAt: 10,
    });
    const done = finishedRun(streaming, 'done', 20);
    expect(interruptedRun(done)).toBe(done);
  });
});

import { describe, expect, it } from 'vitest';
import type { ChatCompletionChunk } from '@/lib/api';
import {
  answeredRun,
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

  it('ends an answered run as done when it has text', () => {
    const run = applyChunk(startedRun(queued, 0), chunk(0, 'Hi', 'stop'), 3);
    expect(answeredRun(run, 4)).toMatchObject({ status: 'done', endedAt: 4 });
  });

  it('fails an answer the workbench could not read instead of showing an empty "Done"', () => {
    // A server answering {"choices": []}, or choices whose text could not be read (notes say why).
    const none = applyCompletion(startedRun(queued, 0), { choices: [] }, 3);
    expect(answeredRun(none, 4)).toMatchObject({
      status: 'error',
      error: { kind: 'unreadable', message: expect.stringContaining('no choice') },
    });
    const noText = applyCompletion(
      startedRun(queued, 0),
      {
        choices: [{ index: 0, message: { role: 'assistant', content: null }, finish_reason: null }],
        notes: ['The answer: "content" is not text; ignored.'],
      },
      3,
    );
    expect(answeredRun(noText, 4)).toMatchObject({
      status: 'error',
      error: { message: expect.stringMatching(/no text .* See the notes/) },
    });
    const streamed = queuedRun(
      { id: 'r2', target: 'pane:a', request: { ...request, stream: true }, provider: 'demo' },
      0,
    );
    const silent = applyChunk(startedRun(streamed, 0), { choices: [] }, 3);
    expect(answeredRun(silent, 4).error?.message).toMatch(/stream ended without any answer text/);
  });

  it('keeps an empty answer the model ended on purpose, and says it is empty', () => {
    const run = applyCompletion(
      startedRun(queued, 0),
      { choices: [{ index: 0, message: { role: 'assistant', content: '' }, finish_reason: 'length' }] },
      3,
    );
    expect(answeredRun(run, 4)).toMatchObject({
      status: 'done',
      notes: ['The answer is empty (finish reason "length").'],
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

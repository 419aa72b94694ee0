import { describe, expect, it } from 'vitest';
import type { Cell } from '@/domain/evaluation';
import type { RunRecord } from '@/domain/run';
import { cellView } from './cellView';

const cell = (over: Partial<Cell> = {}): Cell => ({
  key: 'c|p',
  caseId: 'c',
  paneId: 'p',
  status: 'done',
  request: { model: 'm', messages: [] },
  output: 'Paris',
  finishReason: 'stop',
  latencyMs: 10,
  ttftMs: 5,
  promptTokens: 1,
  completionTokens: 1,
  cost: 0,
  attempts: 1,
  checks: [],
  ...over,
});

describe('cellView', () => {
  it('shows the live text while the cell runs, the stored output after', () => {
    const live = { status: 'running', choices: ['Par'] } as unknown as RunRecord;
    expect(cellView(cell({ status: 'running', output: '' }), live, 0)).toMatchObject({
      phase: 'running',
      text: 'Par',
    });
    expect(cellView(cell(), undefined, 0)).toMatchObject({ phase: 'done', text: 'Paris', status: 'Done' });
  });

  it("counts down a retry with the live record's attempt numbers", () => {
    const live = {
      status: 'queued',
      choices: [],
      retry: { at: 12_000, attempt: 2, maxAttempts: 6, reason: '429' },
    } as unknown as RunRecord;
    expect(cellView(cell({ status: 'retrying' }), live, 10_100)).toMatchObject({
      phase: 'retrying',
      status: 'Retrying in 2 s (attempt 2 of 6)',
      retryAt: 12_000,
    });
  });

  it('names an error by its status and message', () => {
    const error = { status: 500, kind: 'http', message: 'Internal error' };
    expect(cellView(cell({ status: 'error', error, output: '' }), undefined, 0).status).toBe(
      'Error 500: Internal error',
    );
    expect(cellView(cell({ status: 'error', error, output: '', attempts: 6 }), undefined, 0).status).toBe(
      'Error 500: Internal error (after 6 attempts)',
    );
    expect(cellView(undefined, undefined, 0).phase).toBe('empty');
  });
});

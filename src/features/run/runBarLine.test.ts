import { describe, expect, it } from 'vitest';
import type { RunRecord } from '@/domain/run';
import { runBarLine } from './runBarLine';

const base = {
  id: 'r',
  target: 'pane:p',
  request: { model: 'm', messages: [] },
  provider: 'demo',
  pricing: null,
  finishReasons: [],
  createdAt: 1000,
} as unknown as RunRecord;

describe('the run bar line', () => {
  it('counts estimated tokens and the time so far while streaming', () => {
    const run = { ...base, status: 'running', startedAt: 1000, choices: ['abcdefgh'] } as RunRecord;
    expect(runBarLine(run, 2500)).toBe('Streaming · ~2 tokens · 1.5 s');
  });

  it('uses the server’s count and the end time once finished', () => {
    const run = {
      ...base,
      status: 'done',
      startedAt: 1000,
      endedAt: 1400,
      choices: ['x'],
      usage: { prompt_tokens: 3, completion_tokens: 12, total_tokens: 15 },
    } as RunRecord;
    expect(runBarLine(run, 99_999)).toBe('Finished · 12 tokens · 400 ms');
    expect(runBarLine(undefined, 0)).toBeNull();
  });
});

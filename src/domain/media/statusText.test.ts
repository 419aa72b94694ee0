import { describe, expect, it } from 'vitest';
import { newJob } from './job';
import { formatDuration, jobStatusText } from './statusText';
import type { MediaJob } from './types';

const T0 = 1_790_000_000_000;
const base = newJob({
  id: 'j',
  target: 'pane:p',
  kind: 'image',
  request: { model: 'm', prompt: 'p' },
  provider: 'demo',
  baseUrl: '/demo/api/ai',
  pricing: null,
  at: T0,
});
const job = (changes: Partial<MediaJob>): MediaJob => ({ ...base, ...changes });

describe('formatDuration', () => {
  it('counts seconds, minutes and hours', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(2_400)).toBe('2 s');
    expect(formatDuration(65_000)).toBe('1 min 5 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
    expect(formatDuration(-5)).toBe('0 s');
    expect(formatDuration(Number.NaN)).toBe('0 s');
  });

  it('gives one decimal under 10 s when precise', () => {
    expect(formatDuration(4_230, true)).toBe('4.2 s');
    expect(formatDuration(9_960, true)).toBe('10 s');
    expect(formatDuration(12_400, true)).toBe('12 s');
  });
});

describe('jobStatusText', () => {
  it('running jobs count from when they entered their state', () => {
    expect(jobStatusText(base, T0 + 300)).toBe('Submitting…');
    expect(jobStatusText(job({ status: 'queued', submittedAt: T0 + 100 }), T0 + 2_100)).toBe('Queued · 2 s');
    expect(
      jobStatusText(job({ status: 'processing', submittedAt: T0, startedAt: T0 + 1_000 }), T0 + 6_500),
    ).toBe('Processing · 5 s');
    expect(jobStatusText(job({ status: 'processing' }), T0 + 65_000)).toBe('Processing · 1 min 5 s');
  });

  it('final jobs say how they ended', () => {
    expect(jobStatusText(job({ status: 'succeeded', endedAt: T0 + 4_200 }), T0 + 99_999)).toBe(
      'Succeeded in 4.2 s',
    );
    expect(jobStatusText(job({ status: 'failed', error: { message: 'invalid_params: no' } }), T0)).toBe(
      'Failed: invalid_params: no',
    );
    expect(jobStatusText(job({ status: 'cancelled' }), T0)).toBe('Cancelled');
    expect(jobStatusText(job({ status: 'interrupted', error: { message: 'The page closed' } }), T0)).toBe(
      'Interrupted: The page closed',
    );
  });

  it('adds a cancel under way and a poll being retried', () => {
    expect(jobStatusText(job({ status: 'queued', submittedAt: T0, cancelling: true }), T0 + 1_000)).toBe(
      'Queued · 1 s · Cancelling…',
    );
    expect(
      jobStatusText(
        job({ status: 'processing', startedAt: T0, pollProblem: 'HTTP 503: Overloaded' }),
        T0 + 3_000,
      ),
    ).toBe('Processing · 3 s · retrying: HTTP 503: Overloaded');
  });

  it('says a paused job waits, not that it retries', () => {
    const paused = job({ status: 'queued', submittedAt: T0, pollProblem: 'Paused: the settings changed' });
    expect(jobStatusText(paused, T0 + 2_000)).toBe('Queued · 2 s · Paused: the settings changed');
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaJob } from '@/domain/media';
import { startJob, useMediaJobStore } from '@/state/media';
import { JobCard } from './JobCard';
import { JobList } from './JobList';

const TARGET = 'pane:p1';

function job(overrides: Partial<MediaJob>): MediaJob {
  return {
    id: 'j1',
    target: TARGET,
    generationId: 'g1',
    kind: 'image',
    request: { model: 'pixel-art-demo', prompt: 'a red fox' },
    prompt: 'a red fox',
    provider: 'demo',
    baseUrl: '/demo/api/ai',
    pricing: { method: 'per_image', cost_per_image: 0.04 },
    status: 'processing',
    outputs: [],
    createdAt: Date.now() - 3_000,
    submittedAt: Date.now() - 2_900,
    startedAt: Date.now() - 2_000,
    polls: 2,
    ...overrides,
  };
}

function seed(...jobs: MediaJob[]) {
  useMediaJobStore.setState({
    jobs: Object.fromEntries(jobs.map((j) => [j.id, j])),
    byTarget: { [TARGET]: jobs.map((j) => j.id) },
  });
}

beforeEach(() => useMediaJobStore.setState({ jobs: {}, byTarget: {} }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('JobCard', () => {
  it('shows an unfinished job with its status, model, prompt and a Cancel job button', () => {
    seed(job({}));
    render(<JobCard jobId="j1" />);
    const card = screen.getByRole('region', { name: 'Job' });
    expect(within(card).getByText(/^Processing · \d+ s$/)).toBeTruthy();
    expect(within(card).getByRole('status').textContent).toBe('Processing');
    expect(within(card).getByText('pixel-art-demo')).toBeTruthy();
    expect(within(card).getByText('a red fox')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Cancel job' })).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Remove job' })).toBeNull();
  });

  it('ticks the elapsed time while the job is unfinished', () => {
    vi.useFakeTimers();
    const start = Date.now();
    seed(job({ createdAt: start, submittedAt: start, startedAt: start }));
    render(<JobCard jobId="j1" />);
    const status = () => screen.getByText(/^Processing ·/).textContent;
    const before = status();
    act(() => vi.advanceTimersByTime(3_000));
    expect(status()).not.toBe(before);
  });

  it('shows a failed job’s message with its status, and no Cancel', () => {
    seed(
      job({
        status: 'failed',
        endedAt: Date.now(),
        error: { message: 'invalid_params: aspect_ratio 21:9 is not supported' },
      }),
    );
    render(<JobCard jobId="j1" />);
    const card = screen.getByRole('region', { name: 'Job' });
    expect(within(card).getByRole('status').textContent).toBe(
      'Failed: invalid_params: aspect_ratio 21:9 is not supported',
    );
    expect(within(card).queryByRole('button', { name: 'Cancel job' })).toBeNull();
    expect(within(card).getByRole('button', { name: 'Remove job' })).toBeTruthy();
  });

  it('says an HTTP failure’s status once', () => {
    seed(
      job({
        status: 'failed',
        generationId: null,
        endedAt: Date.now(),
        error: { status: 422, message: 'prompt and multi_prompt cannot both be set' },
      }),
    );
    render(<JobCard jobId="j1" />);
    expect(screen.getByRole('status').textContent).toBe('Failed: prompt and multi_prompt cannot both be set');
    expect(screen.getByText('HTTP 422')).toBeTruthy();
  });

  it('does not repeat a status a client error already leads with', () => {
    seed(
      job({
        status: 'failed',
        generationId: null,
        endedAt: Date.now(),
        error: { status: 422, message: 'HTTP 422: duration must be 5 or 10' },
      }),
    );
    render(<JobCard jobId="j1" />);
    expect(screen.getByRole('region', { name: 'Job' }).textContent?.match(/HTTP 422/g)).toHaveLength(2);
  });

  it('Remove takes a finished job off the list', () => {
    seed(job({ status: 'cancelled', endedAt: Date.now() }));
    render(<JobList target={TARGET} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove job' }));
    expect(screen.queryByRole('region', { name: 'Job' })).toBeNull();
    expect(useMediaJobStore.getState().jobs).toEqual({});
  });
});

describe('JobList with a real job', () => {
  it('Cancel job cancels a running job on the server and the card says Cancelled', async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        const method = init?.method ?? 'GET';
        calls.push(`${method} ${url}`);
        const body =
          method === 'POST'
            ? { generations: [{ generation_id: 'g9', status: 'queued' }] }
            : { generation_id: 'g9', status: method === 'DELETE' ? 'cancelled' : 'processing' };
        return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
      }),
    );
    startJob({
      target: TARGET,
      kind: 'image',
      request: { model: 'pixel-art-demo', prompt: 'a slow owl' },
      api: { baseUrl: '/demo/api/ai' },
      provider: 'demo',
      pricing: null,
    });
    render(<JobList target={TARGET} />);
    const card = screen.getByRole('region', { name: 'Job' });
    const cancel = await within(card).findByRole('button', { name: 'Cancel job' });
    // Wait for the queue's id, so the DELETE has a generation to name.
    await vi.waitFor(() =>
      expect(Object.values(useMediaJobStore.getState().jobs)[0]?.generationId).toBe('g9'),
    );
    fireEvent.click(cancel);
    await vi.waitFor(() => expect(within(card).getByRole('status').textContent).toBe('Cancelled'));
    expect(calls).toContain('DELETE /demo/api/ai/queue/g9');
    expect(within(card).queryByRole('button', { name: 'Cancel job' })).toBeNull();
  });
});

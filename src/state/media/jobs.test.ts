// @vitest-environment jsdom
// The job scheduler end to end below React: startJob with the real queue client and edge readers, against a
// stand-in queue behind fetch that the test drives, on fake timers (so a poll schedule can be read off the log).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pollDelayMs } from '@/domain/media';
import { DEFAULT_PROVIDER } from '@/domain/provider';
import { browserStorage } from '@/lib/storage';
import { setAsideNotices } from '@/state/persistence';
import { useSettingsStore } from '@/state/settings';
import { type FakeQueueServer, fakeQueueServer } from '@/testing';
import { selectJobIdsOf, selectLatestJobOf, useMediaJobStore } from './jobStore';
import {
  activeJobCount,
  cancelJob,
  forgetActiveJobs,
  type JobSpec,
  PAUSED_PROBLEM,
  removeJob,
  resumeJobs,
  setVisibilitySource,
  startJob,
} from './jobs';
import { EMPTY_JOBS } from './jobsState';
import { JOBS_STORAGE_KEY } from './persistJobs';
import { manualVisibility } from './visibility';

let server: FakeQueueServer;
let page: ReturnType<typeof manualVisibility>;

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
  server = fakeQueueServer();
  vi.stubGlobal('fetch', server.fetch);
  page = manualVisibility(false);
  setVisibilitySource(page);
  useMediaJobStore.setState(EMPTY_JOBS);
  useSettingsStore.setState({ provider: DEFAULT_PROVIDER });
  window.localStorage.clear();
});

afterEach(() => {
  forgetActiveJobs();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function spec(over: Partial<JobSpec> = {}): JobSpec {
  return {
    target: 'pane:a',
    kind: 'image',
    request: { model: 'pixel-art-demo', prompt: 'a red fox', aspect_ratio: '1:1', seed: 7 },
    api: { baseUrl: '/demo/api/ai', apiKey: 'sk-secret-key' },
    provider: 'demo',
    pricing: { method: 'per_image', cost_per_image: 0.04 },
    ...over,
  };
}

const job = (id: string) => useMediaJobStore.getState().jobs[id];
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const settle = () => vi.advanceTimersByTimeAsync(0);
const gets = (id = 'g1') => server.callsOf('GET', id).length;
const png = (id: string) => `https://cdn.test/${id}-0.png`;

/** Advances to the next planned poll of the job and lets its answer in. */
async function nextPoll(id: string): Promise<void> {
  const due = job(id)?.nextPollAt;
  if (due === undefined) throw new Error('no poll planned');
  await advance(Math.max(0, due - Date.now()));
}

describe('startJob', () => {
  it('submits the body, polls on the domain schedule and ends succeeded with the outputs', async () => {
    const id = startJob(spec());
    expect(job(id)).toMatchObject({ status: 'submitting', generationId: null, target: 'pane:a' });
    expect(useMediaJobStore.getState().byTarget['pane:a']).toEqual([id]);
    await settle();
    const [post] = server.callsOf('POST');
    expect(post?.path).toBe('/demo/api/ai/queue');
    expect(post?.body).toEqual(spec().request);
    expect(post?.headers.authorization).toBe('Bearer sk-secret-key');
    expect(job(id)).toMatchObject({ status: 'queued', generationId: 'g1', baseUrl: '/demo/api/ai' });

    const first = pollDelayMs('image', 0);
    await advance(first - 1);
    expect(gets()).toBe(0);
    await advance(1);
    expect(gets()).toBe(1);
    expect(job(id)?.polls).toBe(1);

    server.set('g1', { status: 'processing' });
    await nextPoll(id);
    expect(gets()).toBe(2);
    expect(job(id)?.status).toBe('processing');
    expect(job(id)?.startedAt).toBeTypeOf('number');

    server.set('g1', { status: 'succeeded', result_urls: [png('g1')] });
    await nextPoll(id);
    expect(job(id)).toMatchObject({ status: 'succeeded', outputs: [{ url: png('g1') }] });
    expect(job(id)?.endedAt).toBeTypeOf('number');

    // The gaps between polls are the domain's schedule, one after the other.
    const at = [post?.at ?? 0, ...server.callsOf('GET').map((c) => c.at)];
    expect(at.slice(1).map((t, i) => t - (at[i] ?? 0))).toEqual([
      pollDelayMs('image', 0),
      pollDelayMs('image', 1),
      pollDelayMs('image', 2),
    ]);
    await advance(120_000);
    expect(gets()).toBe(3);
    expect(activeJobCount()).toBe(0);
    // The key reaches the Authorization header only, never the record (records are stored).
    expect(JSON.stringify(useMediaJobStore.getState())).not.toContain('sk-secret-key');
  });

  it('a job the server failed ends failed with its error_message', async () => {
    const id = startJob(spec({ request: { model: 'pixel-art-demo', prompt: 'x', aspect_ratio: '21:9' } }));
    await settle();
    server.set('g1', {
      status: 'failed',
      error_message:
        'invalid_params: aspect_ratio 21:9 is not supported by pixel-art-demo at this resolution',
    });
    await nextPoll(id);
    expect(job(id)?.status).toBe('failed');
    expect(job(id)?.error?.message).toBe(
      'invalid_params: aspect_ratio 21:9 is not supported by pixel-art-demo at this resolution',
    );
    expect(activeJobCount()).toBe(0);
  });

  it('a refused submission ends failed with the HTTP status and the server message', async () => {
    server.answerNext('POST', {
      status: 422,
      body: { error: { message: 'prompt or multi_prompt, not both' } },
    });
    const id = startJob(spec({ kind: 'video' }));
    await settle();
    expect(job(id)?.status).toBe('failed');
    expect(job(id)?.error?.status).toBe(422);
    expect(job(id)?.error?.message).toContain('prompt or multi_prompt, not both');
    expect(server.callsOf('GET')).toHaveLength(0);
  });

  it('several generations from one submission become one job each, all followed', async () => {
    server.perSubmit = 3;
    const id = startJob(spec());
    await settle();
    const ids = selectJobIdsOf('pane:a')(useMediaJobStore.getState());
    expect(ids).toHaveLength(3);
    expect(ids.map((j) => job(j)?.generationId).sort()).toEqual(['g1', 'g2', 'g3']);
    expect(job(id)?.generationId).toBe('g1');
    for (const g of ['g1', 'g2', 'g3']) server.set(g, { status: 'succeeded', result_urls: [png(g)] });
    await advance(pollDelayMs('image', 0));
    expect(ids.map((j) => job(j)?.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(ids.map((j) => job(j)?.request)).toEqual([spec().request, spec().request, spec().request]);
  });

  it('keeps several jobs in flight at once, each on its own schedule', async () => {
    const a = startJob(spec());
    const b = startJob(
      spec({ target: 'pane:b', kind: 'video', request: { model: 'clip-demo', prompt: 'waves' } }),
    );
    const c = startJob(spec());
    await settle();
    expect(selectJobIdsOf('pane:a')(useMediaJobStore.getState())).toEqual([c, a]);
    expect(selectLatestJobOf('pane:a')(useMediaJobStore.getState())?.id).toBe(c);
    const gen = (id: string) => job(id)?.generationId ?? '';
    server.set(gen(c), { status: 'succeeded', result_urls: [png(gen(c))] });
    await advance(pollDelayMs('image', 0));
    expect([job(a)?.status, job(b)?.status, job(c)?.status]).toEqual(['queued', 'queued', 'succeeded']);
    // The video job is asked after less often: none of its polls came with the images' first.
    expect(gets(gen(b))).toBe(0);
    server.set(gen(a), { status: 'failed', error_message: 'unknown_error: no' });
    server.set(gen(b), { status: 'succeeded', result_urls: ['https://cdn.test/v.apng'] });
    await advance(pollDelayMs('video', 0));
    expect([job(a)?.status, job(b)?.status]).toEqual(['failed', 'succeeded']);
    expect(activeJobCount()).toBe(0);
  });
});

describe('cancelJob', () => {
  it('cancels during processing: DELETE, then cancelled, and no more polls', async () => {
    const id = startJob(spec());
    await settle();
    server.set('g1', { status: 'processing' });
    await nextPoll(id);
    cancelJob(id);
    expect(job(id)?.cancelling).toBe(true);
    await settle();
    expect(server.callsOf('DELETE', 'g1')).toHaveLength(1);
    expect(job(id)?.status).toBe('cancelled');
    const polled = gets();
    await advance(60_000);
    expect(gets()).toBe(polled);
    expect(activeJobCount()).toBe(0);
  });

  it('a 409 means the job had already ended: one poll reads how', async () => {
    const id = startJob(spec());
    await settle();
    // It finished on the server before the page saw it.
    server.set('g1', { status: 'succeeded', result_urls: [png('g1')] });
    cancelJob(id);
    await settle();
    expect(server.callsOf('DELETE')).toHaveLength(1);
    expect(gets()).toBe(1);
    expect(job(id)).toMatchObject({ status: 'succeeded', outputs: [{ url: png('g1') }] });
    expect(job(id)?.cancelling).toBeFalsy();
  });

  it('a cancel pressed while submitting is sent once the id arrives', async () => {
    const release = server.holdSubmits();
    const id = startJob(spec());
    await settle();
    cancelJob(id);
    expect(job(id)?.status).toBe('submitting');
    release();
    await settle();
    expect(server.callsOf('DELETE', 'g1')).toHaveLength(1);
    expect(job(id)?.status).toBe('cancelled');
  });

  it('a failed DELETE says so and the job goes on being polled', async () => {
    const id = startJob(spec());
    await settle();
    server.answerNext('DELETE', { status: 500, body: { error: { message: 'boom' } } });
    cancelJob(id);
    await settle();
    expect(job(id)?.cancelling).toBeFalsy();
    expect(job(id)?.pollProblem).toContain('boom');
    server.set('g1', { status: 'succeeded', result_urls: [png('g1')] });
    await nextPoll(id);
    expect(job(id)?.status).toBe('succeeded');
  });
});

describe('poll failures', () => {
  it('honours Retry-After on a 429, then clears the problem when a poll gets through', async () => {
    const id = startJob(spec());
    await settle();
    server.answerNext('GET', {
      status: 429,
      body: { error: { message: 'slow down' } },
      headers: { 'Retry-After': '40' },
    });
    await advance(pollDelayMs('image', 0));
    expect(gets()).toBe(1);
    expect(job(id)?.status).toBe('queued');
    expect(job(id)?.pollProblem).toContain('429');
    await advance(39_999);
    expect(gets()).toBe(1);
    await advance(1);
    expect(gets()).toBe(2);
    expect(job(id)?.pollProblem).toBeUndefined();
  });

  it('backs off after 5xx and network failures, and a 404 ends the job', async () => {
    const id = startJob(spec());
    await settle();
    server.answerNext('GET', { status: 503, body: { error: { message: 'down' } } });
    server.answerNext('GET', 'network');
    await advance(pollDelayMs('image', 0));
    expect(job(id)?.pollProblem).toContain('503');
    const gap1 = (job(id)?.nextPollAt ?? 0) - Date.now();
    await nextPoll(id);
    expect(gets()).toBe(2);
    const gap2 = (job(id)?.nextPollAt ?? 0) - Date.now();
    expect(gap2).toBeGreaterThan(gap1);
    expect(job(id)?.status).toBe('queued');
    server.generations.delete('g1');
    await nextPoll(id);
    expect(job(id)?.status).toBe('failed');
    expect(job(id)?.error?.message).toContain('no longer knows');
    expect(activeJobCount()).toBe(0);
  });
});

describe('page visibility', () => {
  it('sends no poll while the page is hidden, and polls at once when it shows again', async () => {
    const id = startJob(spec());
    await settle();
    page.set(true);
    await advance(300_000);
    expect(gets()).toBe(0);
    server.set('g1', { status: 'succeeded', result_urls: [png('g1')] });
    page.set(false);
    await settle();
    expect(gets()).toBe(1);
    expect(job(id)?.status).toBe('succeeded');
  });

  it('a poll answered while hidden plans nothing until the page shows', async () => {
    const id = startJob(spec());
    await settle();
    await advance(pollDelayMs('image', 0) - 1);
    page.set(true);
    await advance(600_000);
    expect(gets()).toBe(0);
    page.set(false);
    await settle();
    expect(gets()).toBe(1);
    await nextPoll(id);
    expect(gets()).toBe(2);
  });
});

describe('reload and resume', () => {
  /** What a reload does: the page's followers go, the store is read back from localStorage. */
  async function reload(tamper?: (stored: { state: { jobs: Record<string, unknown> } }) => void) {
    browserStorage.flush(); // the coalesced localStorage write
    const text = window.localStorage.getItem(JOBS_STORAGE_KEY) ?? '{}';
    forgetActiveJobs();
    // A new page starts empty and reads the store back: the empty state's own write must not win.
    useMediaJobStore.setState(EMPTY_JOBS);
    browserStorage.flush();
    const stored = JSON.parse(text);
    tamper?.(stored);
    window.localStorage.setItem(JOBS_STORAGE_KEY, JSON.stringify(stored));
    await useMediaJobStore.persist.rehydrate();
  }

  it('a job reloaded mid-way is polled again and finishes', async () => {
    const id = startJob(spec());
    await settle();
    server.set('g1', { status: 'processing' });
    await nextPoll(id);
    await reload();
    expect(job(id)).toMatchObject({ status: 'processing', generationId: 'g1' });
    expect(activeJobCount()).toBe(0);
    server.set('g1', { status: 'succeeded', result_urls: [png('g1')] });
    resumeJobs();
    await settle();
    expect(job(id)?.status).toBe('succeeded');
    expect(server.callsOf('GET', 'g1').at(-1)?.headers.authorization).toBe(undefined);
  });

  it('a job reloaded before the queue answered is interrupted', async () => {
    server.holdSubmits();
    const id = startJob(spec());
    await reload();
    resumeJobs();
    expect(job(id)?.status).toBe('interrupted');
  });

  it('waits, saying why, when the provider settings no longer send where the job went; resumes on switching back', async () => {
    const a = { ...DEFAULT_PROVIDER, kind: 'openai' as const, baseUrl: 'http://a.test/v1' };
    useSettingsStore.setState({ provider: a });
    const id = startJob(spec({ provider: 'openai', api: { baseUrl: 'http://a.test/v1' } }));
    await settle();
    await reload();
    useSettingsStore.setState({ provider: { ...a, baseUrl: 'http://b.test/v1' } });
    resumeJobs();
    await advance(60_000);
    expect(job(id)?.pollProblem).toBe(PAUSED_PROBLEM);
    expect(job(id)?.status).toBe('queued');
    expect(server.callsOf('GET')).toHaveLength(0);
    server.set('g1', { status: 'succeeded', result_urls: [png('g1')] });
    useSettingsStore.setState({ provider: a });
    await settle();
    expect(server.callsOf('GET')[0]?.path).toBe('/v1/queue/g1');
    expect(job(id)?.status).toBe('succeeded');
  });

  it('a hostile stored value is dropped without throwing, and said', async () => {
    const id = startJob(spec());
    await settle();
    await reload((stored) => {
      const good = stored.state.jobs[id] as Record<string, unknown>;
      stored.state.jobs.wrong = { id: 'wrong', status: 'processing', polls: '∞', generationId: 7 };
      stored.state.jobs.huge = { ...good, id: 'huge', prompt: 'x'.repeat(2_000_000) };
      stored.state.jobs.evil = {
        ...good,
        id: 'evil',
        outputs: [{ kind: 'image', url: 'javascript:alert(1)' }],
      };
    });
    expect(Object.keys(useMediaJobStore.getState().jobs)).toEqual([id]);
    expect(() => resumeJobs()).not.toThrow();
    expect(setAsideNotices().find((n) => n.name === 'media-jobs')?.problems).toEqual([
      '3 saved generation job(s)',
    ]);
    await settle();
    expect(job(id)?.status).toBe('queued');
    expect(gets()).toBe(1);
  });
});

describe('removeJob', () => {
  it('forgets the job, stops following it and cancels it on the server', async () => {
    const id = startJob(spec());
    await settle();
    removeJob(id);
    await settle();
    expect(job(id)).toBeUndefined();
    expect(selectJobIdsOf('pane:a')(useMediaJobStore.getState())).toEqual([]);
    expect(server.callsOf('DELETE', 'g1')).toHaveLength(1);
    await advance(60_000);
    expect(gets()).toBe(0);
  });
});

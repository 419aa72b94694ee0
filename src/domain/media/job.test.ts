import { describe, expect, it } from 'vitest';
import type { GenerationJob } from '@/lib/api';
import { INTERRUPTED_MESSAGE, type JobEvent, jobReducer, NO_MESSAGE, NO_RESULT_MESSAGE, newJob } from './job';
import type { MediaJob } from './types';

const T0 = 1_790_000_000_000;
const IMAGE = { kind: 'image' as const, url: 'https://cdn.example/a.png', mimeType: 'image/png' };

function fresh(): MediaJob {
  return newJob({
    id: 'j1',
    target: 'pane:p1',
    kind: 'image',
    request: { model: 'pixel-art-demo', prompt: 'a fox', num_images: 1 },
    provider: 'demo',
    baseUrl: '/demo/api/ai',
    pricing: { method: 'per_image', cost_per_image: 0.04 },
    at: T0,
  });
}

const server = (status: GenerationJob['status'], extra: Partial<GenerationJob> = {}): GenerationJob => ({
  generationId: 'g1',
  status,
  outputs: [],
  ...extra,
});

function run(job: MediaJob, ...events: JobEvent[]): MediaJob {
  return events.reduce(jobReducer, job);
}

const submitted = (at = T0 + 100): JobEvent => ({ type: 'submitted', generationId: 'g1', at });
const polled = (job: GenerationJob, at: number): JobEvent => ({ type: 'polled', job, at });

describe('newJob', () => {
  it('starts submitting, with the prompt read from the request and nothing polled', () => {
    expect(fresh()).toEqual({
      id: 'j1',
      target: 'pane:p1',
      generationId: null,
      kind: 'image',
      request: { model: 'pixel-art-demo', prompt: 'a fox', num_images: 1 },
      prompt: 'a fox',
      provider: 'demo',
      baseUrl: '/demo/api/ai',
      pricing: { method: 'per_image', cost_per_image: 0.04 },
      status: 'submitting',
      outputs: [],
      createdAt: T0,
      polls: 0,
    });
  });
});

describe('jobReducer', () => {
  it('submitted: queued with the id and the time', () => {
    expect(run(fresh(), submitted())).toMatchObject({
      status: 'queued',
      generationId: 'g1',
      submittedAt: T0 + 100,
    });
  });

  it('submit-failed: failed with the error and an end time', () => {
    const job = run(fresh(), { type: 'submit-failed', error: { status: 422, message: 'bad' }, at: T0 + 50 });
    expect(job).toMatchObject({ status: 'failed', error: { status: 422, message: 'bad' }, endedAt: T0 + 50 });
  });

  it('walks queued → processing → succeeded, setting startedAt once and the server times', () => {
    const queued = run(fresh(), submitted(), polled(server('queued'), T0 + 2_000));
    expect(queued).toMatchObject({ status: 'queued', polls: 1 });
    const processing = run(
      queued,
      polled(server('processing'), T0 + 4_000),
      polled(server('processing'), T0 + 6_000),
    );
    expect(processing).toMatchObject({ status: 'processing', startedAt: T0 + 4_000, polls: 3 });
    const done = jobReducer(
      processing,
      polled(
        server('succeeded', { outputs: [IMAGE], startedAt: T0 + 3_000, completedAt: T0 + 7_000 }),
        T0 + 8_000,
      ),
    );
    expect(done).toMatchObject({
      status: 'succeeded',
      outputs: [IMAGE],
      endedAt: T0 + 8_000,
      serverStartedAt: T0 + 3_000,
      serverCompletedAt: T0 + 7_000,
      polls: 4,
    });
  });

  it('a failed poll answer carries the server message, or says there was none', () => {
    const started = run(fresh(), submitted());
    expect(
      jobReducer(started, polled(server('failed', { errorMessage: 'invalid_params: 21:9' }), T0 + 1)),
    ).toMatchObject({
      status: 'failed',
      error: { message: 'invalid_params: 21:9' },
      endedAt: T0 + 1,
    });
    expect(jobReducer(started, polled(server('failed'), T0 + 1)).error).toEqual({ message: NO_MESSAGE });
  });

  it('a success without outputs is a failure', () => {
    const job = run(fresh(), submitted(), polled(server('succeeded'), T0 + 1));
    expect(job).toMatchObject({ status: 'failed', error: { message: NO_RESULT_MESSAGE } });
  });

  it('the server may report the job cancelled', () => {
    expect(run(fresh(), submitted(), polled(server('cancelled'), T0 + 1)).status).toBe('cancelled');
  });

  it('poll-failed sets a problem that the next answer clears; a final one fails the job', () => {
    const retrying = run(fresh(), submitted(), {
      type: 'poll-failed',
      problem: 'HTTP 503: Overloaded',
      at: T0 + 1,
    });
    expect(retrying).toMatchObject({ status: 'queued', pollProblem: 'HTTP 503: Overloaded' });
    expect(jobReducer(retrying, { type: 'poll-failed', problem: 'HTTP 503: Overloaded', at: T0 + 2 })).toBe(
      retrying,
    );
    const recovered = jobReducer(retrying, polled(server('processing'), T0 + 3));
    expect(recovered.pollProblem).toBeUndefined();
    expect('pollProblem' in recovered).toBe(false);
    const gone = jobReducer(retrying, {
      type: 'poll-failed',
      problem: 'The server no longer knows this job',
      at: T0 + 4,
      final: true,
    });
    expect(gone).toMatchObject({
      status: 'failed',
      error: { message: 'The server no longer knows this job' },
      endedAt: T0 + 4,
    });
    expect(gone.pollProblem).toBeUndefined();
  });

  it('poll-planned records when the next poll is due; the poll clears it', () => {
    const planned = run(fresh(), submitted(), { type: 'poll-planned', at: T0 + 2_000 });
    expect(planned.nextPollAt).toBe(T0 + 2_000);
    expect(jobReducer(planned, { type: 'poll-planned', at: T0 + 2_000 })).toBe(planned);
    expect(jobReducer(planned, polled(server('queued'), T0 + 2_000)).nextPollAt).toBeUndefined();
  });

  it('cancel-requested → cancelling; cancel-failed undoes it with a problem; cancelled ends the job', () => {
    const cancelling = run(fresh(), submitted(), { type: 'cancel-requested', at: T0 + 1 });
    expect(cancelling.cancelling).toBe(true);
    expect(jobReducer(cancelling, { type: 'cancel-requested', at: T0 + 2 })).toBe(cancelling);
    const failedCancel = jobReducer(cancelling, {
      type: 'cancel-failed',
      problem: 'HTTP 500: nope',
      at: T0 + 3,
    });
    expect(failedCancel).toMatchObject({ status: 'queued', pollProblem: 'HTTP 500: nope' });
    expect(failedCancel.cancelling).toBeUndefined();
    const cancelled = jobReducer(cancelling, { type: 'cancelled', at: T0 + 4 });
    expect(cancelled).toMatchObject({ status: 'cancelled', endedAt: T0 + 4 });
    expect(cancelled.cancelling).toBeUndefined();
  });

  it('on a cancelling job, a poll that still runs keeps cancelling, but the server finishing first wins', () => {
    const cancelling = run(fresh(), submitted(), { type: 'cancel-requested', at: T0 + 1 });
    expect(jobReducer(cancelling, polled(server('processing'), T0 + 2)).cancelling).toBe(true);
    const done = jobReducer(cancelling, polled(server('succeeded', { outputs: [IMAGE] }), T0 + 3));
    expect(done.status).toBe('succeeded');
    expect(done.cancelling).toBeUndefined();
    expect(jobReducer(cancelling, polled(server('failed'), T0 + 3)).status).toBe('failed');
  });

  it('interrupted only ends a job that is still submitting', () => {
    const interrupted = jobReducer(fresh(), { type: 'interrupted', at: T0 + 9 });
    expect(interrupted).toMatchObject({
      status: 'interrupted',
      error: { message: INTERRUPTED_MESSAGE },
      endedAt: T0 + 9,
    });
    const queued = run(fresh(), submitted());
    expect(jobReducer(queued, { type: 'interrupted', at: T0 + 9 })).toBe(queued);
  });

  it('ignores events that do not fit the state, returning the same object', () => {
    const submitting = fresh();
    expect(jobReducer(submitting, polled(server('succeeded', { outputs: [IMAGE] }), T0))).toBe(submitting);
    expect(jobReducer(submitting, { type: 'poll-failed', problem: 'x', at: T0 })).toBe(submitting);
    const queued = run(fresh(), submitted());
    expect(jobReducer(queued, { type: 'submitted', generationId: 'other', at: T0 })).toBe(queued);
    expect(jobReducer(queued, { type: 'submit-failed', error: { message: 'late' }, at: T0 })).toBe(queued);
  });

  it('a final job absorbs every event', () => {
    const finals = [
      run(fresh(), submitted(), polled(server('succeeded', { outputs: [IMAGE] }), T0 + 1)),
      run(fresh(), { type: 'submit-failed', error: { message: 'x' }, at: T0 }),
      run(fresh(), submitted(), { type: 'cancelled', at: T0 }),
      run(fresh(), { type: 'interrupted', at: T0 }),
    ];
    const events: JobEvent[] = [
      submitted(),
      { type: 'submit-failed', error: { message: 'x' }, at: T0 },
      polled(server('processing'), T0 + 5),
      polled(server('succeeded', { outputs: [IMAGE, IMAGE] }), T0 + 5),
      { type: 'poll-failed', problem: 'p', at: T0, final: true },
      { type: 'poll-planned', at: T0 + 9 },
      { type: 'cancel-requested', at: T0 },
      { type: 'cancel-failed', problem: 'p', at: T0 },
      { type: 'cancelled', at: T0 },
      { type: 'interrupted', at: T0 },
    ];
    for (const job of finals) for (const event of events) expect(jobReducer(job, event)).toBe(job);
  });

  it('a processing job stored and read back after a reload resumes on its next poll', () => {
    const before = run(fresh(), submitted(), polled(server('processing'), T0 + 2_000), {
      type: 'poll-planned',
      at: T0 + 5_000,
    });
    const reloaded = JSON.parse(JSON.stringify(before)) as MediaJob;
    expect(jobReducer(reloaded, { type: 'interrupted', at: T0 + 60_000 })).toBe(reloaded);
    const done = jobReducer(reloaded, polled(server('succeeded', { outputs: [IMAGE] }), T0 + 61_000));
    expect(done).toMatchObject({ status: 'succeeded', startedAt: T0 + 2_000, outputs: [IMAGE], polls: 2 });
  });

  it('a job stored while submitting is interrupted on reload', () => {
    const reloaded = JSON.parse(JSON.stringify(fresh())) as MediaJob;
    expect(jobReducer(reloaded, { type: 'interrupted', at: T0 + 1 }).status).toBe('interrupted');
  });
});

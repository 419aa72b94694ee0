import { describe, expect, it } from 'vitest';
import type { MediaJob } from '@/domain/media';
import { EMPTY_JOBS, type JobsState } from './jobsState';
import {
  MAX_STORED_DATA_URL,
  PERSISTED_JOBS,
  persistableJobs,
  readStoredJob,
  restoreJobs,
} from './persistJobs';

function job(id: string, over: Partial<MediaJob> = {}): MediaJob {
  return {
    id,
    target: 'pane:a',
    generationId: `g-${id}`,
    kind: 'image',
    request: { model: 'pixel-art-demo', prompt: 'a red fox', seed: 7 },
    prompt: 'a red fox',
    provider: 'demo',
    baseUrl: '/demo/api/ai',
    pricing: { method: 'per_image', cost_per_image: 0.04 },
    status: 'succeeded',
    outputs: [{ kind: 'image', url: 'https://cdn.test/a.png', mimeType: 'image/png' }],
    createdAt: 1_000,
    submittedAt: 1_010,
    endedAt: 2_000,
    polls: 2,
    ...over,
  };
}

function state(jobs: MediaJob[]): JobsState {
  const s: JobsState = { jobs: {}, byTarget: {} };
  for (const j of [...jobs].sort((a, b) => b.createdAt - a.createdAt)) {
    s.jobs[j.id] = j;
    s.byTarget[j.target] = [...(s.byTarget[j.target] ?? []), j.id];
  }
  return s;
}

const roundTrip = (s: JobsState) => restoreJobs(JSON.parse(JSON.stringify(persistableJobs(s))));

describe('persistableJobs and restoreJobs', () => {
  it('round-trips jobs in every status, newest first per target', () => {
    const jobs = [
      job('a', { createdAt: 1 }),
      job('b', { createdAt: 2, status: 'processing', outputs: [], endedAt: undefined, startedAt: 5 }),
      job('c', { createdAt: 3, status: 'failed', outputs: [], error: { message: 'invalid_params: no' } }),
      job('d', { createdAt: 4, target: 'pane:b', status: 'submitting', generationId: null, outputs: [] }),
    ];
    const back = roundTrip(state(jobs));
    expect(back.byTarget).toEqual({ 'pane:a': ['c', 'b', 'a'], 'pane:b': ['d'] });
    expect(back.jobs.b).toEqual(JSON.parse(JSON.stringify(jobs[1])));
    expect(back.jobs.c?.error).toEqual({ message: 'invalid_params: no' });
  });

  it('keeps the newest 200 jobs', () => {
    const jobs = Array.from({ length: PERSISTED_JOBS + 30 }, (_, i) => job(`j${i}`, { createdAt: i }));
    const back = roundTrip(state(jobs));
    expect(Object.keys(back.jobs)).toHaveLength(PERSISTED_JOBS);
    expect(back.jobs.j229).toBeDefined();
    expect(back.jobs.j29).toBeUndefined();
    expect(back.byTarget['pane:a']?.[0]).toBe('j229');
  });

  it('leaves out data: URL results over 256 kB and counts them in notKept', () => {
    const big = `data:image/png;base64,${'A'.repeat(MAX_STORED_DATA_URL)}`;
    const small = 'data:image/png;base64,iVBORw0KGgo=';
    const back = roundTrip(
      state([
        job('a', {
          outputs: [
            { kind: 'image', url: big },
            { kind: 'image', url: small },
          ],
        }),
      ]),
    );
    expect(back.jobs.a?.outputs).toEqual([{ kind: 'image', url: small }]);
    expect(back.jobs.a?.notKept).toBe(1);
  });

  it('drops the data: URLs of older jobs when the budget runs out, and the job itself when even that is too big', () => {
    const url = `data:image/png;base64,${'B'.repeat(100_000)}`;
    const jobs = [
      job('new', { createdAt: 3, outputs: [{ kind: 'image', url }] }),
      job('old', { createdAt: 2, outputs: [{ kind: 'image', url }] }),
      job('huge', { createdAt: 1, prompt: 'p'.repeat(60_000) }),
    ];
    const kept = persistableJobs(state(jobs), 150_000);
    expect(kept.jobs.new?.outputs).toHaveLength(1);
    expect(kept.jobs.old?.outputs).toEqual([]);
    expect(kept.jobs.old?.notKept).toBe(1);
    expect(kept.jobs.huge).toBeUndefined();
  });

  it('drops hostile stored jobs without throwing: wrong types, __proto__, a 10 MB string, other schemes', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const good = job('good');
    const persisted = JSON.parse(
      JSON.stringify({
        jobs: {
          good,
          wrongTypes: { ...job('wrongTypes'), polls: 'many', status: 'done' },
          notAnObject: 42,
          mismatched: job('other-id'),
          hugePrompt: job('hugePrompt', { prompt: huge }),
          hugeRequest: job('hugeRequest', { request: { model: 'm', prompt: huge } }),
          script: job('script', { outputs: [{ kind: 'image', url: 'javascript:alert(1)' }] }),
          manyOutputs: job('manyOutputs', {
            outputs: Array.from({ length: 17 }, () => ({ kind: 'image' as const, url: 'https://x.test/a' })),
          }),
          badProvider: { ...job('badProvider'), provider: 'evil' },
        },
        byTarget: { 'pane:a': ['good', 'ghost'] },
      }),
    );
    // A key named __proto__ only survives as an own key when it is parsed from JSON text.
    const withProto = JSON.parse(
      `{"jobs":{"__proto__":${JSON.stringify(job('__proto__'))},"ok":${JSON.stringify(job('ok', { createdAt: 5 }))}}}`,
    );
    expect(Object.keys(restoreJobs(persisted).jobs)).toEqual(['good']);
    expect(restoreJobs(persisted).byTarget).toEqual({ 'pane:a': ['good'] });
    const proto = restoreJobs(withProto);
    expect(Object.keys(proto.jobs)).toEqual(['ok']);
    expect(Object.getPrototypeOf(proto.jobs)).toBe(Object.prototype);
    for (const hostile of [null, 'text', [], { jobs: [] }, { jobs: null }, { jobs: { a: null } }])
      expect(restoreJobs(hostile)).toEqual(EMPTY_JOBS);
  });

  it('keeps a target named __proto__ as a key, and leaves out unknown fields', () => {
    const back = restoreJobs(
      JSON.parse(JSON.stringify({ jobs: { a: { ...job('a', { target: '__proto__' }), extra: 'x' } } })),
    );
    expect(Object.hasOwn(back.byTarget, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(back.byTarget, '__proto__')?.value).toEqual(['a']);
    expect(readStoredJob('a', { ...job('a'), extra: 1 })).not.toHaveProperty('extra');
  });
});

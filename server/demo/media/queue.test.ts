import { describe, expect, it } from 'vitest';
import { findModel } from '../models.ts';
import { type MediaFault, parseMediaDelay, parseMediaFaults } from './faults.ts';
import { MediaQueue } from './queue.ts';

function catalogModel(id: string) {
  const model = findModel(id);
  if (!model) throw new Error(`${id} is missing from the catalog`);
  return model;
}
const pixel = catalogModel('pixel-art-demo');

function setup(maxJobs?: number) {
  let now = 1_000_000;
  let n = 0;
  const queue = new MediaQueue({ now: () => now, newId: () => `g${++n}`, maxJobs });
  const submit = (params: Record<string, unknown> = { prompt: 'a cat' }, faults: MediaFault[] = []) =>
    queue.submit({
      model: pixel,
      endpoint: '/images/generate',
      params,
      delayMs: 900,
      faults: new Set(faults),
    });
  return { queue, submit, advance: (ms: number) => (now += ms) };
}

describe('MediaQueue', () => {
  it('is queued for a third of the delay, then processing, then succeeded with its timestamps', () => {
    const { queue, submit, advance } = setup();
    const job = submit();
    expect(queue.stateOf(job)).toEqual({
      status: 'queued',
      startedAt: null,
      completedAt: null,
      errorMessage: null,
    });
    advance(300);
    expect(queue.stateOf(job)).toMatchObject({
      status: 'processing',
      startedAt: 1_000_300,
      completedAt: null,
    });
    advance(599);
    expect(queue.stateOf(job).status).toBe('processing');
    advance(1);
    expect(queue.stateOf(job)).toEqual({
      status: 'succeeded',
      startedAt: 1_000_300,
      completedAt: 1_000_900,
      errorMessage: null,
    });
  });

  it('fails a 21:9 pixel-art job at generation time, not at submit', () => {
    const { queue, submit, advance } = setup();
    const job = submit({ prompt: 'wide', aspect_ratio: '21:9' });
    expect(queue.stateOf(job).status).toBe('queued');
    advance(900);
    expect(queue.stateOf(job)).toMatchObject({
      status: 'failed',
      errorMessage: 'invalid_params: aspect_ratio 21:9 is not supported by pixel-art-demo at this resolution',
    });
  });

  it('cancels a running job once; a finished job and an unknown id cannot be cancelled', () => {
    const { queue, submit, advance } = setup();
    const job = submit();
    advance(400);
    expect(queue.cancel(job.id).result).toBe('cancelled');
    advance(1000);
    expect(queue.stateOf(job)).toMatchObject({
      status: 'cancelled',
      startedAt: 1_000_300,
      completedAt: 1_000_400,
    });
    expect(queue.cancel(job.id).result).toBe('final');
    const done = submit();
    advance(900);
    expect(queue.cancel(done.id).result).toBe('final');
    expect(queue.cancel('nope').result).toBe('unknown');
  });

  it('keeps a stuck job processing and fails a media-failed one with its message', () => {
    const { queue, submit, advance } = setup();
    const stuck = submit(undefined, ['media-stuck']);
    const failed = submit(undefined, ['media-failed']);
    advance(3_600_000);
    expect(queue.stateOf(stuck).status).toBe('processing');
    expect(queue.finishesAt(stuck)).toBeNull();
    expect(queue.stateOf(failed).errorMessage).toBe('unknown_error: the demo was asked to fail this job');
  });

  it('expires result links an hour after the job, or at once with media-expired', () => {
    const { queue, submit, advance } = setup();
    const job = submit();
    const expired = submit(undefined, ['media-expired']);
    advance(900);
    expect(queue.isExpired(job)).toBe(false);
    expect(queue.isExpired(expired)).toBe(true);
    advance(3_600_000 + 1000);
    expect(queue.isExpired(job)).toBe(true);
  });

  it('stays bounded, dropping the oldest finished job first', () => {
    const { queue, submit, advance } = setup(3);
    const running = submit(undefined, ['media-stuck']);
    const old = submit();
    advance(900);
    const young = submit();
    submit();
    expect(queue.size).toBe(3);
    expect(queue.get(old.id)).toBeUndefined();
    expect(queue.get(running.id)).toBe(running);
    expect(queue.get(young.id)).toBe(young);
  });
});

describe('media hooks', () => {
  it('reads the media faults among others and ignores the rest', () => {
    expect([...parseMediaFaults('cut-after=3, media-stuck,media-expired, bogus')]).toEqual([
      'media-stuck',
      'media-expired',
    ]);
    expect(parseMediaFaults(undefined).size).toBe(0);
  });

  it('honours a delay of 0–600000 ms and ignores anything else', () => {
    expect(parseMediaDelay('0')).toBe(0);
    expect(parseMediaDelay(' 250 ')).toBe(250);
    expect(parseMediaDelay('600000')).toBe(600000);
    for (const bad of ['600001', '-1', '1.5', 'soon', '', undefined])
      expect(parseMediaDelay(bad)).toBeUndefined();
  });
});

// @vitest-environment jsdom
// Retries in the run layer: startRun with the real API client against the stand-in server behind fetch, with
// fake timers, so the waits of the schedule are exact and the test decides when time passes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RetryPolicy } from '@/domain/run';
import { ApiError } from '@/lib/api';
import { type FakeChatServer, type FakeExchange, fakeChatServer } from '@/testing';
import { type RunSpec, toRunError } from './activeRun';
import { useRunStore } from './runStore';
import { EMPTY_RUNS } from './runsState';
import { forgetTargets, setLaneLimit, startRun, stopAllRuns, stopRun } from './scheduler';

let server: FakeChatServer;
let lane: string;
let laneCount = 0;
const policy: RetryPolicy = { maxAttempts: 6, maxRateLimitWaits: 20, baseDelayMs: 1000, maxDelayMs: 60_000 };
const RATE_LIMITED = { error: { message: 'Too many requests' } };

beforeEach(() => {
  vi.useFakeTimers();
  server = fakeChatServer();
  vi.stubGlobal('fetch', server.fetch);
  // Frames come as timers (16 ms): the retry tests look at starts, ends and waits, which are published at once.
  vi.stubGlobal('requestAnimationFrame', undefined);
  useRunStore.setState(EMPTY_RUNS);
  window.localStorage.clear();
  // A lane of its own per test: a rate-limit pause left by one test must not hold back the next.
  laneCount += 1;
  lane = `retry-lane-${laneCount}`;
});

afterEach(async () => {
  stopAllRuns();
  await vi.runOnlyPendingTimersAsync();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function spec(target: string, over: Partial<RunSpec> = {}): RunSpec {
  return {
    target,
    request: { model: 'm', messages: [{ role: 'user', content: `hi from ${target}` }] },
    api: { baseUrl: 'http://fake.test/v1', apiKey: 'sk-secret-key' },
    provider: 'openai',
    lane,
    retry: policy,
    ...over,
  };
}

const record = (id: string) => useRunStore.getState().runs[id];
/** Lets promises (the client reading the answer) run without moving the clock. */
const flush = () => vi.advanceTimersByTimeAsync(0);
async function request(n: number): Promise<FakeExchange> {
  await flush();
  const exchange = server.exchanges[n];
  if (!exchange) throw new Error(`request ${n} was not sent (${server.exchanges.length} so far)`);
  return exchange;
}
/** Moves the clock by `ms` and says how many requests had been sent by then. */
async function advance(ms: number): Promise<number> {
  await vi.advanceTimersByTimeAsync(ms);
  return server.exchanges.length;
}

describe('retries', () => {
  it('429 three times with Retry-After, then success: waits as told, is queued meanwhile, ends done after 4 sends', async () => {
    const id = startRun(spec('eval:1'));
    for (let n = 0; n < 3; n++) {
      (await request(n)).reject(429, RATE_LIMITED, { 'Retry-After': '2' });
      await flush();
      expect(record(id)).toMatchObject({
        status: 'queued',
        attempts: n + 1,
        retry: {
          attempt: n + 1,
          maxAttempts: 20,
          rateLimited: true,
          reason: `Rate limited (429): retrying in 2 s, wait ${n + 1} of 20`,
        },
      });
      expect(record(id)?.error).toBeUndefined();
      const at = record(id)?.retry?.at ?? 0;
      expect(at - Date.now()).toBeCloseTo(2000, -1);
      expect(await advance(1999)).toBe(n + 1); // not a millisecond early
      expect(await advance(1)).toBe(n + 2);
      expect(record(id)?.status).toBe('running');
      expect(record(id)?.retry).toBeUndefined();
    }
    (await request(3)).complete('at last');
    await flush();
    expect(record(id)).toMatchObject({ status: 'done', choices: ['at last'], attempts: 4 });
    expect(record(id)?.retry).toBeUndefined();
    // The same request every time.
    expect(new Set(server.exchanges.map((e) => JSON.stringify(e.body))).size).toBe(1);
  });

  it('without Retry-After the waits back off exponentially (full jitter; here at its ceiling)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const id = startRun(spec('eval:1'));
    const waits = [1000, 2000, 4000];
    for (const [n, wait] of waits.entries()) {
      (await request(n)).reject(n === 1 ? 502 : 503, { error: { message: 'Overloaded' } });
      await flush();
      expect(await advance(wait - 1)).toBe(n + 1);
      expect(await advance(1)).toBe(n + 2);
    }
    (await request(3)).complete('ok');
    await flush();
    expect(record(id)).toMatchObject({ status: 'done', attempts: 4 });
  });

  it('gives up after maxAttempts failed sends (429 waits not counted): an error with the last status', async () => {
    const id = startRun(spec('eval:1', { retry: { ...policy, maxAttempts: 3 } }));
    (await request(0)).reject(502, { error: { message: 'Bad gateway' } });
    await advance(60_000);
    (await request(1)).reject(429, RATE_LIMITED, { 'Retry-After': '1' });
    await advance(1000);
    (await request(2)).reject(503, { error: { message: 'Overloaded' } }, { 'Retry-After': '1' });
    await advance(1000);
    (await request(3)).reject(500, { error: { message: 'Oops' } });
    await flush();
    expect(record(id)).toMatchObject({ status: 'error', attempts: 4, error: { status: 500, kind: 'http' } });
    expect(record(id)?.retry).toBeUndefined();
    expect(await advance(120_000)).toBe(4);
  });

  it('a 429 storm is waited out up to maxRateLimitWaits times, then it is an error', async () => {
    const id = startRun(spec('eval:1', { retry: { ...policy, maxAttempts: 2, maxRateLimitWaits: 8 } }));
    for (let n = 0; n < 8; n++) {
      (await request(n)).reject(429, RATE_LIMITED, { 'Retry-After': '1' });
      await advance(1000);
      expect(record(id)?.status).not.toBe('error');
    }
    (await request(8)).reject(429, RATE_LIMITED, { 'Retry-After': '1' });
    await flush();
    expect(record(id)).toMatchObject({ status: 'error', attempts: 9, error: { status: 429 } });
  });

  it('a status that will not pass (400, 401, 404, 422) fails at once', async () => {
    for (const [n, status] of [400, 401, 404, 422].entries()) {
      const id = startRun(spec(`eval:${status}`));
      (await request(n)).reject(status, { error: { message: 'no' } });
      await flush();
      expect(record(id)).toMatchObject({ status: 'error', attempts: 1, error: { status } });
    }
    expect(await advance(120_000)).toBe(4);
  });

  it('without spec.retry a 429 is an error at once (the workbench panes)', async () => {
    const id = startRun(spec('pane:a', { retry: undefined }));
    (await request(0)).reject(429, RATE_LIMITED, { 'Retry-After': '1' });
    await flush();
    expect(record(id)).toMatchObject({ status: 'error', error: { status: 429, retryAfterSeconds: 1 } });
    expect(await advance(10_000)).toBe(1);
  });

  it('no retry once output has arrived: a stream cut after its first words stays an error with them', async () => {
    const id = startRun(spec('eval:1', { request: { model: 'm', messages: [], stream: true } }));
    const exchange = await request(0);
    exchange.send('half an');
    await vi.advanceTimersByTimeAsync(20);
    exchange.cut();
    await flush();
    expect(record(id)).toMatchObject({ status: 'error', choices: ['half an'], error: { kind: 'stream' } });
    expect(await advance(120_000)).toBe(1);
  });

  it('stop during the wait ends the run stopped, and it is never sent again', async () => {
    const id = startRun(spec('eval:1'));
    (await request(0)).reject(429, RATE_LIMITED, { 'Retry-After': '5' });
    await advance(1000);
    expect(record(id)?.status).toBe('queued');
    stopRun(id);
    expect(record(id)?.status).toBe('stopped');
    expect(await advance(60_000)).toBe(1);
    expect(record(id)?.status).toBe('stopped');
  });

  it('stopAllRuns and forgetTargets reach runs waiting for a retry', async () => {
    const a = startRun(spec('eval:a'));
    const b = startRun(spec('eval:b'));
    (await request(0)).reject(500, { error: { message: 'boom' } }, { 'Retry-After': '3' });
    (await request(1)).reject(500, { error: { message: 'boom' } }, { 'Retry-After': '3' });
    await flush();
    forgetTargets((target) => target !== 'eval:a');
    expect(record(a)).toBeUndefined();
    stopAllRuns();
    expect(record(b)?.status).toBe('stopped');
    expect(await advance(60_000)).toBe(2);
  });
});

describe('toRunError', () => {
  it('keeps what decides a retry: status, kind, Retry-After; a blocked server or a bug is not a network failure', () => {
    const limited = new ApiError({
      kind: 'http',
      status: 429,
      serverMessage: 'slow down',
      retryAfterSeconds: 3,
    });
    expect(toRunError(limited)).toEqual({
      status: 429,
      kind: 'http',
      message: 'HTTP 429: slow down',
      retryAfterSeconds: 3,
    });
    const down = new ApiError({
      kind: 'network',
      status: 0,
      serverMessage: 'x',
      reachability: 'unreachable',
    });
    expect(toRunError(down)).toMatchObject({ kind: 'network', status: 0 });
    const blocked = new ApiError({
      kind: 'network',
      status: 0,
      serverMessage: 'x',
      reachability: 'mixed-content',
    });
    expect(toRunError(blocked)).toMatchObject({ kind: 'blocked', status: 0 });
    expect(toRunError(new TypeError('oops'))).toEqual({ status: 0, kind: 'unexpected', message: 'oops' });
  });
});

describe('lanes under retries', () => {
  it('a run waiting for a 5xx retry gives its lane slot back: the next queued run starts meanwhile', async () => {
    setLaneLimit(lane, 1);
    const a = startRun(spec('eval:a'));
    const b = startRun(spec('eval:b'));
    expect(record(b)?.status).toBe('queued');
    (await request(0)).reject(503, { error: { message: 'busy' } }, { 'Retry-After': '10' });
    const second = await request(1);
    expect(second.body.messages[0]?.content).toBe('hi from eval:b');
    expect(record(a)?.status).toBe('queued');
    second.complete('b done');
    await flush();
    expect(record(b)?.status).toBe('done');
    expect(await advance(10_000)).toBe(3);
    (await request(2)).complete('a done');
    await flush();
    expect(record(a)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a 429 pauses its whole lane until Retry-After has passed; then the retried run goes first', async () => {
    setLaneLimit(lane, 2);
    const a = startRun(spec('eval:a'));
    const b = startRun(spec('eval:b'));
    const c = startRun(spec('eval:c'));
    const other = startRun(spec('eval:other', { lane: `${lane}-other` }));
    (await request(0)).reject(429, RATE_LIMITED, { 'Retry-After': '3' });
    await flush();
    // a waits, and its slot is free, but c does not start: the lane is paused. b keeps running; another lane
    // is not held back.
    expect(server.exchanges.map((e) => e.body.messages[0]?.content)).toEqual([
      'hi from eval:a',
      'hi from eval:b',
      'hi from eval:other',
    ]);
    (server.exchanges[1] as FakeExchange).complete('b');
    await flush();
    expect(record(b)?.status).toBe('done');
    expect(await advance(2999)).toBe(3);
    expect(record(c)?.status).toBe('queued');
    expect(await advance(1)).toBe(5);
    expect(server.exchanges.slice(3).map((e) => e.body.messages[0]?.content)).toEqual([
      'hi from eval:a',
      'hi from eval:c',
    ]);
    for (const exchange of server.exchanges.slice(2)) exchange.complete('ok');
    await flush();
    expect([a, b, c, other].map((id) => record(id)?.status)).toEqual(['done', 'done', 'done', 'done']);
  });

  it('a second, longer 429 extends the pause; a shorter one does not shorten it', async () => {
    setLaneLimit(lane, 3);
    startRun(spec('eval:a'));
    startRun(spec('eval:b'));
    startRun(spec('eval:c'));
    startRun(spec('eval:d'));
    (await request(0)).reject(429, RATE_LIMITED, { 'Retry-After': '2' });
    (await request(1)).reject(429, RATE_LIMITED, { 'Retry-After': '5' });
    (await request(2)).reject(429, RATE_LIMITED, { 'Retry-After': '1' });
    await flush();
    // Runs a and c are due before the pause ends, and wait for it in the queue. Three 429s halved the lane's
    // width (3 → 2 → 1 → 1): after the pause one request goes at a time.
    expect(await advance(4999)).toBe(3);
    expect(await advance(1)).toBe(4);
  });

  it('a 429 halves how many go at once; answers widen it again by one per full window, up to the limit', async () => {
    setLaneLimit(lane, 4);
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((t) => startRun(spec(`eval:${t}`)));
    expect(await advance(0)).toBe(4);
    (server.exchanges[0] as FakeExchange).reject(429, RATE_LIMITED, { 'Retry-After': '1' });
    for (const exchange of server.exchanges.slice(1, 4)) exchange.complete('ok');
    await flush();
    // The 429 halved the width to 2; two of the three answers that were on their way grew it back to 3 (one per
    // full window). When the pause ends, three go — not the four that met the 429.
    expect(await advance(1000)).toBe(7);
    for (let round = 0; round < 3; round++) {
      for (const exchange of server.exchanges) exchange.complete('ok');
      await flush();
    }
    expect(server.exchanges.length).toBe(10); // nine runs, one of them sent twice
    expect(ids.map((id) => record(id)?.status)).toEqual(Array(9).fill('done'));
  });
});

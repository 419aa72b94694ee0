// @vitest-environment jsdom
// The run store end to end below React: startRun with the real API client, SSE decoding and chunk parsing,
// against a stand-in server behind fetch that the test drives, with animation frames under the test's control.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserStorage } from '@/lib/storage';
import { type FakeChatServer, fakeChatServer } from '@/testing';
import type { RunSpec } from './activeRun';
import { HISTORY_LIMIT, historyNeighbour, selectShownRun, showRun, useRunStore } from './runStore';
import { EMPTY_RUNS } from './runsState';
import { forgetTargets, setLaneLimit, startRun, startRuns, stopAllRuns, stopRun } from './scheduler';

let server: FakeChatServer;
let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  server = fakeChatServer();
  vi.stubGlobal('fetch', server.fetch);
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  useRunStore.setState(EMPTY_RUNS);
  window.localStorage.clear();
});

afterEach(() => {
  stopAllRuns();
  frame(); // a frame still requested must run, or the next test would wait on it forever
  vi.unstubAllGlobals();
});

function spec(target: string, over: Partial<RunSpec> = {}): RunSpec {
  return {
    target,
    request: { model: 'm', messages: [{ role: 'user', content: `hi from ${target}` }], stream: true },
    api: { baseUrl: 'http://fake.test/v1', apiKey: 'sk-secret-key' },
    provider: 'openai',
    pricing: { input_cost_per_token: 0.000001, output_cost_per_token: 0.000002 },
    ...over,
  };
}

const record = (id: string) => useRunStore.getState().runs[id];
const history = (target: string) => useRunStore.getState().history[target] ?? [];
/** Runs the animation frames requested so far. */
const frame = () => {
  for (const callback of frames.splice(0)) callback(performance.now());
};
/** Lets the fake server's bytes travel through the client's stream reader. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const until = (check: () => void) => vi.waitFor(check, { timeout: 2_000, interval: 5 });

describe('startRun', () => {
  it('records the run at once, streams into it once per frame, and finishes with usage and times', async () => {
    const id = startRun(spec('pane:a'));
    expect(record(id)).toMatchObject({
      status: 'running',
      target: 'pane:a',
      provider: 'openai',
      choices: [],
    });
    expect(history('pane:a')).toEqual([id]);

    const exchange = await server.request(0);
    expect(exchange.url).toBe('http://fake.test/v1/chat/completions');
    expect(exchange.body).toEqual(spec('pane:a').request);
    exchange.send('Hel');
    exchange.send('lo');
    await settle();
    expect(record(id)?.choices).toEqual([]); // folded locally, waiting for the frame
    frame();
    expect(record(id)?.choices).toEqual(['Hello']);

    exchange.finish({ prompt_tokens: 3, completion_tokens: 2 });
    await until(() => expect(record(id)?.status).toBe('done'));
    const done = record(id);
    expect(done).toMatchObject({
      choices: ['Hello'],
      finishReasons: ['stop'],
      request: spec('pane:a').request,
    });
    expect(done?.usage).toEqual({ prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 });
    const { createdAt, startedAt = 0, firstTokenAt = 0, endedAt = 0 } = done ?? { createdAt: 0 };
    expect(createdAt).toBeGreaterThan(Date.parse('2020-01-01'));
    expect(startedAt).toBeGreaterThanOrEqual(createdAt);
    expect(firstTokenAt).toBeGreaterThanOrEqual(startedAt);
    expect(endedAt).toBeGreaterThanOrEqual(firstTokenAt);
    // The key travelled in the request header only: the record (which is stored) never holds it.
    expect(exchange.headers.Authorization).toBe('Bearer sk-secret-key');
    expect(JSON.stringify(done)).not.toContain('sk-secret-key');
  });

  it('answers without streaming when the request does not stream', async () => {
    const id = startRun(spec('pane:a', { request: { model: 'm', messages: [] } }));
    (await server.request(0)).complete('All at once');
    await until(() => expect(record(id)?.status).toBe('done'));
    expect(record(id)?.choices).toEqual(['All at once']);
  });

  it('a failure keeps the partial answer and says what went wrong', async () => {
    const cut = startRun(spec('pane:a'));
    const first = await server.request(0);
    first.send('part of it');
    first.cut();
    await until(() => expect(record(cut)?.status).toBe('error'));
    expect(record(cut)).toMatchObject({ choices: ['part of it'], error: { kind: 'stream', status: 200 } });

    const refused = startRun(spec('pane:b'));
    (await server.request(1)).reject(400, { error: { message: 'temperature must be at most 2' } });
    await until(() => expect(record(refused)?.status).toBe('error'));
    expect(record(refused)?.error).toMatchObject({ kind: 'http', status: 400 });
    expect(record(refused)?.error?.message).toContain('temperature must be at most 2');
  });

  it('stopping a run aborts its request and keeps what arrived', async () => {
    const id = startRun(spec('pane:a'));
    const exchange = await server.request(0);
    exchange.send('so far');
    await settle();
    stopRun(id);
    await until(() => expect(record(id)?.status).toBe('stopped'));
    expect(exchange.aborted).toBe(true);
    expect(record(id)?.choices).toEqual(['so far']);
  });

  it('two runs stream side by side, and one frame publishes both in a single store update', async () => {
    const a = startRun(spec('pane:a'));
    const b = startRun(spec('pane:b'));
    const [ea, eb] = await Promise.all([server.request(0), server.request(1)]);
    ea.send('answer a');
    eb.send('answer b');
    await settle();
    let updates = 0;
    const unsubscribe = useRunStore.subscribe(() => {
      updates += 1;
    });
    frame();
    unsubscribe();
    expect(updates).toBe(1);
    expect([record(a)?.choices, record(b)?.choices]).toEqual([['answer a'], ['answer b']]);
    eb.finish();
    await until(() => expect(record(b)?.status).toBe('done'));
    expect(record(a)?.status).toBe('running');
    ea.finish();
    await until(() => expect(record(a)?.status).toBe('done'));
  });

  it("a new run of a target stops the target's previous run; both stay in its history", async () => {
    const first = startRun(spec('pane:a'));
    const firstExchange = await server.request(0);
    const second = startRun(spec('pane:a'));
    await until(() => expect(record(first)?.status).toBe('stopped'));
    expect(firstExchange.aborted).toBe(true);
    expect(history('pane:a')).toEqual([first, second]);
    expect(selectShownRun('pane:a')(useRunStore.getState())?.id).toBe(second);
  });
});

describe('history', () => {
  async function finishedRun(target: string, text: string): Promise<string> {
    const id = startRun(spec(target, { request: { model: 'm', messages: [] } }));
    (await server.request(server.exchanges.length - 1)).complete(text);
    await until(() => expect(record(id)?.status).toBe('done'));
    return id;
  }

  it(`keeps the latest ${HISTORY_LIMIT} runs of a target and drops older records`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 2; i++) ids.push(await finishedRun('pane:a', `answer ${i}`));
    expect(history('pane:a')).toEqual(ids.slice(2));
    expect(record(ids[0] as string)).toBeUndefined();
    expect(Object.keys(useRunStore.getState().runs)).toHaveLength(HISTORY_LIMIT);
  });

  it('steps back to an earlier answer, and a new run shows the latest again', async () => {
    const first = await finishedRun('pane:a', 'first');
    const second = await finishedRun('pane:a', 'second');
    const shown = () => selectShownRun('pane:a')(useRunStore.getState())?.id;
    expect(shown()).toBe(second);
    expect(historyNeighbour('pane:a', +1)).toBeNull();
    showRun('pane:a', historyNeighbour('pane:a', -1));
    expect(shown()).toBe(first);
    expect(historyNeighbour('pane:a', -1)).toBeNull();
    const third = await finishedRun('pane:a', 'third');
    expect(shown()).toBe(third);
  });
});

describe('startRuns', () => {
  it('adds many runs in ONE store update, queued in their lane in order, started as the lane allows', async () => {
    setLaneLimit('grid', 4);
    let updates = 0;
    const unsubscribe = useRunStore.subscribe(() => {
      updates += 1;
    });
    const specs = Array.from({ length: 3000 }, (_, i) => spec(`eval:cell${i}`, { lane: 'grid' }));
    const ids = startRuns(specs);
    // The batch itself is one update; each of the four runs that start at once publishes its start.
    expect(updates).toBe(1 + 4);
    unsubscribe();
    expect(new Set(ids).size).toBe(3000);
    const state = useRunStore.getState();
    expect(Object.keys(state.runs)).toHaveLength(3000);
    expect(ids.slice(0, 5).map((id) => record(id)?.status)).toEqual([
      'running',
      'running',
      'running',
      'running',
      'queued',
    ]);
    expect(history('eval:cell2999')).toEqual([ids[2999]]);
    await server.request(3);
    expect(server.exchanges.map((e) => e.body.messages[0]?.content)).toEqual([
      'hi from eval:cell0',
      'hi from eval:cell1',
      'hi from eval:cell2',
      'hi from eval:cell3',
    ]);
    (server.exchanges[0] as (typeof server.exchanges)[0]).finish();
    const fifth = await server.request(4);
    expect(fifth.body.messages[0]?.content).toBe('hi from eval:cell4');
    stopAllRuns();
    expect(ids.slice(5).every((id) => record(id)?.status === 'stopped')).toBe(true);
  });

  it("stops each target's previous run, and keeps the history limit per target", async () => {
    const first = startRun(spec('eval:x'));
    await server.request(0);
    const [a, b] = startRuns([spec('eval:x'), spec('eval:y')]);
    await until(() => expect(record(first)?.status).toBe('stopped'));
    expect(history('eval:x')).toEqual([first, a]);
    expect(history('eval:y')).toEqual([b]);
    // The same target twice in one batch: the later one wins, the earlier is recorded as stopped.
    const [early, late] = startRuns([spec('eval:z'), spec('eval:z')]);
    expect(record(early as string)?.status).toBe('stopped');
    expect(record(late as string)?.status).toBe('running');
    expect(history('eval:z')).toEqual([early, late]);
    expect(startRuns([])).toEqual([]);
  });
});

describe('lanes and forgetting', () => {
  it('runs at most the lane limit at once; the rest wait queued, can be stopped, and start as others end', async () => {
    setLaneLimit('one-at-a-time', 1);
    const lane = { lane: 'one-at-a-time' };
    const a = startRun(spec('cell:1', lane));
    const b = startRun(spec('cell:2', lane));
    const c = startRun(spec('cell:3', lane));
    expect([record(a)?.status, record(b)?.status, record(c)?.status]).toEqual([
      'running',
      'queued',
      'queued',
    ]);
    await server.request(0);
    expect(server.exchanges).toHaveLength(1);

    stopRun(b);
    expect(record(b)?.status).toBe('stopped');
    (server.exchanges[0] as (typeof server.exchanges)[0]).finish();
    const third = await server.request(1);
    expect(third.body.messages[0]?.content).toBe('hi from cell:3');
    expect(record(c)?.status).toBe('running');
    third.finish();
    await until(() => expect(record(c)?.status).toBe('done'));
    expect(server.exchanges).toHaveLength(2); // the stopped run was never sent
  });

  it("forgetting a target stops its run and drops its records; others' stay", async () => {
    const gone = startRun(spec('pane:a'));
    const kept = startRun(spec('pane:b'));
    const exchange = await server.request(0);
    forgetTargets((target) => target !== 'pane:a');
    expect(record(gone)).toBeUndefined();
    expect(history('pane:a')).toEqual([]);
    await until(() => expect(exchange.aborted).toBe(true));
    expect(record(kept)?.status).toBe('running');
  });
});

describe('persistence', () => {
  it('finished runs survive a reload; a run still streaming comes back interrupted with its partial text', async () => {
    const finished = startRun(spec('pane:a', { request: { model: 'm', messages: [] } }));
    (await server.request(0)).complete('kept answer');
    await until(() => expect(record(finished)?.status).toBe('done'));
    const streaming = startRun(spec('pane:b'));
    const exchange = await server.request(1);
    exchange.send('half an ans');
    await settle();
    frame();

    browserStorage.flush();
    const stored = window.localStorage.getItem('yoke.runs') ?? '';
    expect(stored).toContain('kept answer');
    expect(stored).not.toContain('sk-secret-key');

    // A reload: the page's memory is gone, the store is read back from what was stored.
    useRunStore.setState(EMPTY_RUNS);
    browserStorage.flush();
    window.localStorage.setItem('yoke.runs', stored);
    await useRunStore.persist.rehydrate();
    expect(record(finished)).toMatchObject({ status: 'done', choices: ['kept answer'] });
    expect(record(streaming)).toMatchObject({ status: 'interrupted', choices: ['half an ans'] });
    expect(history('pane:b')).toEqual([streaming]);
  });

  it("an evaluation cell's and a judge's runs stay out of localStorage; a pane's go in", async () => {
    const ids = startRuns([
      spec('eval:run1:c1|p1', { request: { model: 'm', messages: [] } }),
      spec('judge:run1:c1|p1:k1', { request: { model: 'm', messages: [] } }),
      spec('pane:a', { request: { model: 'm', messages: [] } }),
    ]);
    for (const [n, text] of ['cell answer', 'judge answer', 'pane answer'].entries())
      (await server.request(n)).complete(text);
    await until(() => expect(ids.map((id) => record(id)?.status)).toEqual(['done', 'done', 'done']));
    browserStorage.flush();
    const stored = window.localStorage.getItem('yoke.runs') ?? '';
    expect(stored).toContain('pane answer');
    expect(stored).not.toContain('cell answer');
    expect(stored).not.toContain('judge answer');
    expect(stored).not.toContain('eval:run1');
  });

  it('a corrupt stored entry gives an empty store, not a crash', async () => {
    window.localStorage.setItem(
      'yoke.runs',
      '{"state":{"runs":{"x":{"id":"x"}},"history":{"t":["x"]}},"version":1}',
    );
    await useRunStore.persist.rehydrate();
    expect(useRunStore.getState()).toMatchObject({ runs: {}, history: {} });
  });
});

import { describe, expect, it } from 'vitest';
import { finishedRun, queuedRun, type RunRecord, startedRun } from '@/domain/run';
import { persistableRuns, restoreRuns } from './persistRuns';
import type { RunsState } from './runsState';

function run(id: string, target: string, createdAt: number, text = 'answer'): RunRecord {
  const queued = queuedRun(
    { id, target, request: { model: 'm', messages: [] }, provider: 'demo' },
    createdAt,
  );
  return finishedRun({ ...startedRun(queued, createdAt), choices: [text] }, 'done', createdAt + 1);
}

function stateOf(runs: RunRecord[]): RunsState {
  const state: RunsState = { runs: {}, history: {}, shown: {} };
  for (const r of runs) {
    state.runs[r.id] = r;
    state.history[r.target] = [...(state.history[r.target] ?? []), r.id];
  }
  return state;
}

describe('persistableRuns', () => {
  it('writes everything when it fits', () => {
    const state = stateOf([run('a1', 'pane:a', 1), run('a2', 'pane:a', 2)]);
    state.shown['pane:a'] = 'a1';
    expect(persistableRuns(state)).toEqual(state);
  });

  it("never writes an evaluation cell's or a judge's run, only the panes'", () => {
    const state = stateOf([
      run('p1', 'pane:a', 1),
      run('e1', 'eval:run1:case1|pane1', 2),
      run('j1', 'judge:run1:case1|pane1:check1', 3),
      run('x1', 'sweep:1', 4),
    ]);
    state.shown['eval:run1:case1|pane1'] = 'e1';
    expect(persistableRuns(state)).toEqual({
      runs: { p1: state.runs.p1 },
      history: { 'pane:a': ['p1'] },
      shown: {},
    });
  });

  it('with 3,000 evaluation runs in the store a write costs about what the panes alone cost', () => {
    const request = { model: 'm', messages: [{ role: 'user' as const, content: 'x'.repeat(2_000) }] };
    const cells = Array.from({ length: 3000 }, (_, i) =>
      queuedRun({ id: `e${i}`, target: `eval:r:c${i}`, request, provider: 'demo' }, i),
    );
    const state = stateOf([...cells, run('p1', 'pane:a', 1), run('p2', 'pane:b', 2)]);
    persistableRuns(state); // the pane targets are picked out once per history object
    let spent = 0;
    for (let i = 0; i < 20; i++) {
      // A streamed frame: a new runs object, the same history. Every record the write looks at is noted.
      const read = new Set<string | symbol>();
      const noted = <T>(key: string | symbol, value: T): T => {
        read.add(key);
        return value;
      };
      const runs = new Proxy(
        { ...state.runs, e0: { ...(state.runs.e0 as RunRecord), choices: [`${i}`] } },
        {
          get: (target, key) => noted(key, Reflect.get(target, key)),
          getOwnPropertyDescriptor: (target, key) =>
            noted(key, Reflect.getOwnPropertyDescriptor(target, key)),
          has: (target, key) => noted(key, Reflect.has(target, key)),
          ownKeys: (target) => noted('(all keys)', Reflect.ownKeys(target)),
        },
      );
      const started = performance.now();
      const written = persistableRuns({ ...state, runs });
      spent += performance.now() - started;
      expect(Object.keys(written.runs)).toEqual(['p1', 'p2']);
      expect([...read]).toEqual(['p1', 'p2']);
    }
    // Sizing the 3,000 queued records (measured afresh each time, as they may change) took ~150 ms per write;
    // 20 writes together now stay below one such write even on a busy machine.
    expect(spent).toBeLessThan(150);
  });

  it("over budget, keeps every target's latest run, then earlier runs newest first", () => {
    const big = 'x'.repeat(1_000);
    const state = stateOf([
      run('a1', 'pane:a', 1, big),
      run('a2', 'pane:a', 2, big),
      run('a3', 'pane:a', 5, big),
      run('b1', 'pane:b', 3, big),
      run('b2', 'pane:b', 4, big),
    ]);
    state.shown['pane:a'] = 'a1';
    const written = persistableRuns(state, 3_800);
    // a3 and b2 are the latest; of the earlier ones b1 (created at 3) is newer than a2 (2) and a1 (1).
    expect(Object.keys(written.runs).sort()).toEqual(['a3', 'b1', 'b2']);
    expect(written.history).toEqual({ 'pane:a': ['a3'], 'pane:b': ['b1', 'b2'] });
    expect(written.shown).toEqual({});
  });
});

describe('restoreRuns', () => {
  const good = run('r1', 'pane:a', 10);
  const going = {
    ...startedRun(queuedRun({ id: 'r2', target: 'pane:a', request: good.request, provider: 'demo' }, 20), 20),
    choices: ['half'],
  };

  it('reads back good records and marks runs that were going as interrupted', () => {
    const restored = restoreRuns(
      { runs: { r1: good, r2: going }, history: { 'pane:a': ['r1', 'r2'] }, shown: { 'pane:a': 'r1' } },
      10,
    );
    expect(restored.runs.r1).toEqual(good);
    expect(restored.runs.r2).toMatchObject({ status: 'interrupted', choices: ['half'] });
    expect(restored.history).toEqual({ 'pane:a': ['r1', 'r2'] });
    expect(restored.shown).toEqual({ 'pane:a': 'r1' });
  });

  it('drops malformed records, dangling and foreign ids, prototype keys, and cuts histories to the limit', () => {
    const restored = restoreRuns(
      {
        runs: {
          r1: good,
          bad: { id: 'bad', target: 'pane:a', status: 'done', choices: 'not a list' },
          wrongId: { ...good, id: 'other' },
          old1: run('old1', 'pane:b', 1),
          old2: run('old2', 'pane:b', 2),
          old3: run('old3', 'pane:b', 3),
        },
        history: {
          'pane:a': ['bad', 'missing', 'wrongId', 'r1', 'r1'],
          'pane:b': ['old1', 'old2', 'old3'],
          __proto__: ['r1'],
          'pane:c': 'r1',
        },
        shown: { 'pane:a': 'missing', 'pane:b': 'old1' },
      },
      2,
    );
    expect(Object.keys(restored.runs).sort()).toEqual(['old2', 'old3', 'r1']);
    expect(restored.history).toEqual({ 'pane:a': ['r1'], 'pane:b': ['old2', 'old3'] });
    expect(Object.getPrototypeOf(restored.history)).toBe(Object.prototype);
    expect(restored.shown).toEqual({});
  });

  it('gives an empty store for anything that is not a stored run store', () => {
    for (const value of [null, 'x', 42, [], { runs: [] }, { runs: {}, history: null }]) {
      expect(restoreRuns(value, 10)).toEqual({ runs: {}, history: {}, shown: {} });
    }
  });
});

describe('restoreRuns: reasoning, tool calls, usage details and think state', () => {
  const base = run('r1', 'pane:a', 10);
  const restoreOne = (record: unknown) =>
    restoreRuns({ runs: { r1: record }, history: { 'pane:a': ['r1'] } }, 10).runs.r1;
  const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };

  it('reads the new fields back as they were written', () => {
    const full: RunRecord = {
      ...base,
      choices: [''],
      reasoning: ['Let me see.'],
      toolCalls: [[{ index: 0, id: 'call_1', name: 'get_weather', arguments: '{"city":"Oslo"}' }]],
      usage: { ...usage, reasoning_tokens: 3, cached_tokens: 0, cost: 0.001 },
      attempts: 3,
    };
    expect(restoreOne(JSON.parse(JSON.stringify(full)))).toEqual(full);
  });

  it('drops bad values one by one and keeps the run', () => {
    const restored = restoreOne({
      ...base,
      reasoning: ['ok', 42, null],
      toolCalls: [
        [
          { index: 0, id: 'a', name: 'x', arguments: '{}' },
          { index: 1, id: 2, name: 'y', arguments: '{}' },
          { index: 0, id: 'dup', name: 'x', arguments: '{}' },
          { index: 500, id: 'c', name: 'z', arguments: '' },
          'call',
          { index: 3, id: 'd', name: 'w', arguments: '[]' },
        ],
        'not a list',
      ],
      usage: { ...usage, reasoning_tokens: '3', cached_tokens: -1, cost: 'free' },
      thinkState: [{ phase: 'sideways', pending: '' }],
    });
    expect(restored).toMatchObject({ id: 'r1', choices: ['answer'] });
    expect(restored?.reasoning).toEqual(['ok', '', '']);
    expect(restored?.toolCalls).toEqual([
      [
        { index: 0, id: 'a', name: 'x', arguments: '{}' },
        { index: 3, id: 'd', name: 'w', arguments: '[]' },
      ],
      [],
    ]);
    expect(restored?.usage).toEqual(usage);
    expect(restored).not.toHaveProperty('thinkState');
  });

  it('parts of the wrong kind altogether are left out, never a crash', () => {
    for (const bad of [
      { reasoning: 'text' },
      { toolCalls: { 0: [] } },
      { usage: 'lots' },
      { usage: { prompt_tokens: 'x', completion_tokens: 1, total_tokens: 1 } },
      { thinkState: 'inside' },
      { thinkState: [{ phase: 'inside', pending: 'x'.repeat(10_000) }] },
      { attempts: 'many' },
      { attempts: 0 },
      { retry: { at: 1, attempt: 2, maxAttempts: 6, reason: 'Rate limited (429)' } },
    ]) {
      const restored = restoreOne({ ...base, ...bad });
      expect(restored?.id).toBe('r1');
      for (const key of Object.keys(bad)) expect(restored).not.toHaveProperty(key);
    }
  });

  it('a run stored mid-think comes back interrupted with its held-back text settled', () => {
    const going = {
      ...startedRun(
        queuedRun({ id: 'r1', target: 'pane:a', request: base.request, provider: 'demo' }, 20),
        20,
      ),
      choices: [''],
      reasoning: ['half'],
      thinkState: [{ phase: 'inside', pending: '</thi' }],
    };
    const restored = restoreOne(JSON.parse(JSON.stringify(going)));
    expect(restored).toMatchObject({ status: 'interrupted', reasoning: ['half</thi'] });
    expect(restored).not.toHaveProperty('thinkState');
  });
});

// @vitest-environment jsdom
// The suite runner end to end below React: the real panes' requests (paneRunSpec), the real run layer with its
// retries, the real API client, against the stand-in server behind fetch; IndexedDB is fake-indexeddb.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Cell, cellKey } from '@/domain/evaluation';
import { makePane } from '@/domain/pane';
import { DEFAULT_PROVIDER } from '@/domain/provider';
import type { ChatCompletionRequest, Model } from '@/lib/api';
import { modelKeys, queryClient } from '@/state/models';
import {
  DEFAULT_EVAL_CONCURRENCY,
  EMPTY_RUNS,
  laneOfEvaluation,
  setLaneLimit,
  stopAllRuns,
  useRunStore,
} from '@/state/runs';
import { useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import { type FakeChatServer, type FakeExchange, fakeChatServer } from '@/testing';
import { closeEvaluationDb } from './evaluationDb';
import { INITIAL_EVALUATION, useEvaluationStore } from './evaluationStore';
import { loadEvaluation, resetLoad } from './load';
import { flushWrites, resetPersistence } from './persist';
import { startSuiteRun, stopSuiteRun } from './runner';
import { cellTarget, selectCompareRun, selectCurrentSuite } from './selectors';
import { addCase, addCheck, updateCaseValue, updateCheck } from './suiteActions';

const PRICING = { input_cost_per_token: 0.000001, output_cost_per_token: 0.000002 };
const MODELS: Model[] = [
  { id: 'model-a', pricing: PRICING },
  { id: 'model-b', pricing: PRICING },
];

let server: FakeChatServer;

async function freshPage(): Promise<void> {
  await flushWrites();
  await closeEvaluationDb();
  resetLoad();
  resetPersistence();
  useEvaluationStore.setState(INITIAL_EVALUATION);
}

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  server = fakeChatServer();
  vi.stubGlobal('fetch', server.fetch);
  vi.stubGlobal('requestAnimationFrame', undefined); // frames come as 16 ms timers
  window.localStorage.clear();
  queryClient.clear();
  for (const model of MODELS)
    queryClient.setQueryData(modelKeys.detail('/demo/api/ai', model.id, false), model);
  useSettingsStore.setState({ provider: DEFAULT_PROVIDER });
  useRunStore.setState(EMPTY_RUNS);
  // The lane outlives a test: a 429 in one narrows it (the run layer's answer to a rate limit) for the next.
  setLaneLimit(laneOfEvaluation({ baseUrl: '/demo/api/ai' }), DEFAULT_EVAL_CONCURRENCY);
  useWorkbenchStore.setState({
    view: 'compare',
    stream: true,
    conversation: { system: '', turns: [{ role: 'user', text: 'Weather in {{city}}?', images: [] }] },
    panes: [makePane({ modelId: 'model-a' }), makePane({ modelId: 'model-b' })],
  });
  await freshPage();
});

afterEach(async () => {
  stopSuiteRun();
  stopAllRuns();
  await flushWrites();
  await closeEvaluationDb();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const state = () => useEvaluationStore.getState();
const until = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 10 });
const panes = () => useWorkbenchStore.getState().panes;
const lastText = (body: ChatCompletionRequest) => body.messages.at(-1)?.content;
const runOf = (id: string | null) => state().runs.find((run) => run.id === id);
const cellsOf = (id: string | null): Record<string, Cell> => (id ? (state().cells[id] ?? {}) : {});
const evalRecords = () =>
  Object.values(useRunStore.getState().runs).filter((r) => !r.target.startsWith('pane:'));

function answer(exchange: FakeExchange, text: string): void {
  exchange.send(text);
  exchange.finish({ prompt_tokens: 5, completion_tokens: 3 });
}

/** A suite of the given cities (the first suite's empty case takes the first) and a "contains sunny" check. */
async function suiteOf(cities: string[]): Promise<string[]> {
  await loadEvaluation();
  const first = selectCurrentSuite(state()).cases[0]?.id ?? '';
  updateCaseValue(first, 'city', cities[0] ?? '');
  const ids = [first, ...cities.slice(1).map((city) => addCase({ city }))];
  updateCheck(addCheck('contains'), { value: 'sunny' });
  return ids;
}

describe('startSuiteRun', () => {
  it('runs 2 cases × 2 panes to done: one request per cell, filled, checks decided, records dropped', async () => {
    const [paris, oslo] = await suiteOf(['Paris', 'Oslo']);
    const runId = await startSuiteRun({ kind: 'all' });
    await server.request(3);
    expect(server.exchanges.map((e) => [e.body.model, lastText(e.body)])).toEqual([
      ['model-a', 'Weather in Paris?'],
      ['model-b', 'Weather in Paris?'],
      ['model-a', 'Weather in Oslo?'],
      ['model-b', 'Weather in Oslo?'],
    ]);
    const [a, b] = panes().map((p) => p.id);
    const keyA = cellKey(paris ?? '', a ?? '');
    expect(useRunStore.getState().history[cellTarget(runId ?? '', keyA)]).toHaveLength(1);
    expect(cellsOf(runId)[keyA]?.status).toMatch(/queued|running/);

    for (const e of server.exchanges) answer(e, e.body.model === 'model-a' ? 'sunny today' : 'rain');
    await until(() => expect(runOf(runId)?.status).toBe('done'));
    expect(state().activeRunId).toBeNull();
    const cells = cellsOf(runId);
    expect(Object.keys(cells)).toHaveLength(4);
    const verdict = (caseId = '', paneId = '') => cells[cellKey(caseId, paneId)]?.checks.map((c) => c.pass);
    expect(verdict(paris, a)).toEqual([true]);
    expect(verdict(oslo, a)).toEqual([true]);
    expect(verdict(paris, b)).toEqual([false]);
    expect(verdict(oslo, b)).toEqual([false]);
    expect(cells[keyA]).toMatchObject({
      status: 'done',
      output: 'sunny today',
      finishReason: 'stop',
      promptTokens: 5,
      completionTokens: 3,
      cost: 5 * 0.000001 + 3 * 0.000002,
      attempts: 1,
    });
    expect(cells[keyA]?.latencyMs).toBeGreaterThanOrEqual(0);
    expect(cells[keyA]?.request).toEqual(server.exchanges[0]?.body);
    // The run is a snapshot of what ran.
    expect(runOf(runId)).toMatchObject({
      scope: 'All cases',
      prompt: useWorkbenchStore.getState().conversation,
      cases: selectCurrentSuite(state()).cases,
      checks: selectCurrentSuite(state()).checks,
      panes: [
        { paneId: a, modelId: 'model-a', provider: 'demo', pricing: PRICING },
        { paneId: b, modelId: 'model-b', provider: 'demo', pricing: PRICING },
      ],
    });
    await until(() => expect(evalRecords()).toEqual([]));
  });

  it('rides out a 429: the cell is seen retrying with when and why, then done on the second send', async () => {
    await suiteOf(['Paris']);
    const seen = new Set<string>();
    const unsubscribe = useEvaluationStore.subscribe((s) => {
      for (const cell of Object.values(s.activeRunId ? (s.cells[s.activeRunId] ?? {}) : {}))
        seen.add(`${cell.paneId}:${cell.status}`);
    });
    const runId = await startSuiteRun({ kind: 'all' });
    const [a] = panes().map((p) => p.id);
    (await server.request(0)).reject(429, { error: { message: 'Slow down' } }, { 'Retry-After': '1' });
    answer(await server.request(1), 'sunny');
    await until(() => expect(Object.values(cellsOf(runId)).map((c) => c.status)).toContain('retrying'));
    const waiting = Object.values(cellsOf(runId)).find((c) => c.status === 'retrying');
    expect(waiting?.paneId).toBe(a);
    expect(waiting?.retryReason).toContain('429');
    expect(waiting?.retryAt).toBeGreaterThan(Date.now());
    answer(await server.request(2), 'sunny again');
    await until(() => expect(runOf(runId)?.status).toBe('done'));
    unsubscribe();
    const cell = Object.values(cellsOf(runId)).find((c) => c.paneId === a);
    expect(cell).toMatchObject({ status: 'done', output: 'sunny again', attempts: 2 });
    expect(cell).not.toHaveProperty('retryAt');
    expect(seen).toContain(`${a}:retrying`);
    expect(server.exchanges).toHaveLength(3);
  });

  it('Stop keeps the finished cells, stops the others with what they had streamed, and sends nothing more', async () => {
    const [paris] = await suiteOf(['Paris', 'Oslo', 'Rome']);
    const runId = await startSuiteRun({ kind: 'all' });
    const [a, b] = panes().map((p) => p.id);
    const first = await server.request(0);
    const second = await server.request(1);
    await server.request(3); // 4 at once (the evaluation's concurrency), 2 wait
    answer(first, 'sunny');
    second.send('half an ans');
    const partialKey = cellKey(paris ?? '', b ?? '');
    await until(() => expect(cellsOf(runId)[cellKey(paris ?? '', a ?? '')]?.status).toBe('done'));
    await until(() =>
      expect(useRunStore.getState().runs[findRecord(cellTarget(runId ?? '', partialKey))]?.choices).toEqual([
        'half an ans',
      ]),
    );
    const sentBeforeStop = server.exchanges.length; // the first answer freed a slot: a fifth went
    stopSuiteRun();
    expect(runOf(runId)?.status).toBe('stopped');
    expect(state().activeRunId).toBeNull();
    const cells = cellsOf(runId);
    expect(cells[cellKey(paris ?? '', a ?? '')]).toMatchObject({ status: 'done', output: 'sunny' });
    expect(cells[partialKey]).toMatchObject({ status: 'stopped', output: 'half an ans' });
    expect(
      Object.values(cells)
        .map((c) => c.status)
        .sort(),
    ).toEqual(['done', ...Array(5).fill('stopped')]);
    await until(() => expect(server.exchanges.slice(1).every((e) => e.aborted)).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.exchanges).toHaveLength(sentBeforeStop);
    expect(sentBeforeStop).toBeLessThan(6);
    expect(evalRecords()).toEqual([]);
    // And so it is stored: a reload shows the same stopped run.
    const stoppedCells = cellsOf(runId);
    await freshPage();
    await loadEvaluation();
    expect(runOf(runId)?.status).toBe('stopped');
    expect(cellsOf(runId)).toEqual(stoppedCells);
  });

  it('"failed" runs only the failed and errored cells of the shown run, and carries the rest', async () => {
    const [paris, oslo] = await suiteOf(['Paris', 'Oslo']);
    const firstRun = await startSuiteRun({ kind: 'all' });
    await server.request(3);
    for (const [i, e] of server.exchanges.entries()) {
      if (i === 2) e.reject(400, { error: { message: 'Bad city' } });
      else answer(e, e.body.model === 'model-a' ? 'sunny' : 'rain');
    }
    await until(() => expect(runOf(firstRun)?.status).toBe('done'));
    const [a, b] = panes().map((p) => p.id);
    expect(cellsOf(firstRun)[cellKey(oslo ?? '', a ?? '')]?.error?.message).toContain('Bad city');

    const again = await startSuiteRun({ kind: 'failed' });
    await server.request(6);
    expect(server.exchanges.slice(4).map((e) => [e.body.model, lastText(e.body)])).toEqual([
      ['model-b', 'Weather in Paris?'],
      ['model-a', 'Weather in Oslo?'],
      ['model-b', 'Weather in Oslo?'],
    ]);
    for (const e of server.exchanges.slice(4)) answer(e, 'sunny now');
    await until(() => expect(runOf(again)?.status).toBe('done'));
    expect(runOf(again)).toMatchObject({ carriedFrom: firstRun, scope: 'Failed cells' });
    const cells = cellsOf(again);
    expect(Object.keys(cells)).toHaveLength(4);
    expect(cells[cellKey(paris ?? '', a ?? '')]).toMatchObject({ carried: true, output: 'sunny' });
    for (const key of [
      cellKey(paris ?? '', b ?? ''),
      cellKey(oslo ?? '', a ?? ''),
      cellKey(oslo ?? '', b ?? ''),
    ]) {
      expect(cells[key]).toMatchObject({ status: 'done', output: 'sunny now', checks: [{ pass: true }] });
      expect(cells[key]?.carried).toBeUndefined();
    }
    expect(selectCompareRun(state())?.id).toBe(firstRun);
    expect(server.exchanges).toHaveLength(7);
  });

  it("judges a done cell with the judge check's model: the run ends only when the judge has answered", async () => {
    queryClient.setQueryData(modelKeys.detail('/demo/api/ai', 'judge-model', false), { id: 'judge-model' });
    await suiteOf(['Paris']);
    useWorkbenchStore.setState({ panes: [makePane({ modelId: 'model-a' })] });
    const judge = addCheck('judge');
    updateCheck(judge, {
      judge: { provider: 'demo', modelId: 'judge-model', rubric: 'Talks about the weather.', passScore: 7 },
    });
    const runId = await startSuiteRun({ kind: 'all' });
    answer(await server.request(0), 'sunny and warm');
    const judged = await server.request(1);
    expect(judged.body.model).toBe('judge-model');
    expect(JSON.stringify(judged.body.messages)).toContain('sunny and warm');
    const cell = () => Object.values(cellsOf(runId))[0];
    expect(cell()?.judgements).toMatchObject([{ checkId: judge, status: 'running', request: judged.body }]);
    expect(cell()?.checks.map((c) => c.pass)).toEqual([true, null]);
    expect(runOf(runId)?.status).toBe('running');
    judged.complete('It describes the weather. SCORE: 8');
    await until(() => expect(runOf(runId)?.status).toBe('done'));
    expect(cell()?.judgements).toMatchObject([{ status: 'done', score: 8 }]);
    expect(cell()?.checks).toMatchObject([{ pass: true }, { checkId: judge, pass: true, score: 8 }]);
    await until(() => expect(evalRecords()).toEqual([]));
  });

  it('builds every request from one version of the prompt, even when it is edited while they are built', async () => {
    await suiteOf(Array.from({ length: 150 }, (_, i) => `City ${i}`));
    useWorkbenchStore.setState({ panes: [makePane({ modelId: 'model-a' })] });
    const started = startSuiteRun({ kind: 'all' });
    await new Promise((resolve) => setTimeout(resolve, 0)); // the first slice of requests is built by now
    const edited = {
      system: '',
      turns: [{ role: 'user' as const, text: 'Forecast for {{city}}?', images: [] }],
    };
    useWorkbenchStore.getState().setConversation(edited);
    const runId = await started;
    expect(runOf(runId)?.prompt).toEqual(edited);
    const requests = Object.values(cellsOf(runId)).map((cell) => lastText(cell.request));
    expect(requests).toHaveLength(150);
    expect(requests.every((text) => String(text).startsWith('Forecast for City'))).toBe(true);
    expect(lastText((await server.request(0)).body)).toBe('Forecast for City 0?');
  });

  it('Stop while the requests are still being built starts nothing', async () => {
    await suiteOf(Array.from({ length: 150 }, (_, i) => `City ${i}`));
    const started = startSuiteRun({ kind: 'all' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stopSuiteRun();
    expect(await started).toBeNull();
    expect(state().notice).toContain('Stopped');
    expect(state().runs).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.exchanges).toHaveLength(0);
  });

  it('a pane that cannot run marks its cells as errors with the reason; the other pane runs', async () => {
    await suiteOf(['Paris']);
    useWorkbenchStore.setState({ panes: [makePane({ modelId: 'model-a' }), makePane({ modelId: '' })] });
    const runId = await startSuiteRun({ kind: 'all' });
    answer(await server.request(0), 'sunny');
    await until(() => expect(runOf(runId)?.status).toBe('done'));
    const [, b] = panes().map((p) => p.id);
    const broken = Object.values(cellsOf(runId)).find((c) => c.paneId === b);
    expect(broken).toMatchObject({ status: 'error', attempts: 0 });
    expect(broken?.error?.message).toContain('no model');
    expect(server.exchanges).toHaveLength(1);
  });

  it('says why when there is nothing to run, and refuses a second run while one goes', async () => {
    await suiteOf(['Paris']);
    expect(await startSuiteRun({ kind: 'failed' })).toBeNull();
    expect(state().notice).toMatch(/failed|nothing/i);
    const runId = await startSuiteRun({ kind: 'all' });
    expect(runId).not.toBeNull();
    expect(state().notice).toBeNull();
    expect(await startSuiteRun({ kind: 'all' })).toBeNull();
    expect(state().notice).toContain('A run is going');
  });
});

function findRecord(target: string): string {
  return useRunStore.getState().history[target]?.at(-1) ?? '';
}

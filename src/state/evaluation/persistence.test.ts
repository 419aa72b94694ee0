// @vitest-environment jsdom
// The evaluation in IndexedDB (fake-indexeddb): what a reload reads back, what it does with a run the tab closed
// on, with a full quota and with records it cannot read.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Cell, cellKey, type Suite, type SuiteRun } from '@/domain/evaluation';
import { makePane } from '@/domain/pane';
import { DEFAULT_PROVIDER } from '@/domain/provider';
import { modelKeys, queryClient } from '@/state/models';
import { EMPTY_RUNS, stopAllRuns, useRunStore } from '@/state/runs';
import { useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import { fakeChatServer } from '@/testing';
import { closeEvaluationDb, evaluationDb } from './evaluationDb';
import { INITIAL_EVALUATION, useEvaluationStore } from './evaluationStore';
import { importSuite, rateCell, setCompareRun, showSuiteRun } from './history';
import { loadEvaluation, resetLoad } from './load';
import { flushWrites, persistFigures, resetPersistence } from './persist';
import { MAX_RUNS_PER_SUITE, startSuiteRun, stopSuiteRun } from './runner';
import { selectCurrentSuite } from './selectors';
import { addCase, addCheck, renameSuite, updateCaseValue, updateCheck } from './suiteActions';

async function freshPage(): Promise<void> {
  await flushWrites();
  await closeEvaluationDb();
  resetLoad();
  resetPersistence();
  useEvaluationStore.setState(INITIAL_EVALUATION);
}

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('requestAnimationFrame', undefined);
  window.localStorage.clear();
  queryClient.clear();
  queryClient.setQueryData(modelKeys.detail('/demo/api/ai', 'model-a', false), { id: 'model-a' });
  useSettingsStore.setState({ provider: DEFAULT_PROVIDER });
  useRunStore.setState(EMPTY_RUNS);
  useWorkbenchStore.setState({
    view: 'compare',
    stream: true,
    conversation: { system: 'About {{city}}.', turns: [{ role: 'user', text: 'Hi {{name}}', images: [] }] },
    panes: [makePane({ modelId: 'model-a' })],
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

/** Runs the current suite on the one pane, every request answered with `text`; resolves with the run id. */
async function runAll(text: string): Promise<string> {
  const server = fakeChatServer();
  vi.stubGlobal('fetch', server.fetch);
  const runId = (await startSuiteRun({ kind: 'all' })) ?? '';
  const count = selectCurrentSuite(state()).cases.length;
  for (let n = 0; n < count; n++) {
    const exchange = await server.request(n);
    exchange.send(text);
    exchange.finish({ prompt_tokens: 2, completion_tokens: 1 });
  }
  await until(() => expect(state().runs.find((r) => r.id === runId)?.status).toBe('done'));
  return runId;
}

const suite: Suite = {
  id: 's1',
  name: 'Stored',
  columns: ['city'],
  cases: [
    { id: 'c1', values: { city: 'Paris' } },
    { id: 'c2', values: { city: 'Oslo' } },
  ],
  checks: [{ id: 'k1', type: 'contains', value: 'sun' }],
  createdAt: 1,
  updatedAt: 2,
};

function storedRun(over: Partial<SuiteRun> = {}): SuiteRun {
  return {
    id: 'e1',
    suiteId: 's1',
    createdAt: 10,
    status: 'done',
    scope: 'All cases',
    prompt: { system: '', turns: [{ role: 'user', text: 'Hi {{city}}', images: [] }] },
    panes: [{ paneId: 'p1', title: 'Pane 1 · m', modelId: 'm', provider: 'demo', pricing: null }],
    cases: suite.cases,
    checks: suite.checks,
    ...over,
  };
}

function storedCell(runId: string, caseId: string, over: Partial<Cell> = {}): Cell & { runId: string } {
  return {
    runId,
    key: cellKey(caseId, 'p1'),
    caseId,
    paneId: 'p1',
    status: 'done',
    request: { model: 'm', messages: [{ role: 'user', content: 'Hi' }] },
    output: 'sunny',
    finishReason: 'stop',
    latencyMs: 100,
    ttftMs: 20,
    promptTokens: 2,
    completionTokens: 1,
    cost: null,
    attempts: 1,
    checks: [{ checkId: 'k1', pass: true, detail: 'Contains "sun".' }],
    ...over,
  };
}

async function seed(stores: { suites?: unknown[]; runs?: unknown[]; cells?: unknown[] }): Promise<void> {
  const db = await evaluationDb();
  await db.write([
    { store: 'suites', put: stores.suites ?? [] },
    { store: 'runs', put: stores.runs ?? [] },
    { store: 'cells', put: stores.cells ?? [] },
  ]);
  await closeEvaluationDb();
}

describe('the first visit', () => {
  it("starts a suite with the prompt's variables as columns and one empty case, and stores it", async () => {
    await loadEvaluation();
    const first = selectCurrentSuite(state());
    expect(state()).toMatchObject({ ready: true, storageProblem: null, runs: [] });
    expect(first.columns).toEqual(['city', 'name']);
    expect(first.cases).toEqual([{ id: expect.any(String), values: {} }]);
    await freshPage();
    await loadEvaluation();
    expect(selectCurrentSuite(state())).toEqual(first);
  });
});

describe('a reload', () => {
  it('restores the suite, its runs and their cells, ratings included', async () => {
    await loadEvaluation();
    const firstCase = selectCurrentSuite(state()).cases[0]?.id ?? '';
    updateCaseValue(firstCase, 'city', 'Paris');
    addCase({ city: 'Oslo', name: 'Ada' });
    updateCheck(addCheck('contains'), { value: 'sun' });
    renameSuite('Weather');
    const before = await runAll('sunny');
    const after = await runAll('rain');
    const key = cellKey(firstCase, useWorkbenchStore.getState().panes[0]?.id ?? '');
    rateCell(after, key, { thumb: 'down', note: 'Wrong weather' });
    const suiteBefore = selectCurrentSuite(state());
    const runsBefore = state().runs;
    const cellsBefore = state().cells;
    await flushWrites();
    expect(persistFigures().cells).toBeGreaterThan(0);

    await freshPage();
    expect(state().suites).toEqual([]);
    await loadEvaluation();
    expect(selectCurrentSuite(state())).toEqual(suiteBefore);
    expect(state().runs).toEqual(runsBefore);
    expect(state().runs.map((r) => r.status)).toEqual(['done', 'done']);
    expect(state().cells[before]).toEqual(cellsBefore[before]);
    expect(state().cells[after]).toEqual(cellsBefore[after]);
    expect(state().cells[after]?.[key]?.rating).toEqual({ thumb: 'down', note: 'Wrong weather' });
  });

  it('writes cells in batches of at most 100, one transaction each', async () => {
    await loadEvaluation();
    for (let i = 0; i < 149; i++) addCase({ city: `City ${i}` });
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    await runAll('sunny');
    await flushWrites();
    const figures = persistFigures();
    // 150 queued cells written at the start, then 150 done cells as they came: each write at most 100 cells.
    expect(figures.cells).toBeGreaterThanOrEqual(300);
    expect(figures.batches).toBeLessThan(figures.cells / 10);
    expect(figures.batches).toBeGreaterThanOrEqual(Math.ceil(figures.cells / 100));
    expect(figures.msPer100Cells).toBeGreaterThan(0);
    expect(puts.mock.calls.length).toBeGreaterThanOrEqual(figures.cells);
  });

  it('reads the cells of the latest two runs only, and the others when the history picks them', async () => {
    await seed({
      suites: [suite],
      runs: [1, 2, 3].map((n) => storedRun({ id: `e${n}`, createdAt: n })),
      cells: [1, 2, 3].map((n) => storedCell(`e${n}`, 'c1', { output: `run ${n}` })),
    });
    await loadEvaluation();
    expect(state().runs.map((r) => r.id)).toEqual(['e1', 'e2', 'e3']);
    expect(Object.keys(state().cells).sort()).toEqual(['e2', 'e3']);
    setCompareRun('e1');
    await until(() => expect(state().cells.e1?.[cellKey('c1', 'p1')]?.output).toBe('run 1'));
    showSuiteRun('e2');
    expect(state().shownRunId).toBe('e2');
  });

  it('loads a run stored as running (the tab closed mid-run) as interrupted, its unfinished cells stopped', async () => {
    await seed({
      suites: [suite],
      runs: [storedRun({ status: 'running' })],
      cells: [
        storedCell('e1', 'c1'),
        storedCell('e1', 'c2', { status: 'retrying', output: '', retryAt: 99, retryReason: 'Rate limited' }),
      ],
    });
    await loadEvaluation();
    expect(state().runs[0]?.status).toBe('interrupted');
    const cells = state().cells.e1 ?? {};
    expect(cells[cellKey('c1', 'p1')]?.status).toBe('done');
    expect(cells[cellKey('c2', 'p1')]?.status).toBe('stopped');
    expect(cells[cellKey('c2', 'p1')]).not.toHaveProperty('retryAt');
    expect(state().activeRunId).toBeNull();
  });

  it('keeps at most MAX_RUNS_PER_SUITE runs: the oldest go, with their cells', async () => {
    const old = Array.from({ length: MAX_RUNS_PER_SUITE }, (_, n) =>
      storedRun({ id: `e${n}`, createdAt: n }),
    );
    await seed({ suites: [suite], runs: old, cells: [storedCell('e0', 'c1'), storedCell('e1', 'c1')] });
    await loadEvaluation();
    const newest = await runAll('sunny');
    expect(state().runs).toHaveLength(MAX_RUNS_PER_SUITE);
    expect(state().runs.at(-1)?.id).toBe(newest);
    expect(state().runs[0]?.id).toBe('e1');
    await freshPage();
    const db = await evaluationDb();
    expect(await db.get('runs', 'e0')).toBeUndefined();
    expect(await db.getAllFromIndex('cells', 'runId', 'e0')).toEqual([]);
    expect(await db.getAllFromIndex('cells', 'runId', 'e1')).toHaveLength(1);
  });
});

describe('importSuite', () => {
  it('makes the imported suite current, with its stored runs, and it stays current after a reload', async () => {
    await seed({ suites: [suite], runs: [storedRun()], cells: [storedCell('e1', 'c1')] });
    await loadEvaluation();
    const fresh = { ...suite, id: 's9', name: 'Imported', cases: [{ id: 'x1', values: { city: 'Lima' } }] };
    importSuite(fresh);
    expect(selectCurrentSuite(state())).toMatchObject({ id: 's9', name: 'Imported' });
    expect(state().runs).toEqual([]);
    // The same suite imported back (an export of it): its runs are read again.
    importSuite({ ...suite, name: 'Back again' });
    await until(() => expect(state().runs.map((r) => r.id)).toEqual(['e1']));
    expect(state().cells.e1?.[cellKey('c1', 'p1')]?.output).toBe('sunny');
    expect(
      state()
        .suites.map((s) => s.name)
        .sort(),
    ).toEqual(['Back again', 'Imported']);
    await freshPage();
    await loadEvaluation();
    expect(selectCurrentSuite(state()).name).toBe('Back again');
  });
});

describe('storage problems', () => {
  it('a full quota is said in storageProblem; the store keeps working and nothing stored is lost', async () => {
    await loadEvaluation();
    renameSuite('Saved name');
    await flushWrites();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    renameSuite('Unsaved name');
    await flushWrites();
    expect(state().storageProblem).toContain('storage is full');
    // Still working in memory: edits and runs go on.
    const added = addCase({ city: 'Rome' });
    expect(selectCurrentSuite(state()).cases.map((c) => c.id)).toContain(added);
    expect(selectCurrentSuite(state()).name).toBe('Unsaved name');
    // A reload while the storage is still full reads what was stored before: nothing was deleted.
    await freshPage();
    await loadEvaluation();
    expect(selectCurrentSuite(state()).name).toBe('Saved name');
    // Once there is room again, the next edit is stored and the problem is no longer said.
    vi.mocked(IDBObjectStore.prototype.put).mockRestore();
    renameSuite('Saved later');
    await flushWrites();
    expect(state().storageProblem).toBeNull();
    await freshPage();
    await loadEvaluation();
    expect(selectCurrentSuite(state()).name).toBe('Saved later');
    expect(state().storageProblem).toBeNull();
  });

  it('without IndexedDB (a private window) the evaluation works in memory and says so', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await loadEvaluation();
    expect(state().ready).toBe(true);
    expect(state().storageProblem).toContain('private window');
    expect(selectCurrentSuite(state()).columns).toEqual(['city', 'name']);
    const runId = await runAll('sunny');
    expect(Object.values(state().cells[runId] ?? {})[0]?.output).toBe('sunny');
  });

  it('drops stored records of the wrong shape, says how many, and loads the rest', async () => {
    // An own "__proto__" key, as JSON.parse makes one from stored text.
    const hostileCell = JSON.parse(
      JSON.stringify(storedCell('e1', 'c2')).replace('{', '{"__proto__":{"polluted":true},'),
    );
    await seed({
      suites: [suite, { id: 's2', name: 42 }, { ...suite, id: 's3', cases: 'many' }],
      runs: [
        storedRun(),
        storedRun({ id: 'e2', status: 'exploded' as SuiteRun['status'] }),
        { ...storedRun({ id: 'e3' }), prompt: { system: 1 } },
      ],
      cells: [
        storedCell('e1', 'c1'),
        { ...storedCell('e1', 'c2'), key: 'not-its-key' },
        { ...storedCell('e1', 'c3'), status: 'done', checks: 'all fine' },
        hostileCell,
      ],
    });
    await loadEvaluation();
    expect(state().suites.map((s) => s.id)).toEqual(['s1']);
    expect(state().runs.map((r) => r.id)).toEqual(['e1']);
    expect(Object.keys(state().cells.e1 ?? {}).sort()).toEqual([cellKey('c1', 'p1'), cellKey('c2', 'p1')]);
    expect(state().cells.e1?.[cellKey('c2', 'p1')]).not.toHaveProperty('runId');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(state().cells.e1?.[cellKey('c2', 'p1')])).toBe(Object.prototype);
    expect(state().storageProblem).toBe(
      'Some stored evaluation data could not be read and was left out: 2 suite(s), 2 run(s), 2 result(s).',
    );
  });
});

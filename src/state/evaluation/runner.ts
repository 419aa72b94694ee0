// "Run all cases" (or selected rows, failed cells, one cell): the suite run's snapshot is taken, every request
// is computed up front from the workbench as it is now (edits made during the run do not change it), and they
// go to the run layer a window at a time
// (see ActiveSuiteRun.send). A partial run starts from a copy of the shown run's other cells, so
// every run is a whole grid that can be compared row by row with another.

import { type Cell, cellKey, evaluateChecks, type SuiteRun, type SuiteRunPane } from '@/domain/evaluation';
import { DEFAULT_RETRY_POLICY } from '@/domain/run';
import type { ChatCompletionRequest } from '@/lib/api';
import { isMediaPane, paneProvider, paneRunSpec } from '@/state/panes';
import { laneOfEvaluation, type RunSpec } from '@/state/runs';
import { useWorkbenchStore } from '@/state/workbench';
import { ActiveSuiteRun } from './activeSuiteRun';
import { newId, useEvaluationStore } from './evaluationStore';
import { ensureRunCells, loadEvaluation } from './load';
import { deleteRuns, saveCells, saveRun } from './persist';
import { type CellPair, type CellScope, nothingToRun, scopeLabel, scopePairs } from './scope';
import { cellTarget, selectCurrentSuite, selectShownRun } from './selectors';

/** Runs kept per suite: the oldest beyond this go, with their cells. */
export const MAX_RUNS_PER_SUITE = 50;

let active: ActiveSuiteRun | null = null;
let starting = false;
/** Stop pressed while the requests were still being built: the run does not start. */
let cancelled = false;

function refuse(notice: string): null {
  useEvaluationStore.setState({ notice });
  return null;
}

function setupError(pair: CellPair, message: string): Cell {
  const request: ChatCompletionRequest = { model: pair.pane.modelId, messages: [] };
  return {
    key: pair.key,
    caseId: pair.testCase.id,
    paneId: pair.pane.id,
    status: 'error',
    request,
    output: '',
    finishReason: null,
    latencyMs: null,
    ttftMs: null,
    promptTokens: null,
    completionTokens: null,
    cost: null,
    error: { status: 0, kind: 'setup', message },
    attempts: 0,
    checks: [],
  };
}

function queuedCell(pair: CellPair, spec: RunSpec): Cell {
  const { error: _none, ...cell } = setupError(pair, '');
  return { ...cell, status: 'queued', request: spec.request };
}

/** Why a pane cannot run at all, or null. */
function paneProblem(paneId: string, modelId: string): string | null {
  if (!modelId) return 'This pane has no model yet: pick one for it.';
  return paneProvider(paneId).problem;
}

/** Requests built between two yields to the page: 3,000 at once take a few hundred ms, one long task. */
const SPECS_PER_SLICE = 100;
/** A workbench edited while the requests are built makes them be built again from the start, this many times at
 * most (then the edits of that moment are part of the run). */
const SPEC_RESTARTS = 3;

/** What the requests are built from: while these stay the same objects, every slice sees one workbench. */
function workbenchInputs() {
  const { conversation, panes, stream, variables } = useWorkbenchStore.getState();
  return [conversation, panes, stream, variables] as const;
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.every((value, i) => value === b[i]);

/** Every request of the run, computed now from one state of the workbench: a spec, or why the cell cannot be
 * sent. Built in slices so the page stays responsive; an edit in between starts it over, so the requests never
 * mix two versions of the prompt. */
async function specsOf(runId: string, pairs: readonly CellPair[]): Promise<Array<RunSpec | string>> {
  for (let attempt = 0; ; attempt++) {
    const inputs = workbenchInputs();
    const specs: Array<RunSpec | string> = [];
    for (let i = 0; i < pairs.length; i += SPECS_PER_SLICE) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      specs.push(...(await specsOfSlice(runId, pairs.slice(i, i + SPECS_PER_SLICE))));
    }
    if (sameInputs(inputs, workbenchInputs()) || attempt >= SPEC_RESTARTS) return specs;
  }
}

function specsOfSlice(runId: string, pairs: readonly CellPair[]): Promise<Array<RunSpec | string>> {
  return Promise.all(
    pairs.map(async (pair) => {
      const problem = paneProblem(pair.pane.id, pair.pane.modelId);
      if (problem) return problem;
      const api = paneProvider(pair.pane.id).api;
      const spec = await paneRunSpec(pair.pane.id, {
        variables: pair.testCase.values,
        target: cellTarget(runId, pair.key),
        lane: laneOfEvaluation(api),
        retry: DEFAULT_RETRY_POLICY,
      });
      if (spec) return spec;
      return isMediaPane(pair.pane.id)
        ? 'This pane has an image or video model: the grid evaluates chat models. Generate with it in Compare.'
        : 'This pane could not build its request (its model changed or is not available).';
    }),
  );
}

function runPanes(specs: ReadonlyArray<RunSpec | string>, pairs: readonly CellPair[]): SuiteRunPane[] {
  const panes = useWorkbenchStore.getState().panes;
  return panes.map((pane, i) => {
    const spec = specs.find((s, j): s is RunSpec => typeof s !== 'string' && pairs[j]?.pane.id === pane.id);
    return {
      paneId: pane.id,
      title: `Pane ${i + 1} · ${pane.modelId || 'no model'}`,
      modelId: pane.modelId,
      provider: spec?.provider ?? paneProvider(pane.id).kind,
      pricing: spec?.pricing ?? null,
    };
  });
}

/** The shown run's cells this run does not send again, marked as carried. */
function carriedCells(run: SuiteRun, base: SuiteRun | undefined, sent: ReadonlySet<string>): Cell[] {
  if (!base) return [];
  const stored = useEvaluationStore.getState().cells[base.id] ?? {};
  const keys = new Set(run.cases.flatMap((c) => run.panes.map((p) => cellKey(c.id, p.paneId))));
  return Object.values(stored)
    .filter((cell) => keys.has(cell.key) && !sent.has(cell.key))
    .map((cell) => ({ ...cell, carried: true }));
}

/** Adds the run (dropping the oldest beyond the limit) with its first cells, and shows it. */
function addRun(run: SuiteRun, cells: readonly Cell[]): void {
  const s = useEvaluationStore.getState();
  const runs = [...s.runs, run];
  const dropped = runs.splice(0, Math.max(0, runs.length - MAX_RUNS_PER_SUITE)).map((r) => r.id);
  const kept = { ...s.cells };
  for (const id of dropped) delete kept[id];
  useEvaluationStore.setState({
    runs,
    cells: { ...kept, [run.id]: Object.fromEntries(cells.map((cell) => [cell.key, cell])) },
    activeRunId: run.id,
    shownRunId: null,
    compareRunId: null,
    notice: null,
  });
  deleteRuns(dropped);
  saveRun(run);
  saveCells(run.id, cells);
}

/** Ends the run: its record is written even when another suite is current by now. */
function endRun(run: SuiteRun, status: SuiteRun['status']): void {
  if (active?.run.id === run.id) active = null;
  const ended: SuiteRun = { ...run, status, endedAt: Date.now() };
  useEvaluationStore.setState((s) => ({
    runs: s.runs.map((other) => (other.id === run.id ? ended : other)),
    activeRunId: s.activeRunId === run.id ? null : s.activeRunId,
  }));
  saveRun(ended);
}

/** Starts a suite run of `scope`; resolves with its id, or null when there was nothing to run (the store's
 * `notice` says why). */
export async function startSuiteRun(scope: CellScope): Promise<string | null> {
  if (starting || active) return refuse('A run is going: stop it or wait until it ends.');
  starting = true;
  cancelled = false;
  try {
    await loadEvaluation();
    const s = useEvaluationStore.getState();
    const suite = selectCurrentSuite(s);
    const panes = useWorkbenchStore.getState().panes;
    const base = scope.kind === 'all' ? undefined : selectShownRun(s);
    if (base) await ensureRunCells(base.id);
    const shownCells = base ? (useEvaluationStore.getState().cells[base.id] ?? {}) : {};
    const pairs = scopePairs(scope, suite, panes, shownCells);
    if (pairs.length === 0) return refuse(nothingToRun(scope, suite, panes));

    const runId = newId('e');
    const specs = await specsOf(runId, pairs);
    if (cancelled) return refuse('Stopped before any request was sent.');
    // Taken after the requests were built, from the same workbench they were built from.
    const prompt = useWorkbenchStore.getState().conversation;
    const run: SuiteRun = {
      id: runId,
      suiteId: suite.id,
      createdAt: Date.now(),
      status: 'running',
      scope: scopeLabel(scope, suite, panes),
      prompt,
      panes: runPanes(specs, pairs),
      cases: suite.cases,
      checks: suite.checks,
      ...(base ? { carriedFrom: base.id } : {}),
    };
    const sent = pairs.map((pair, i) => {
      const spec = specs[i] ?? 'No request.';
      if (typeof spec !== 'string') return queuedCell(pair, spec);
      const cell = setupError(pair, spec);
      return { ...cell, checks: evaluateChecks(suite.checks, cell, pair.testCase) };
    });
    addRun(run, [...carriedCells(run, base, new Set(pairs.map((p) => p.key))), ...sent]);

    const toSend = specs.filter((spec): spec is RunSpec => typeof spec !== 'string');
    const keys = pairs.filter((_, i) => typeof specs[i] !== 'string').map((pair) => pair.key);
    const current = new ActiveSuiteRun(run, (status) => endRun(run, status));
    active = current;
    current.send(toSend, keys);
    return runId;
  } finally {
    starting = false;
  }
}

/** Stops the run going: finished cells stay, the others end stopped, and so does the run. */
export function stopSuiteRun(): void {
  if (starting) cancelled = true;
  active?.stop();
}

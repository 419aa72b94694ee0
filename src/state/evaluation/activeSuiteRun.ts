// A suite run while it goes: it watches the run store (a subscription, no React) for the records of its cells
// and of their judges, folds each change into the grid's cells, starts the judges of every cell that is done,
// and ends the run when everything settled. Finished records are dropped from the run store in batches (it
// must not hold 3,000 of them): the cell then holds all of it.
//
// The run's own `checks` snapshot decides every verdict. Checks edited after the run started do not change it:
// a run is an immutable record of what ran and how it was judged then (to judge again, run again).

import {
  type Cell,
  type Check,
  cellFromRun,
  evaluateChecks,
  type SuiteRun,
  type SuiteRunStatus,
  type TestCase,
} from '@/domain/evaluation';
import { isActive, type RunRecord } from '@/domain/run';
import { forgetTargets, type RunSpec, startRuns, useRunStore } from '@/state/runs';
import { useEvaluationStore } from './evaluationStore';
import { judgeSpec, newJudgement, settledJudgement } from './judges';
import { saveCells } from './persist';
import { judgeTarget } from './selectors';

/** What a watched record fills: a cell, or one judge of a cell. */
type Watched = { key: string; checkId?: string };

const DROP_DELAY_MS = 250;
/** Cells handed to the run layer at once: more than any lane runs together (at most 16), so a lane never waits
 * for the next cell, and few enough that the run store stays small. */
const SEND_WINDOW = 48;
const SYNC_MS = 150;
const SETTLED = new Set<Cell['status']>(['done', 'error', 'stopped']);

export class ActiveSuiteRun {
  private readonly watched = new Map<string, Watched>();
  /** Cells not handed to the run layer yet, in order. */
  private readonly pending: Array<{ spec: RunSpec; key: string }> = [];
  private cellsInFlight = 0;
  private readonly seen = new Map<string, RunRecord>();
  private readonly cases: Map<string, TestCase>;
  private readonly judges: Check[];
  private judgeStarts = 0;
  private readonly drop = new Set<string>();
  private dropTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly unsubscribe: () => void;
  private ended = false;
  private syncTimer: ReturnType<typeof setTimeout> | null = null;
  /** Whether the cells' records are known yet: the run store changes while startRuns adds them, before. */
  private started = false;

  constructor(
    readonly run: SuiteRun,
    private readonly onEnd: (status: SuiteRunStatus) => void,
  ) {
    this.cases = new Map(run.cases.map((c) => [c.id, c]));
    this.judges = run.checks.filter((check) => check.type === 'judge');
    this.unsubscribe = useRunStore.subscribe((s, previous) => {
      if (s.runs !== previous.runs) this.syncSoon();
    });
  }

  /** The run store changes with every start, end and streamed frame of every cell; the grid's cells are
   * brought up to date at most every SYNC_MS (a new cells object of a 3,000-cell run costs a few ms). A timer,
   * not an animation frame: a run in a background tab goes on. */
  private syncSoon(): void {
    if (this.syncTimer !== null || this.ended) return;
    this.syncTimer = setTimeout(() => {
      this.syncTimer = null;
      this.sync();
    }, SYNC_MS);
  }

  /** Sends the cells' requests (in the order of `keys`) and watches their records. They go to the run layer a
   * window at a time, refilled as cells settle: the scheduler still decides when each goes (the lane's limit,
   * rate-limit pauses), but the run store holds at most SEND_WINDOW queued records instead of 3,000, and every
   * streamed frame's copy of its records stays small. */
  send(specs: readonly RunSpec[], keys: readonly string[]): void {
    specs.forEach((spec, i) => {
      const key = keys[i];
      if (key !== undefined) this.pending.push({ spec, key });
    });
    this.started = true;
    this.feed();
    this.sync();
  }

  /** Hands the run layer more cells while fewer than SEND_WINDOW of them are there. */
  private feed(): void {
    const room = SEND_WINDOW - this.cellsInFlight;
    if (room <= 0 || this.pending.length === 0 || this.ended) return;
    const batch = this.pending.splice(0, room);
    this.cellsInFlight += batch.length;
    startRuns(batch.map((item) => item.spec)).forEach((id, i) => {
      const key = batch[i]?.key;
      if (key !== undefined) this.watched.set(id, { key });
    });
  }

  private cells(): Record<string, Cell> {
    return useEvaluationStore.getState().cells[this.run.id] ?? {};
  }

  private commit(changed: ReadonlyMap<string, Cell>): void {
    if (changed.size === 0) return;
    useEvaluationStore.setState((s) => ({
      cells: { ...s.cells, [this.run.id]: { ...s.cells[this.run.id], ...Object.fromEntries(changed) } },
    }));
    saveCells(
      this.run.id,
      [...changed.values()].filter((cell) => SETTLED.has(cell.status)),
    );
  }

  private sync(): void {
    if (this.ended || !this.started) return;
    const runs = useRunStore.getState().runs;
    const cells = this.cells();
    const changed = new Map<string, Cell>();
    const judgeNow: Cell[] = [];
    // Entries forgotten while iterating are simply not visited again (Map iteration allows deleting).
    for (const [id, what] of this.watched) {
      const record = Object.hasOwn(runs, id) ? runs[id] : undefined;
      if (record && this.seen.get(id) === record) continue;
      if (record) this.seen.set(id, record);
      const cell = changed.get(what.key) ?? cells[what.key];
      if (cell) {
        const next =
          what.checkId === undefined
            ? this.cellUpdate(cell, record)
            : this.judgeUpdate(cell, what.checkId, record);
        if (next !== cell) changed.set(what.key, next);
        if (what.checkId === undefined && next.status === 'done' && next !== cell && this.judges.length > 0)
          judgeNow.push(next);
      }
      if (!record || !isActive(record)) {
        if (what.checkId === undefined) this.cellsInFlight -= 1;
        this.forget(id, record?.target);
      }
    }
    this.commit(changed);
    for (const cell of judgeNow) void this.startJudges(cell);
    this.feed();
    if (this.watched.size === 0 && this.pending.length === 0 && this.judgeStarts === 0) this.end('done');
  }

  private testCase(cell: Cell): TestCase {
    return this.cases.get(cell.caseId) ?? { id: cell.caseId, values: {} };
  }

  /** A cell record's change. While it waits or streams only its status, sends and retry time are kept (the grid
   * reads the streaming text from the record); once settled, the whole cell, its checks and its judges. */
  private cellUpdate(cell: Cell, record: RunRecord | undefined): Cell {
    if (!record) return SETTLED.has(cell.status) ? cell : this.stopped(cell);
    const fresh = cellFromRun(record, cell.caseId, cell.paneId);
    if (cell.rating) fresh.rating = cell.rating;
    if (!SETTLED.has(fresh.status)) {
      const same =
        fresh.status === cell.status && fresh.attempts === cell.attempts && fresh.retryAt === cell.retryAt;
      return same ? cell : fresh;
    }
    const testCase = this.testCase(fresh);
    if (fresh.status === 'done' && this.judges.length > 0)
      fresh.judgements = this.judges.map((check) => newJudgement(check, fresh, testCase));
    // An error or a stop is checked too: each check then says there was no output to check.
    fresh.checks = evaluateChecks(this.run.checks, fresh, testCase);
    return fresh;
  }

  /** A cell ended by Stop (or whose record went): what it had streamed stays, with its checks. */
  private stopped(cell: Cell): Cell {
    const { retryAt: _at, retryReason: _why, ...rest } = cell;
    const stopped: Cell = { ...rest, status: 'stopped' };
    return { ...stopped, checks: evaluateChecks(this.run.checks, stopped, this.testCase(cell)) };
  }

  /** A judge record's change (`checkId` null: every judge of the cell still going, stopped). */
  private judgeUpdate(cell: Cell, checkId: string | null, record: RunRecord | undefined): Cell {
    if (record && isActive(record)) return cell;
    const judgements = (cell.judgements ?? []).map((j) =>
      (checkId !== null && j.checkId !== checkId) || j.status !== 'running' ? j : settledJudgement(j, record),
    );
    const next = { ...cell, judgements };
    return { ...next, checks: evaluateChecks(this.run.checks, next, this.testCase(next)) };
  }

  /** Sends the judge requests of a done cell (the ones that could be built). */
  private async startJudges(cell: Cell): Promise<void> {
    this.judgeStarts += 1;
    const specs: RunSpec[] = [];
    const checkIds: string[] = [];
    try {
      for (const judgement of cell.judgements ?? []) {
        const settings = this.judges.find((check) => check.id === judgement.checkId)?.judge;
        if (judgement.status !== 'running' || !settings) continue;
        specs.push(
          await judgeSpec(judgeTarget(this.run.id, cell.key, judgement.checkId), judgement, settings),
        );
        checkIds.push(judgement.checkId);
      }
      if (this.ended) return;
      startRuns(specs).forEach((id, i) => {
        this.watched.set(id, { key: cell.key, checkId: checkIds[i] });
      });
    } finally {
      // Counted until the judges are watched: the run store changes while startRuns adds them, and the run must
      // not look finished then.
      this.judgeStarts -= 1;
    }
    this.sync();
  }

  private forget(recordId: string, target: string | undefined): void {
    this.watched.delete(recordId);
    this.seen.delete(recordId);
    if (target === undefined) return;
    this.drop.add(target);
    this.dropTimer ??= setTimeout(() => this.dropFinished(), DROP_DELAY_MS);
  }

  private dropFinished(): void {
    if (this.dropTimer !== null) clearTimeout(this.dropTimer);
    this.dropTimer = null;
    if (this.drop.size === 0) return;
    const drop = new Set(this.drop);
    this.drop.clear();
    forgetTargets((target) => !drop.has(target));
  }

  private end(status: SuiteRunStatus): void {
    if (this.ended) return;
    this.ended = true;
    this.unsubscribe();
    if (this.syncTimer !== null) clearTimeout(this.syncTimer);
    this.dropFinished();
    this.onEnd(status);
  }

  /** Stops everything queued, waiting and running; finished cells stay, the others end stopped with what they
   * had streamed, and judges not answered yet end as errors. */
  stop(): void {
    if (this.ended) return;
    this.ended = true;
    this.unsubscribe();
    if (this.syncTimer !== null) clearTimeout(this.syncTimer);
    const runs = useRunStore.getState().runs;
    const cells = this.cells();
    const changed = new Map<string, Cell>();
    for (const [id, what] of this.watched) {
      const cell = changed.get(what.key) ?? cells[what.key];
      const record = Object.hasOwn(runs, id) ? runs[id] : undefined;
      if (!cell || what.checkId !== undefined || SETTLED.has(cell.status)) continue;
      const partial = record ? cellFromRun(record, cell.caseId, cell.paneId) : cell;
      changed.set(
        what.key,
        this.stopped(partial.rating || !cell.rating ? partial : { ...partial, rating: cell.rating }),
      );
    }
    for (const { key } of this.pending.splice(0)) {
      const cell = changed.get(key) ?? cells[key];
      if (cell && !SETTLED.has(cell.status)) changed.set(key, this.stopped(cell));
    }
    for (const cell of Object.values(cells)) {
      if (!cell.judgements?.some((j) => j.status === 'running')) continue;
      const current = changed.get(cell.key) ?? cell;
      changed.set(cell.key, this.judgeUpdate(current, null, undefined));
    }
    this.commit(changed);
    this.watched.clear();
    const runId = this.run.id;
    forgetTargets((t) => !t.startsWith(`eval:${runId}:`) && !t.startsWith(`judge:${runId}:`));
    if (this.dropTimer !== null) clearTimeout(this.dropTimer);
    this.drop.clear();
    this.onEnd('stopped');
  }
}

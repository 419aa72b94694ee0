// The one place runs start, wait and stop. `startRun` is used by every surface (the chat view, compare panes,
// sweeps, the evaluation grid with `startRuns`): it records the run, queues it in its lane and starts it when
// the lane has room. Concurrency limits, retries' waits, rate-limit pauses and cancellation live here and
// nowhere else.

import type { ApiConfig } from '@/lib/api';
import { ActiveRun, type RetryWait, type RunSpec } from './activeRun';
import { publishNow } from './framePublisher';
import { addRuns, publishRuns, removeTargets } from './runStore';

/** Browsers open at most six HTTP/1.1 connections per host: more concurrent streams to one server would wait in
 * the browser anyway, unseen. */
export const DEFAULT_LANE_LIMIT = 6;

/** An evaluation's runs go at most this many at once per provider unless the user sets otherwise: below the
 * browser's six, so the workbench's own panes still get through while a grid runs, and gentle on rate limits. */
export const DEFAULT_EVAL_CONCURRENCY = 4;

const EVAL_LANE_PREFIX = 'eval:';

/** The lane of an evaluation's runs (cells and judges) sent to `api`: one per endpoint, apart from the
 * workbench's own lane for it, with its own concurrency (settings keep it per lane). */
export function laneOfEvaluation(api: ApiConfig): string {
  return `${EVAL_LANE_PREFIX}${api.baseUrl}`;
}

interface Lane {
  limit: number;
  /** How many go at once now: the limit, halved by each 429 and grown back by one per `current` runs answered
   * (as TCP's congestion window), so a rate-limited server gets fewer requests at once instead of the same burst
   * after every pause. */
  current: number;
  /** Runs answered since `current` last grew. */
  answered: number;
  running: number;
  waiting: ActiveRun[];
  /** Set while a rate limit pauses the lane: no run starts until it fires. */
  pause: ReturnType<typeof setTimeout> | null;
  pausedUntil: number;
}

const active = new Map<string, ActiveRun>();
/** The active run of each target (a target has at most one: a new run stops the previous). */
const byTarget = new Map<string, ActiveRun>();
const lanes = new Map<string, Lane>();

function laneOf(key: string): Lane {
  let lane = lanes.get(key);
  if (!lane) {
    const limit = key.startsWith(EVAL_LANE_PREFIX) ? DEFAULT_EVAL_CONCURRENCY : DEFAULT_LANE_LIMIT;
    lane = { limit, current: limit, answered: 0, running: 0, waiting: [], pause: null, pausedUntil: 0 };
    lanes.set(key, lane);
  }
  return lane;
}

let counter = 0;
function newRunId(): string {
  // The counter keeps ids of a batch started within one millisecond apart without relying on chance alone.
  counter = (counter + 1) % 1_679_616;
  return `r${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

function forget(run: ActiveRun): void {
  active.delete(run.id);
  if (byTarget.get(run.spec.target) === run) byTarget.delete(run.spec.target);
}

function pump(key: string): void {
  const lane = laneOf(key);
  if (lane.pause !== null) return;
  while (lane.running < lane.current && lane.waiting.length > 0) {
    const run = lane.waiting.shift() as ActiveRun;
    if (run.settled) continue; // stopped while it waited
    lane.running += 1;
    void run.execute().then((wait) => {
      // Waiting for a retry, the run gives its slot back: others of the lane go on meanwhile.
      lane.running -= 1;
      if (wait && !run.settled) retryLater(key, run, wait);
      else {
        if (run.record.status === 'done') widen(lane);
        forget(run);
      }
      pump(key);
    });
  }
}

function retryLater(key: string, run: ActiveRun, wait: RetryWait): void {
  // The run's own timer is set before the lane's pause: at the same deadline it is back in the queue (at its
  // head, it was there first) when the pause ends.
  run.waitThen(wait.delayMs, () => {
    laneOf(key).waiting.unshift(run);
    pump(key);
  });
  if (wait.rateLimited) {
    const lane = laneOf(key);
    lane.current = Math.max(1, Math.ceil(lane.current / 2));
    lane.answered = 0;
    pauseLane(key, wait.delayMs);
  }
}

/** One more answered run: after `current` of them in a row, one more may go at once (up to the limit). */
function widen(lane: Lane): void {
  if (lane.current >= lane.limit) return;
  lane.answered += 1;
  if (lane.answered < lane.current) return;
  lane.current += 1;
  lane.answered = 0;
}

/** A 429 holds back every run of the lane for as long as the server asked: hammering a rate-limited server
 * only lengthens the limit. A later, longer pause extends an earlier one. */
function pauseLane(key: string, ms: number): void {
  const lane = laneOf(key);
  const until = performance.now() + ms;
  if (lane.pause !== null && until <= lane.pausedUntil) return;
  if (lane.pause !== null) clearTimeout(lane.pause);
  lane.pausedUntil = until;
  lane.pause = setTimeout(() => {
    lane.pause = null;
    pump(key);
  }, ms);
}

/** Starts a run for `spec.target` (stopping the target's previous run, if any) and returns its id. */
export function startRun(spec: RunSpec): string {
  return startRuns([spec])[0] as string;
}

/** Starts many runs (an evaluation grid's cells) with ONE store update for all their records, and returns
 * their ids in order. Each stops its target's previous run, as startRun does (within the batch too: the later
 * spec of a target wins). */
export function startRuns(specs: readonly RunSpec[]): string[] {
  const previous: string[] = [];
  for (const spec of specs) {
    const run = byTarget.get(spec.target);
    if (run) previous.push(run.id);
  }
  if (previous.length > 0) stopRuns(previous);
  const runs = specs.map((spec) => {
    const replaced = byTarget.get(spec.target);
    if (replaced) {
      replaced.stop(false); // from this very batch: its record goes into the store already stopped
      forget(replaced);
    }
    const run = new ActiveRun(spec, newRunId());
    active.set(run.id, run);
    byTarget.set(spec.target, run);
    return run;
  });
  addRuns(runs.map((run) => run.record));
  const keys = new Set<string>();
  for (const run of runs) {
    if (run.settled) continue;
    laneOf(run.lane).waiting.push(run);
    keys.add(run.lane);
  }
  for (const key of keys) pump(key);
  return runs.map((run) => run.id);
}

/** Stops runs: the queued and waiting ones end at once, all of them in one store update; the running ones are
 * aborted and end when their streams do. */
export function stopRuns(runIds: readonly string[]): void {
  const stopped: ActiveRun[] = [];
  const touched = new Set<Lane>();
  for (const id of runIds) {
    const run = active.get(id);
    if (!run) continue;
    run.stop(false);
    if (run.record.status !== 'running') {
      // It is not sending: nothing will settle it later.
      forget(run);
      stopped.push(run);
      touched.add(laneOf(run.lane));
    }
  }
  for (const lane of touched) lane.waiting = lane.waiting.filter((r) => !r.settled);
  if (stopped.length === 1) publishNow(stopped[0] as ActiveRun);
  else publishRuns(stopped.map((run) => run.record));
}

export function stopRun(runId: string): void {
  stopRuns([runId]);
}

export function stopTarget(target: string): void {
  const run = byTarget.get(target);
  if (run) stopRun(run.id);
}

export function stopAllRuns(): void {
  stopRuns([...active.keys()]);
}

/** How many runs of one lane may go at once (at least 1). */
export function setLaneLimit(lane: string, limit: number): void {
  const entry = laneOf(lane);
  entry.limit = Math.max(1, Math.floor(limit));
  // The user's new limit applies at once (a 429 may halve it again).
  entry.current = entry.limit;
  entry.answered = 0;
  pump(lane);
}

/** Stops and forgets the runs of every target `keep` rejects (a removed pane's answers go with it). */
export function forgetTargets(keep: (target: string) => boolean): void {
  stopRuns([...active.values()].filter((run) => !keep(run.spec.target)).map((run) => run.id));
  removeTargets(keep);
}

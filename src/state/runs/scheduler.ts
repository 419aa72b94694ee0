// The one place runs start, wait and stop. `startRun` is used by every surface (the chat view, compare panes,
// sweeps; later the evaluation grid): it records the run, queues it in its lane and starts it when the lane has
// room. Concurrency limits and cancellation live here and nowhere else.

import { ActiveRun, type RunSpec } from './activeRun';
import { addRun, removeTargets } from './runStore';

/** Browsers open at most six HTTP/1.1 connections per host: more concurrent streams to one server would wait in
 * the browser anyway, unseen. */
export const DEFAULT_LANE_LIMIT = 6;

interface Lane {
  limit: number;
  running: number;
  waiting: ActiveRun[];
}

const active = new Map<string, ActiveRun>();
const lanes = new Map<string, Lane>();

function laneOf(key: string): Lane {
  let lane = lanes.get(key);
  if (!lane) {
    lane = { limit: DEFAULT_LANE_LIMIT, running: 0, waiting: [] };
    lanes.set(key, lane);
  }
  return lane;
}

function newRunId(): string {
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function pump(key: string): void {
  const lane = laneOf(key);
  while (lane.running < lane.limit && lane.waiting.length > 0) {
    const run = lane.waiting.shift() as ActiveRun;
    if (run.settled) continue; // stopped while it waited
    lane.running += 1;
    void run.execute().finally(() => {
      lane.running -= 1;
      active.delete(run.id);
      pump(key);
    });
  }
}

/** Starts a run for `spec.target` (stopping the target's previous run, if any) and returns its id. */
export function startRun(spec: RunSpec): string {
  stopTarget(spec.target);
  const run = new ActiveRun(spec, newRunId());
  active.set(run.id, run);
  addRun(run.record);
  laneOf(run.lane).waiting.push(run);
  pump(run.lane);
  return run.id;
}

export function stopRun(runId: string): void {
  const run = active.get(runId);
  if (!run) return;
  run.stop();
  if (run.record.status !== 'running') {
    // It never started: nothing will settle it later.
    active.delete(runId);
    const lane = laneOf(run.lane);
    lane.waiting = lane.waiting.filter((r) => r !== run);
  }
}

export function stopTarget(target: string): void {
  for (const run of [...active.values()]) if (run.spec.target === target) stopRun(run.id);
}

export function stopAllRuns(): void {
  for (const id of [...active.keys()]) stopRun(id);
}

/** How many runs of one lane may go at once (at least 1). */
export function setLaneLimit(lane: string, limit: number): void {
  laneOf(lane).limit = Math.max(1, Math.floor(limit));
  pump(lane);
}

/** Stops and forgets the runs of every target `keep` rejects (a removed pane's answers go with it). */
export function forgetTargets(keep: (target: string) => boolean): void {
  for (const run of [...active.values()]) if (!keep(run.spec.target)) stopRun(run.id);
  removeTargets(keep);
}

// Streamed updates reach the store at most once per animation frame, for all runs together. React renders store
// updates (read with useSyncExternalStore) synchronously right after the callback that made them: one callback
// per run meant one full re-render per run per frame (six in a six-pane comparison); one store update per frame
// for all of them renders once.

import type { RunRecord } from '@/domain/run';
import { publishRuns } from './runStore';

/** Something whose current record is published: read when the frame comes, so the newest version goes out. */
export interface Publishable {
  readonly id: string;
  readonly record: RunRecord;
}

const due = new Map<string, Publishable>();
let frameRequested = false;

function nextFrame(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => fn());
  else setTimeout(fn, 16);
}

function flush(): void {
  frameRequested = false;
  const runs = [...due.values()].map((run) => run.record);
  due.clear();
  publishRuns(runs);
}

/** Publishes `run` with the next frame (together with every other run due then). */
export function publishNextFrame(run: Publishable): void {
  due.set(run.id, run);
  if (!frameRequested) {
    frameRequested = true;
    nextFrame(flush);
  }
}

/** Publishes `run` now: a start, an end or a failure is shown at once, not a frame later. */
export function publishNow(run: Publishable): void {
  due.delete(run.id);
  publishRuns([run.record]);
}

// Opening a share link replaces the workbench. The work it replaces is kept (in localStorage, so a reload
// keeps it too) until the user restores or dismisses it: a stranger's link can never silently cost the user
// their conversation.

import { useSyncExternalStore } from 'react';
import { paneTarget } from '@/domain/pane';
import type { RunRecord } from '@/domain/run';
import { isRecord } from '@/lib/json';
import { browserStorage } from '@/lib/storage';
import { adoptRuns, restoreRuns, selectLatestRun, useRunStore } from '@/state/runs';
import { readWorkbench } from './readWorkbench';
import { type OpenedComparison, useWorkbenchStore, type WorkbenchView } from './workbenchStore';

const KEY = 'yoke.replaced';

export interface ReplacedWork extends OpenedComparison {
  view: WorkbenchView;
  /** Each replaced pane's latest answer. */
  runs: RunRecord[];
  at: number;
}

const listeners = new Set<() => void>();
let cached: { text: string | null; work: ReplacedWork | null } = { text: null, work: null };

function read(): ReplacedWork | null {
  const text = browserStorage.getItem(KEY);
  if (text === cached.text) return cached.work;
  let work: ReplacedWork | null = null;
  try {
    const raw: unknown = text === null ? null : JSON.parse(text);
    if (isRecord(raw)) {
      const { stored, problems } = readWorkbench(raw);
      if (problems.length === 0 && stored.conversation && stored.panes) {
        const runs = restoreRuns({ runs: raw.runs ?? {}, history: raw.history ?? {} }, 1);
        work = {
          conversation: stored.conversation,
          stream: stored.stream === undefined ? true : stored.stream,
          panes: stored.panes,
          view: stored.view ?? 'chat',
          variables: stored.variables ?? {},
          runs: Object.values(runs.runs),
          at: typeof raw.at === 'number' ? raw.at : 0,
        };
      }
    }
  } catch {
    work = null;
  }
  cached = { text, work };
  return work;
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** A short account of the current work ("3 messages, 2 answers"), or null when there is nothing to lose. */
export function currentWorkSummary(): string | null {
  const { conversation, panes } = useWorkbenchStore.getState();
  const runs = useRunStore.getState();
  const messages = conversation.turns.filter((t) => t.text.trim() !== '' || t.images.length > 0).length;
  const answers = panes.filter((p) => selectLatestRun(paneTarget(p.id))(runs)).length;
  const parts = [
    conversation.system.trim() !== '' ? 'a system prompt' : null,
    messages > 0 ? `${messages} message${messages === 1 ? '' : 's'}` : null,
    answers > 0 ? `${answers} answer${answers === 1 ? '' : 's'}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Keeps the current work, then opens `comparison` in its place. */
export function openReplacingWork(comparison: OpenedComparison): void {
  if (currentWorkSummary() !== null) {
    const { conversation, stream, view, panes, variables } = useWorkbenchStore.getState();
    const runs = useRunStore.getState();
    const latest = panes.flatMap((p) => {
      const run = selectLatestRun(paneTarget(p.id))(runs);
      return run ? [run] : [];
    });
    const kept = {
      at: Date.now(),
      conversation,
      stream,
      view,
      panes,
      variables,
      runs: Object.fromEntries(latest.map((r) => [r.id, r])),
      history: Object.fromEntries(latest.map((r) => [r.target, [r.id]])),
    };
    browserStorage.setItem(KEY, JSON.stringify(kept));
  }
  useWorkbenchStore.getState().openComparison(comparison);
  changed();
}

/** Puts the kept work back (and forgets it). */
export function restoreReplacedWork(): void {
  const work = read();
  if (!work) return;
  useWorkbenchStore.setState({
    conversation: work.conversation,
    stream: work.stream,
    view: work.view,
    panes: work.panes,
    variables: work.variables ?? {},
  });
  adoptRuns(work.runs);
  forgetReplacedWork();
}

export function forgetReplacedWork(): void {
  browserStorage.removeItem(KEY);
  changed();
}

export function useReplacedWork(): ReplacedWork | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => null,
  );
}

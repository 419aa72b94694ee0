import { useEffect, useState } from 'react';
import type { Cell } from '@/domain/evaluation';
import { useEvaluationStore } from '@/state/evaluation';

type Cells = Record<string, Cell> | undefined;

const cellsOf = (runId: string | null): Cells =>
  runId ? useEvaluationStore.getState().cells[runId] : undefined;

/**
 * A run's cells for views that sum them all up (progress, column figures): at most one update per `intervalMs`.
 * While a 3,000-cell run fills, its cells object is replaced every few dozen ms; working out progress and six
 * figures over every cell that often is most of the page's script time, and nobody reads a figure that changes
 * twenty times a second. The last change always arrives (a trailing update), so the final figures are exact.
 */
export function useRunCells(runId: string | null, intervalMs = 500): Cells {
  const [cells, setCells] = useState<Cells>(() => cellsOf(runId));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let shownAt = 0;
    const show = () => {
      timer = null;
      shownAt = performance.now();
      setCells(cellsOf(runId));
    };
    show();
    const unsubscribe = useEvaluationStore.subscribe((s, previous) => {
      if (!runId || s.cells[runId] === previous.cells[runId] || timer !== null) return;
      timer = setTimeout(show, Math.max(0, shownAt + intervalMs - performance.now()));
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [runId, intervalMs]);
  return cells;
}

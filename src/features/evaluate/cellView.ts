// What a grid cell says about where it stands, from the stored cell and (while it runs) the live run record.

import type { Cell } from '@/domain/evaluation';
import type { RunRecord } from '@/domain/run';
import { retryText } from './format';

export type CellPhase = 'empty' | 'queued' | 'running' | 'retrying' | 'done' | 'error' | 'stopped';

export interface CellView {
  phase: CellPhase;
  /** The status line ("Queued", "Running…", "Retrying in 2 s (attempt 2 of 6)", "Error 500: …"). */
  status: string;
  /** The text to show: the live stream while it runs, the stored output after. */
  text: string;
  /** When a countdown is shown: when it ends (the cell re-renders each second until then). */
  retryAt?: number;
}

export function cellView(cell: Cell | undefined, live: RunRecord | undefined, now: number): CellView {
  if (!cell) return { phase: 'empty', status: 'Not run', text: '' };
  // The live record knows more than the cell while it is in the run store (retry attempt numbers, streamed text).
  if (live?.retry && live.status === 'queued') {
    const { at, attempt, maxAttempts, rateLimited } = live.retry;
    const status = retryText(at, now, attempt, maxAttempts, rateLimited === true);
    return { phase: 'retrying', status, text: '', retryAt: at };
  }
  switch (cell.status) {
    case 'retrying': {
      const at = cell.retryAt ?? now;
      const status = `Retrying in ${Math.max(0, Math.ceil((at - now) / 1000))} s (attempt ${cell.attempts + 1})`;
      return {
        phase: 'retrying',
        status: cell.retryReason ? `${status} · ${cell.retryReason}` : status,
        text: '',
        retryAt: at,
      };
    }
    case 'queued':
      return { phase: 'queued', status: 'Queued', text: '' };
    case 'running':
      return { phase: 'running', status: 'Running…', text: live?.choices[0] ?? cell.output };
    case 'error': {
      const e = cell.error;
      const base = e ? `Error${e.status ? ` ${e.status}` : ''}: ${e.message}` : 'Error';
      const status = cell.attempts > 1 ? `${base} (after ${cell.attempts} attempts)` : base;
      return { phase: 'error', status, text: cell.output };
    }
    case 'stopped':
      return { phase: 'stopped', status: 'Stopped', text: cell.output };
    default:
      return {
        phase: 'done',
        status: cell.carried ? 'Done (carried from the run before)' : 'Done',
        text: cell.output,
      };
  }
}

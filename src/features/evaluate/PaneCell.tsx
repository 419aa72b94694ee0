import { memo, useState } from 'react';
import { type Cell, type Check, cellKey } from '@/domain/evaluation';
import { selectCell, startSuiteRun, useEvaluationStore, useLiveCell } from '@/state/evaluation';
import { Button } from '@/ui';
import { CellChecks } from './CellChecks';
import { CellRatingControls } from './CellRatingControls';
import { type CellPhase, cellView } from './cellView';
import { dollarsText, foldText, latencyText } from './format';
import { useTicker } from './useTicker';

const PHASE_TONE: Record<CellPhase, string> = {
  empty: 'text-slate-500',
  queued: 'text-slate-500',
  running: 'text-brand-700',
  retrying: 'text-amber-800',
  done: 'text-slate-600',
  error: 'text-rose-800',
  stopped: 'text-slate-600',
};

interface PaneCellProps {
  runId: string | null;
  caseId: string;
  paneId: string;
  caseNumber: number;
  paneNumber: number;
  /** The checks of the shown run (a run is judged by the checks it was run with). */
  checks: readonly Check[];
  /** The pane is still in the workbench (a removed pane's old cells cannot be run again). */
  runnable: boolean;
  busy: boolean;
}

/** One case × pane: where it stands, the answer (folded when long), its figures, checks and the user's rating. */
export const PaneCell = memo(function PaneCell(props: PaneCellProps) {
  const { runId, caseId, paneId, caseNumber, paneNumber } = props;
  const key = cellKey(caseId, paneId);
  const cell = useEvaluationStore(selectCell(runId ?? '', key));
  const live = useLiveCell(runId ?? '', key);
  const ticking = cell?.status === 'retrying' || (live?.status === 'queued' && live.retry !== undefined);
  const now = useTicker(ticking);
  const view = cellView(cell, live, now);
  const name = `Case ${caseNumber} · Pane ${paneNumber}`;
  return (
    <section
      aria-label={name}
      aria-busy={view.phase === 'running' || view.phase === 'queued' || view.phase === 'retrying'}
      // With a run shown, every cell keeps the height of a done one-line answer from queued to done: a row that
      // grew twice per cell as 3,000 cells filled re-measured and re-laid the whole grid each time (issue 14).
      className={`flex min-w-0 flex-col gap-1 text-sm ${runId ? 'min-h-[5.875rem]' : ''}`}
    >
      <div className="flex items-center gap-2">
        <p
          className={`min-w-0 flex-1 truncate text-xs font-medium ${PHASE_TONE[view.phase]}`}
          title={view.status}
        >
          {view.status}
        </p>
        <Button
          size="sm"
          variant="ghost"
          disabled={!props.runnable || props.busy}
          aria-label={`Run cell ${name}`}
          onClick={() => void startSuiteRun({ kind: 'cell', caseId, paneId })}
        >
          Run cell
        </Button>
      </div>
      {view.text && <CellOutput text={view.text} />}
      {cell && cell.status === 'done' && <CellFigures cell={cell} />}
      {cell && runId && (
        <>
          <CellChecks cell={cell} checks={props.checks} />
          {/* Keyed by run: the note box starts from the shown run's note when another run is shown. */}
          <CellRatingControls key={runId} runId={runId} cell={cell} name={name} />
        </>
      )}
    </section>
  );
});

function CellOutput({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  const { shown, folded } = foldText(text);
  return (
    <div>
      <p className="whitespace-pre-wrap break-words text-slate-900">{open ? text : shown}</p>
      {folded && (
        <Button size="sm" variant="ghost" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Show less' : 'Show all'}
        </Button>
      )}
    </div>
  );
}

function CellFigures({ cell }: { cell: Cell }) {
  const tokens =
    cell.promptTokens === null && cell.completionTokens === null
      ? '—'
      : `${cell.promptTokens ?? '?'} → ${cell.completionTokens ?? '?'}`;
  return (
    <dl className="flex flex-wrap gap-x-3 text-xs text-slate-600">
      <div className="flex gap-1">
        <dt>Latency</dt>
        <dd className="font-mono">{latencyText(cell.latencyMs)}</dd>
      </div>
      <div className="flex gap-1">
        <dt>Tokens</dt>
        <dd className="font-mono">{tokens}</dd>
      </div>
      <div className="flex gap-1">
        <dt>Cost</dt>
        <dd className="font-mono">{dollarsText(cell.cost)}</dd>
      </div>
      {cell.attempts > 1 && (
        <div className="flex gap-1">
          <dt>Attempts</dt>
          <dd className="font-mono">{cell.attempts}</dd>
        </div>
      )}
    </dl>
  );
}

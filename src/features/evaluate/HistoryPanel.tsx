import { useMemo } from 'react';
import { diffRuns, type RowChange, type SuiteRun } from '@/domain/evaluation';
import {
  selectCompareRun,
  selectShownRun,
  setCompareRun,
  showSuiteRun,
  useEvaluationStore,
} from '@/state/evaluation';
import { runLabel } from './runLabel';

const FIELD = 'rounded border border-slate-300 bg-white px-1.5 py-1 text-sm';

/** Two runs of the suite and the rows whose outcome changed between them (pass → fail first). */
export function HistoryPanel() {
  const runs = useEvaluationStore((s) => s.runs);
  const shown = useEvaluationStore(selectShownRun);
  const compare = useEvaluationStore(selectCompareRun);
  const shownRunId = useEvaluationStore((s) => s.shownRunId);
  const compareRunId = useEvaluationStore((s) => s.compareRunId);
  if (runs.length === 0) return null;
  const numbered = runs.map((run, i) => ({ run, number: i + 1 })).reverse();
  return (
    <section aria-labelledby="eval-history-title" className="flex flex-col gap-2">
      <h2 id="eval-history-title" className="text-sm font-semibold">
        History
      </h2>
      <div className="flex flex-wrap gap-3">
        <label className="flex flex-col gap-0.5 text-xs">
          <span>Shown run</span>
          <select
            value={shownRunId ?? ''}
            onChange={(e) => showSuiteRun(e.target.value || null)}
            className={FIELD}
          >
            <option value="">The latest</option>
            {numbered.map(({ run, number }) => (
              <option key={run.id} value={run.id}>
                {runLabel(run, number)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-0.5 text-xs">
          <span>Compare with run</span>
          <select
            value={compareRunId ?? ''}
            onChange={(e) => setCompareRun(e.target.value || null)}
            className={FIELD}
          >
            <option value="">The run before the shown one</option>
            {numbered
              .filter(({ run }) => run.id !== shown?.id)
              .map(({ run, number }) => (
                <option key={run.id} value={run.id}>
                  {runLabel(run, number)}
                </option>
              ))}
          </select>
        </label>
      </div>
      {shown && compare ? (
        <Changes before={compare} after={shown} />
      ) : (
        <p className="text-xs text-slate-500">Run the suite again to see what changed.</p>
      )}
    </section>
  );
}

function Changes({ before, after }: { before: SuiteRun; after: SuiteRun }) {
  const beforeCells = useEvaluationStore((s) => s.cells[before.id]);
  const afterCells = useEvaluationStore((s) => s.cells[after.id]);
  const changes = useMemo(
    () =>
      beforeCells && afterCells
        ? diffRuns({ run: before, cells: beforeCells }, { run: after, cells: afterCells })
        : null,
    [before, after, beforeCells, afterCells],
  );
  if (changes === null) return <p className="text-xs text-slate-500">Loading the runs…</p>;
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-xs font-semibold text-slate-700">
        {changes.length === 0
          ? 'No cell changed outcome'
          : `${changes.length} cell${changes.length === 1 ? '' : 's'} changed outcome`}
      </h3>
      {changes.length > 0 && (
        <ul aria-label="Changes" className="flex max-h-56 flex-col gap-1 overflow-auto">
          {changes.map((change) => (
            <ChangeItem key={`${change.caseId}|${change.paneId}`} change={change} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ChangeItem({ change }: { change: RowChange }) {
  const worse = change.direction === 'worse';
  return (
    <li className="rounded border border-slate-200 bg-white p-2 text-xs">
      <p className="font-semibold">
        Case {change.caseNumber} · Pane {change.paneNumber}:{' '}
        <span className={worse ? 'text-rose-800' : change.direction === 'better' ? 'text-emerald-800' : ''}>
          {change.before} → {change.after}
        </span>
        {worse && <span className="ml-1 rounded bg-rose-100 px-1 font-normal text-rose-900">worse</span>}
      </p>
      {change.diff ? (
        <p className="mt-1 whitespace-pre-wrap break-words">
          {change.diff.parts.map((part, i) =>
            part.kind === 'ins' ? (
              <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
                {part.text}
              </ins>
            ) : part.kind === 'del' ? (
              <del key={i} className="bg-rose-100 text-rose-900">
                {part.text}
              </del>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </p>
      ) : (
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          <p className="whitespace-pre-wrap break-words">
            <span className="font-semibold">Before: </span>
            {change.beforeOutput}
          </p>
          <p className="whitespace-pre-wrap break-words">
            <span className="font-semibold">After: </span>
            {change.afterOutput}
          </p>
        </div>
      )}
    </li>
  );
}

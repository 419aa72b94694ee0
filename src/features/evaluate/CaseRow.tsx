import { memo, type Ref, useState } from 'react';
import type { Check, TestCase } from '@/domain/evaluation';
import { deleteCase, duplicateCase, updateCaseValue } from '@/state/evaluation';
import { AriaCell, AriaRow } from './aria';
import type { CaseColumn, GridPane } from './gridColumns';
import { PaneCell } from './PaneCell';

interface CaseRowProps {
  ref: Ref<HTMLDivElement>;
  dataIndex: number;
  top: number;
  rowIndex: number;
  number: number;
  testCase: TestCase;
  columns: readonly CaseColumn[];
  panes: readonly GridPane[];
  template: string;
  runId: string | null;
  checks: readonly Check[];
  selected: boolean;
  onSelect: (caseId: string, selected: boolean) => void;
  busy: boolean;
}

/** One case: its number (select box, row menu), a textbox per column, a cell per pane. Memoised: a keystroke in
 * one case re-renders that row only. */
export const CaseRow = memo(function CaseRow(props: CaseRowProps) {
  const { testCase, number } = props;
  return (
    <AriaRow
      ref={props.ref}
      data-index={props.dataIndex}
      aria-rowindex={props.rowIndex}
      aria-selected={props.selected}
      className="absolute top-0 left-0 grid w-full border-b border-slate-100"
      style={{ gridTemplateColumns: props.template, transform: `translateY(${props.top}px)` }}
    >
      <AriaCell className="flex flex-col items-start gap-1 px-2 py-2">
        <label className="flex items-center gap-1 text-xs font-semibold text-slate-700">
          <input
            type="checkbox"
            aria-label={`Select case ${number}`}
            checked={props.selected}
            onChange={(e) => props.onSelect(testCase.id, e.target.checked)}
          />
          <span aria-hidden>{number}</span>
        </label>
        <RowMenu caseId={testCase.id} number={number} />
      </AriaCell>
      {props.columns.map((column) => (
        <AriaCell key={column.name} className="px-1 py-1.5">
          <textarea
            aria-label={`${column.name} for case ${number}`}
            value={testCase.values[column.name] ?? ''}
            onChange={(e) => updateCaseValue(testCase.id, column.name, e.target.value)}
            rows={2}
            className="w-full resize-y rounded border border-slate-300 bg-white px-1.5 py-1 text-sm"
          />
        </AriaCell>
      ))}
      {props.panes.map((pane) => (
        <AriaCell key={pane.paneId} className="border-l border-slate-100 px-2 py-1.5">
          <PaneCell
            runId={props.runId}
            caseId={testCase.id}
            paneId={pane.paneId}
            caseNumber={number}
            paneNumber={pane.number}
            checks={props.checks}
            runnable={!pane.removed}
            busy={props.busy}
          />
        </AriaCell>
      ))}
    </AriaRow>
  );
});

function RowMenu({ caseId, number }: { caseId: string; number: number }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Actions for case ${number}`}
        onClick={() => setOpen(!open)}
        className="rounded px-1.5 text-xs text-slate-600 hover:bg-slate-100"
      >
        <span aria-hidden>⋯</span>
      </button>
      {open && (
        <div
          role="menu"
          aria-label={`Case ${number}`}
          className="absolute z-20 mt-1 flex flex-col rounded-md border border-slate-200 bg-white py-1 shadow-lg"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <button
            type="button"
            role="menuitem"
            className="px-3 py-1 text-left text-sm hover:bg-slate-100"
            onClick={() => {
              setOpen(false);
              duplicateCase(caseId);
            }}
          >
            Duplicate
          </button>
          <button
            type="button"
            role="menuitem"
            className="px-3 py-1 text-left text-sm text-rose-800 hover:bg-slate-100"
            onClick={() => {
              setOpen(false);
              deleteCase(caseId);
            }}
          >
            Delete
          </button>
        </div>
      )}
    </div>
  );
}

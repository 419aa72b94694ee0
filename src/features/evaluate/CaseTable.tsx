import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Check, TestCase } from '@/domain/evaluation';
import { AriaColumnHeader, AriaRow, AriaRowGroup, AriaTable } from './aria';
import { CaseRow } from './CaseRow';
import type { CaseColumn, GridPane } from './gridColumns';
import { StatsRow } from './StatsRow';

export interface CaseTableProps {
  cases: readonly TestCase[];
  columns: readonly CaseColumn[];
  panes: readonly GridPane[];
  runId: string | null;
  checks: readonly Check[];
  selected: ReadonlySet<string>;
  onSelect: (caseId: string, selected: boolean) => void;
  busy: boolean;
}

/** Header rows before the first case: the column names, then the column figures. */
const HEADER_ROWS = 2;

/** A row's height while a run is shown (PaneCell reserves 5.875rem, plus the cell's padding and the row's border),
 * and before any run (the case's two-line textboxes). */
const ROW_WITH_RUN_PX = 107;
const ROW_PX = 68;

/** The grid's column widths: the case number, one per suite column, one per pane (wider: answers). */
export function gridTemplate(columns: number, panes: number): string {
  return `6.5rem repeat(${columns}, minmax(9rem, 13rem)) repeat(${panes}, minmax(17rem, 22rem))`;
}

/**
 * The test cases × panes, as an ARIA table of divs (a real <table> cannot hold rows placed by transform). Only the
 * rows in view are in the DOM (@tanstack/react-virtual): a suite of 1,000 cases × 3 panes scrolls like ten.
 * aria-rowcount / aria-rowindex say where each rendered row sits in the whole table.
 */
export function CaseTable(props: CaseTableProps) {
  const { cases, columns, panes } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count: cases.length,
    getScrollElement: () => scroller.current,
    // What a row measures (status, one-line answer, figures, rating; or the case's textboxes before any run), so
    // rows scrolled into view for the first time do not move the ones below or the scroll position.
    estimateSize: () => (props.runId ? ROW_WITH_RUN_PX : ROW_PX),
    overscan: 4,
    getItemKey: (index) => cases[index]?.id ?? index,
  });
  const template = gridTemplate(columns.length, panes.length);
  return (
    <div
      ref={scroller}
      // On a phone the page scrolls to the table, which then fills most of the screen; on a wide screen it takes the
      // height left under the panels.
      className="min-h-[75vh] flex-1 overflow-auto rounded-md border border-slate-200 bg-white lg:min-h-[16rem]"
    >
      <AriaTable
        aria-label="Test cases"
        aria-rowcount={cases.length + HEADER_ROWS}
        aria-colcount={1 + columns.length + panes.length}
        className="min-w-max text-sm"
      >
        <AriaRowGroup className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50">
          <AriaRow aria-rowindex={1} className="grid" style={{ gridTemplateColumns: template }}>
            <AriaColumnHeader className="px-2 py-1.5 text-xs font-semibold text-slate-600">
              Case
            </AriaColumnHeader>
            {columns.map((column) => (
              <AriaColumnHeader key={column.name} className="px-2 py-1.5 text-xs font-semibold">
                <span className="font-mono">{column.name}</span>
                {column.kind === 'extra' && (
                  <span className="ml-1 rounded bg-amber-100 px-1 font-normal text-amber-900">
                    not in the prompt
                  </span>
                )}
              </AriaColumnHeader>
            ))}
            {panes.map((pane) => (
              <AriaColumnHeader
                key={pane.paneId}
                className="px-2 py-1.5 text-xs font-semibold"
                title={pane.title}
              >
                Pane {pane.number} · {pane.title}
                {pane.removed && <span className="ml-1 font-normal text-slate-500">(removed)</span>}
              </AriaColumnHeader>
            ))}
          </AriaRow>
          <StatsRow
            rowIndex={2}
            template={template}
            columnCount={columns.length}
            panes={panes}
            runId={props.runId}
          />
        </AriaRowGroup>
        <AriaRowGroup className="relative" style={{ height: rows.getTotalSize() }}>
          {rows.getVirtualItems().map((item) => {
            const testCase = cases[item.index];
            if (!testCase) return null;
            return (
              <CaseRow
                key={item.key}
                ref={rows.measureElement}
                dataIndex={item.index}
                top={item.start}
                rowIndex={item.index + 1 + HEADER_ROWS}
                number={item.index + 1}
                testCase={testCase}
                columns={columns}
                panes={panes}
                template={template}
                runId={props.runId}
                checks={props.checks}
                selected={props.selected.has(testCase.id)}
                onSelect={props.onSelect}
                busy={props.busy}
              />
            );
          })}
        </AriaRowGroup>
      </AriaTable>
    </div>
  );
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import { conversationVariables } from '@/domain/variables';
import {
  addCase,
  addColumn,
  loadEvaluation,
  selectCurrentSuite,
  selectShownRun,
  useEvaluationStore,
} from '@/state/evaluation';
import { selectConversation, useWorkbenchStore } from '@/state/workbench';
import { Button, Notice } from '@/ui';
import { CaseTable } from './CaseTable';
import { ChecksPanel } from './ChecksPanel';
import { Concurrency } from './Concurrency';
import { EvalProgress } from './EvalProgress';
import { ExportButtons } from './ExportButtons';
import { caseColumns, gridPanes, isBlankCase } from './gridColumns';
import { HistoryPanel } from './HistoryPanel';
import { ImportCases, type ImportResult } from './ImportCases';
import { PasteCases } from './PasteCases';
import { RunButtons } from './RunButtons';

export interface EvaluateViewProps {
  /** The workbench's panes in order, titled as Compare titles them (the app computes the titles). */
  panes: ReadonlyArray<{ id: string; title: string }>;
  /** Controls the app puts in the toolbar (the concurrency of the provider). */
  toolbarExtra?: React.ReactNode;
}

/** The Evaluate screen: the cases × panes grid, its toolbar, the checks and the history of runs. */
export function EvaluateView({ panes, toolbarExtra }: EvaluateViewProps) {
  useEffect(() => {
    void loadEvaluation();
  }, []);
  const ready = useEvaluationStore((s) => s.ready);
  const storageProblem = useEvaluationStore((s) => s.storageProblem);
  const suite = useEvaluationStore(selectCurrentSuite);
  const run = useEvaluationStore(selectShownRun);
  const active = useEvaluationStore((s) => s.activeRunId !== null);
  const hasRuns = useEvaluationStore((s) => s.runs.length > 0);
  const conversation = useWorkbenchStore(selectConversation);
  const variables = useMemo(() => conversationVariables(conversation), [conversation]);
  const { columns, missing } = useMemo(
    () => caseColumns(suite.columns, variables),
    [suite.columns, variables],
  );
  const grid = useMemo(() => gridPanes(panes, run), [panes, run]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [imported, setImported] = useState<ImportResult | null>(null);
  const onSelect = useCallback((caseId: string, on: boolean) => {
    setSelected((before) => {
      const next = new Set(before);
      if (on) next.add(caseId);
      else next.delete(caseId);
      return next;
    });
  }, []);
  // Selected cases that were deleted since are not selected any more.
  const selectedIds = useMemo(
    () => suite.cases.filter((c) => selected.has(c.id)).map((c) => c.id),
    [suite.cases, selected],
  );

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto p-3">
      {storageProblem && <Notice tone="warning">{storageProblem}</Notice>}
      <p className="text-xs text-slate-600">
        {variables.length > 0 ? (
          <>
            Variables in the prompt:{' '}
            {variables.map((v) => (
              <code key={v} className="mr-1 rounded bg-slate-100 px-1 font-mono text-slate-800">
                {`{{${v}}}`}
              </code>
            ))}
          </>
        ) : (
          'The prompt has no {{variables}} yet.'
        )}{' '}
        The prompt and the panes are edited in Chat and Compare; each case fills the variables.
      </p>
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Evaluation">
        <Button onClick={() => addCase()}>Add case</Button>
        <ImportCases onResult={setImported} />
        <PasteCases onResult={setImported} />
        <span className="mx-1 hidden h-6 w-px bg-slate-200 sm:block" aria-hidden />
        <RunButtons
          selected={selectedIds}
          active={active}
          hasCases={suite.cases.length > 0}
          hasRun={run !== undefined}
        />
        <Concurrency />
        {toolbarExtra}
        <EvalProgress runId={run?.id ?? null} active={active} />
      </div>
      {imported && (
        <Notice tone={imported.tone}>
          {imported.text}
          {imported.warnings.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {imported.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      {missing.length > 0 && (
        <Notice tone="warning">
          <p>
            The prompt uses {missing.map((m) => `{{${m}}}`).join(', ')}, which no column of the table fills:
            those are sent empty.
          </p>
          <div className="mt-1 flex flex-wrap gap-2">
            {missing.map((name) => (
              <Button key={name} size="sm" aria-label={`Add column ${name}`} onClick={() => addColumn(name)}>
                Add column <span className="font-mono">{name}</span>
              </Button>
            ))}
          </div>
        </Notice>
      )}
      {ready && !hasRuns && suite.cases.every(isBlankCase) && (
        <EmptyState hasVariables={variables.length > 0} />
      )}
      <div className="grid gap-3 lg:grid-cols-2">
        <ChecksPanel checks={suite.checks} />
        <HistoryPanel />
      </div>
      <CaseTable
        cases={suite.cases}
        columns={columns}
        panes={grid}
        runId={run?.id ?? null}
        checks={run?.checks ?? suite.checks}
        selected={selected}
        onSelect={onSelect}
        busy={active}
      />
      <ExportButtons />
    </div>
  );
}

function EmptyState({ hasVariables }: { hasVariables: boolean }) {
  return (
    <section
      aria-label="About Evaluate"
      className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm"
    >
      <p className="font-semibold">Write {'{{variables}}'} in the prompt, add cases, run.</p>
      <p className="mt-1 text-slate-600">
        Each case fills the prompt's {'{{variables}}'} (a column each) and runs on every pane, side by side.
        Checks mark each answer pass or fail, the figures show which pane did best, and every run is kept so
        you can see which rows got worse after a prompt edit. Write {'\\{{'} for a literal {'{{'}.
        {!hasVariables &&
          ' The prompt has no variables yet: add one in Chat or Compare, e.g. "What is the capital of {{country}}?".'}
      </p>
    </section>
  );
}

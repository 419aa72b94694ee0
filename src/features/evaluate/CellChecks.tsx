import type { Cell, CellJudgement, Check, CheckResult } from '@/domain/evaluation';
import { checkLabel } from './checkLabels';

const VERDICT: Record<'pass' | 'fail' | 'pending', { text: string; tone: string }> = {
  pass: { text: 'Pass', tone: 'border-emerald-300 bg-emerald-50 text-emerald-900' },
  fail: { text: 'Fail', tone: 'border-rose-300 bg-rose-50 text-rose-900' },
  pending: { text: 'Pending', tone: 'border-slate-300 bg-slate-50 text-slate-700' },
};

function verdictOf(result: CheckResult): 'pass' | 'fail' | 'pending' {
  return result.pass === null ? 'pending' : result.pass ? 'pass' : 'fail';
}

/** A badge per check: its verdict as a word (not colour alone) and the detail as text. */
export function CellChecks({ cell, checks }: { cell: Cell; checks: readonly Check[] }) {
  if (cell.checks.length === 0) return null;
  return (
    <ul aria-label="Checks" className="flex flex-col gap-1">
      {cell.checks.map((result) => {
        const check = checks.find((c) => c.id === result.checkId);
        const verdict = VERDICT[verdictOf(result)];
        const judgement = cell.judgements?.find((j) => j.checkId === result.checkId);
        return (
          <li key={result.checkId} className={`rounded border px-1.5 py-0.5 text-xs ${verdict.tone}`}>
            <span className="font-semibold">{verdict.text}</span>{' '}
            <span>{check ? checkLabel(check) : 'check'}</span>
            {result.score !== undefined && <span> · score {result.score}</span>}
            {result.detail && <span className="block break-words opacity-90">{result.detail}</span>}
            {judgement && <JudgeDetails judgement={judgement} />}
          </li>
        );
      })}
    </ul>
  );
}

/** The judge's exact request and answer, like any other request: folded until asked for. */
function JudgeDetails({ judgement }: { judgement: CellJudgement }) {
  return (
    <details className="mt-0.5">
      <summary className="cursor-pointer">Judge request and answer</summary>
      <p className="mt-1 font-semibold">Request</p>
      <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-1 font-mono text-[11px] text-slate-800">
        {JSON.stringify(judgement.request, null, 2)}
      </pre>
      <p className="mt-1 font-semibold">Answer ({judgement.status})</p>
      <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-1 font-mono text-[11px] text-slate-800">
        {judgement.error ?? judgement.output}
      </pre>
    </details>
  );
}

import type { ConnectionReport } from '@/lib/api';
import { Button } from '@/ui';

const TITLE_TONE: Record<'ok' | 'warning' | 'error', string> = {
  ok: 'text-emerald-800',
  warning: 'text-amber-800',
  error: 'text-rose-800',
};

function toneOf(report: ConnectionReport): keyof typeof TITLE_TONE {
  if (report.kind === 'ok') return 'ok';
  // A server without /models still works: the user types the model id.
  return report.kind === 'no-models' ? 'warning' : 'error';
}

interface ConnectionStatusProps {
  onTest: () => void;
  pending: boolean;
  report: ConnectionReport | undefined;
  /** Where the test goes, named while it runs. */
  target: string;
}

/** The "Test connection" button and its result, announced in a live region as it arrives. */
export function ConnectionStatus({ onTest, pending, report, target }: ConnectionStatusProps) {
  return (
    <div className="space-y-2">
      <Button onClick={onTest} disabled={pending}>
        Test connection
      </Button>
      <div role="status" aria-label="Connection test" className="text-sm" data-kind={report?.kind}>
        {pending && <p className="text-slate-600">Testing {target}…</p>}
        {!pending && report && (
          <div className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
            <p className={`font-semibold ${TITLE_TONE[toneOf(report)]}`}>{report.title}</p>
            {report.detail && <p className="mt-0.5 break-words text-slate-700">{report.detail}</p>}
            {report.fix && (
              <p className="mt-1 break-words text-slate-700">
                <span className="font-medium">How to fix: </span>
                {report.fix}
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

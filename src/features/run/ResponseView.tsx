import type { RunResult } from '@/domain/run';
import { Button, Markdown, Notice } from '@/ui';

interface ResponseViewProps {
  result: RunResult;
  onAppend?: (choiceIndex: number) => void;
}

const STATUS_TEXT: Record<RunResult['status'], string> = {
  idle: '',
  running: 'Generating…',
  done: 'Done',
  error: 'Failed',
  stopped: 'Stopped',
};

/** The answer region: announced politely as it streams, each choice rendered as sanitised markdown. */
export function ResponseView({ result, onAppend }: ResponseViewProps) {
  const choices = result.choices.length > 0 ? result.choices : result.status === 'running' ? [''] : [];
  return (
    <div className="space-y-2">
      {result.error && (
        <Notice
          tone="error"
          // A stream that breaks after a 200 is not an HTTP failure: naming the status would say "HTTP 200".
          title={
            result.error.kind === 'http' && result.error.status
              ? `Request failed (HTTP ${result.error.status})`
              : 'Request failed'
          }
        >
          {result.error.message}
          {result.choices.length > 0 && (
            <span className="block text-xs">
              The partial answer received before the failure is kept below.
            </span>
          )}
        </Notice>
      )}
      <section
        aria-label="Response"
        aria-live="polite"
        aria-busy={result.status === 'running'}
        className="min-h-24 rounded-lg border border-slate-200 bg-white p-3"
      >
        {choices.length === 0 && result.status === 'idle' && (
          <p className="text-sm text-slate-400">Press Run (Ctrl/⌘+Enter) to see the answer here.</p>
        )}
        {choices.map((text, index) => (
          <article
            key={index}
            aria-label={choices.length > 1 ? `Choice ${index + 1}` : undefined}
            className="mb-3"
          >
            {choices.length > 1 && (
              <h3 className="text-xs font-semibold text-slate-500">Choice {index + 1}</h3>
            )}
            <Markdown text={text} />
            {result.status === 'running' && index === choices.length - 1 && (
              <span aria-hidden className="inline-block h-4 w-2 animate-pulse bg-slate-400" />
            )}
            {onAppend && result.status !== 'running' && text !== '' && (
              <Button size="sm" className="mt-1" onClick={() => onAppend(index)}>
                Append to conversation{choices.length > 1 ? ` (choice ${index + 1})` : ''}
              </Button>
            )}
          </article>
        ))}
      </section>
      {STATUS_TEXT[result.status] && (
        <p role="status" className="text-xs text-slate-500">
          {STATUS_TEXT[result.status]}
        </p>
      )}
    </div>
  );
}

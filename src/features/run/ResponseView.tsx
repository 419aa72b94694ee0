import type { RunRecord, RunStatus } from '@/domain/run';
import { Button, Markdown, Notice } from '@/ui';

interface ResponseViewProps {
  /** The run shown; undefined before the first run. */
  run: RunRecord | undefined;
  onAppend?: (choiceIndex: number) => void;
  /** The region's name; panes side by side name theirs by pane, since landmarks must have distinct names. */
  label?: string;
  /** Per choice, the position of the conversation turn that already holds it (so Append is not offered twice). */
  kept?: readonly (number | null)[];
  /** Runs the same conversation again. */
  onRegenerate?: () => void;
  /** Copies a choice's text (its markdown source). */
  onCopy?: (choiceIndex: number) => void;
}

const STATUS_TEXT: Record<RunStatus, string> = {
  queued: 'Waiting to start…',
  running: 'Generating…',
  done: 'Done',
  error: 'Failed',
  stopped: 'Stopped',
  interrupted: 'Interrupted: the page was closed or reloaded while this answer was streaming',
};

/** The answer region: announced politely as it streams, each choice rendered as sanitised markdown. */
export function ResponseView({
  run,
  onAppend,
  label = 'Response',
  kept,
  onRegenerate,
  onCopy,
}: ResponseViewProps) {
  const status = run?.status;
  const going = status === 'running' || status === 'queued';
  const choices = run && run.choices.length > 0 ? run.choices : going ? [''] : [];
  return (
    <div className="space-y-2">
      {run?.error && (
        <Notice
          tone="error"
          // A stream that breaks after a 200 is not an HTTP failure: naming the status would say "HTTP 200".
          title={
            run.error.kind === 'http' && run.error.status
              ? `Request failed (HTTP ${run.error.status})`
              : run.error.kind === 'unreadable'
                ? 'Answer could not be read'
                : 'Request failed'
          }
        >
          {run.error.message}
          {run.choices.some((text) => text !== '') && (
            <span className="block text-xs">
              The partial answer received before the failure is kept below.
            </span>
          )}
        </Notice>
      )}
      {run?.provider === 'demo' && (
        // The demo's answers are canned text: said where the answer appears, so it is not taken for a broken model.
        <p className="text-xs text-slate-500">Demo answer: generated locally, not by a language model.</p>
      )}
      <section
        aria-label={label}
        aria-live="polite"
        aria-busy={going}
        className="min-h-24 rounded-lg border border-slate-200 bg-white p-3"
      >
        {choices.length === 0 && !run && (
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
            {typeof kept?.[index] === 'number' ? (
              <p className="text-sm text-slate-500">In the conversation as message {kept[index]}.</p>
            ) : (
              // The first heading starts at the top of the box, not a heading's margin below it.
              <div className="[&_.prose>div:first-child>:first-child]:mt-0">
                <Markdown text={text} />
              </div>
            )}
            {going && index === choices.length - 1 && (
              <span aria-hidden className="inline-block h-4 w-2 animate-pulse bg-slate-400" />
            )}
            {!going && text !== '' && (onAppend || onCopy || onRegenerate) && (
              <div className="mt-1 flex flex-wrap gap-1">
                {onAppend && typeof kept?.[index] !== 'number' && (
                  <Button size="sm" onClick={() => onAppend(index)}>
                    Append to conversation{choices.length > 1 ? ` (choice ${index + 1})` : ''}
                  </Button>
                )}
                {onCopy && (
                  <Button size="sm" variant="ghost" onClick={() => onCopy(index)}>
                    Copy answer{choices.length > 1 ? ` (choice ${index + 1})` : ''}
                  </Button>
                )}
                {onRegenerate && index === choices.length - 1 && (
                  <Button size="sm" variant="ghost" onClick={onRegenerate}>
                    Regenerate answer
                  </Button>
                )}
              </div>
            )}
          </article>
        ))}
      </section>
      {status && (
        <p role="status" className="text-xs text-slate-500">
          {STATUS_TEXT[status]}
        </p>
      )}
      {run?.notes && run.notes.length > 0 && (
        <details className="text-xs text-amber-800">
          <summary className="cursor-pointer">
            The server's answer had parts Yoke could not use ({run.notes.length})
          </summary>
          <ul className="list-disc pl-5">
            {run.notes.map((text, i) => (
              <li key={`${i}:${text}`}>{text}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

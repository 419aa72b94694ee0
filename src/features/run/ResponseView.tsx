import type { RunRecord, RunStatus } from '@/domain/run';
import { Notice } from '@/ui';
import { type ChoiceActions, ChoiceView } from './ChoiceView';

interface ResponseViewProps extends ChoiceActions {
  /** The run shown; undefined before the first run. */
  run: RunRecord | undefined;
  /** The region's name; panes side by side name theirs by pane, since landmarks must have distinct names. */
  label?: string;
  /** The prefix of the regions inside (reasoning, tool calls): '' in chat, "Pane 2" in a pane. */
  prefix?: string;
  /** Per choice, the position of the conversation turn that already holds it (so Append is not offered twice). */
  kept?: readonly (number | null)[];
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
export function ResponseView({ run, label = 'Response', prefix = '', kept, ...actions }: ResponseViewProps) {
  const status = run?.status;
  const going = status === 'running' || status === 'queued';
  // A choice that has only reasoning, tool calls or images so far is still a choice to show.
  const count = Math.max(
    run?.choices.length ?? 0,
    run?.reasoning?.length ?? 0,
    run?.toolCalls?.length ?? 0,
    run?.images?.length ?? 0,
  );
  const choices =
    run && count > 0 ? Array.from({ length: count }, (_, i) => run.choices[i] ?? '') : going ? [''] : [];
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
          <ChoiceView
            key={index}
            run={run}
            index={index}
            count={choices.length}
            text={text}
            kept={kept?.[index]}
            prefix={prefix}
            {...actions}
          />
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

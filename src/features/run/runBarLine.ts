import { isActive, type RunRecord, type RunStatus } from '@/domain/run';
import { estimateTokens, formatDuration, formatTokenCount } from '@/lib/metrics';

// Words unlike the status line's ("Generating…", "Done" alone): that line is what tests and screen readers
// read as the run's status; the run bar adds the live figures beside it.
const WORD: Record<RunStatus, string> = {
  queued: 'Waiting to start',
  running: 'Streaming',
  done: 'Finished',
  error: 'Failed',
  stopped: 'Stopped',
  interrupted: 'Interrupted',
};

/** The run bar's live line: status, tokens so far (estimated from the text until the server counts them) and
 * the time since the run started. */
export function runBarLine(run: RunRecord | undefined, now: number): string | null {
  if (!run) return null;
  const counted = run.usage?.completion_tokens;
  const tokens = counted ?? estimateTokens(run.choices.join(''));
  const start = run.startedAt ?? run.createdAt;
  const end = isActive(run) ? now : (run.endedAt ?? now);
  return `${WORD[run.status]} · ${formatTokenCount(tokens, counted === undefined)} · ${formatDuration(Math.max(0, end - start))}`;
}
